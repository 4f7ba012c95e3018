// Runs commands against a database: the one DATABASE_URL names, or the embedded PostgreSQL,
// which is started first and stopped when the commands end — also on Ctrl-C or SIGTERM.
import { spawn } from "node:child_process";
import { startEmbeddedPostgres } from "./embedded-postgres.mjs";

let currentChild = null;

/** Spawns a command with inherited stdio and resolves with its exit code. */
export function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    currentChild = child;
    child.on("error", (error) => { console.error(`[run] ${command}: ${error.message}`); resolve(127); });
    child.on("exit", (code, signal) => { currentChild = null; resolve(code ?? (signal ? 128 + 1 : 1)); });
  });
}

/**
 * Calls `work(env)` with DATABASE_URL set, then stops the embedded server if this process started
 * it. `databaseName` picks the embedded database (the dev portal and the test suite keep separate ones).
 */
export async function withDatabase(databaseName, work) {
  let stop = async () => {};
  const env = { ...process.env };
  if (!env.DATABASE_URL) {
    const embedded = await startEmbeddedPostgres(databaseName);
    env.DATABASE_URL = embedded.url;
    stop = embedded.stop;
  }
  let stopping = false;
  const shutDown = async (signal) => {
    if (stopping) return;
    stopping = true;
    // Ctrl-C reaches the whole process group; SIGTERM only us, so pass it on and wait for the child.
    if (signal === "SIGTERM" && currentChild) currentChild.kill("SIGTERM");
    await waitForChild();
    await stop();
    process.exit(130);
  };
  process.on("SIGINT", () => void shutDown("SIGINT"));
  process.on("SIGTERM", () => void shutDown("SIGTERM"));
  let code = 1;
  try {
    code = await work(env);
  } catch (error) {
    console.error(error);
  } finally {
    if (!stopping) await stop();
  }
  return code;
}

function waitForChild() {
  return new Promise((resolve) => {
    if (!currentChild || currentChild.exitCode !== null) return resolve();
    currentChild.once("exit", () => resolve());
  });
}
