// Plain `pg` helpers for what the schema engine does not do for us: creating the target database,
// and creating, wiping and dropping shadow databases on the same server.
import { randomBytes } from "node:crypto";
import pg from "pg";

export function databaseName(url) {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!name) throw new Error(`DATABASE_URL names no database: ${redact(url)}`);
  return name;
}

export function withDatabaseName(url, name) {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(name)}`;
  return u.toString();
}

/** The URL without its password, for messages. */
export function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "<unparsable URL>";
  }
}

export const quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`;

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Runs `fn` on a connection able to create and drop databases: the database in `url` if it exists,
 * else the `postgres` maintenance database of the same server.
 */
export async function withServerClient(url, fn) {
  let client;
  try {
    client = new pg.Client({ connectionString: url });
    await client.connect();
  } catch (error) {
    await client?.end().catch(() => {});
    if (error.code !== "3D000") throw error; // 3D000: database does not exist
    return withClient(withDatabaseName(url, "postgres"), fn);
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** `url` itself when its database exists, else the URL of the server's `postgres` database. */
export async function existingDatabaseUrl(url) {
  const exists = await withServerClient(url, async (client) => client.database === databaseName(url));
  return exists ? url : withDatabaseName(url, "postgres");
}

/** Creates the database named in `url` when it is missing; true when it was created. */
export async function ensureDatabase(url) {
  const name = databaseName(url);
  return withServerClient(url, async (client) => {
    if (client.database === name) return false; // connected to it, so it exists
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
    } catch (error) {
      if (error.code !== "42P04") throw error; // 42P04: created meanwhile by someone else
      return false;
    }
    return true;
  });
}

/** Drops and recreates schema `public`: everything in it goes, extensions installed there included. */
export async function wipePublicSchema(url) {
  await withClient(url, (client) =>
    client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"),
  );
}

/**
 * Opens a shadow database for the engine: SHADOW_DATABASE_URL wiped clean when set (trap 4), else a
 * uniquely named database on DATABASE_URL's server that `drop()` removes again. `drop` is idempotent
 * and must be called after the pools on the database have ended.
 */
export function shadowDatabaseOpener(url, shadowUrl) {
  const created = new Set();
  const open = async () => {
    if (shadowUrl) {
      await wipePublicSchema(shadowUrl);
      return { url: shadowUrl, drop: async () => {} };
    }
    const name = `prisma_shadow_${process.pid}_${randomBytes(6).toString("hex")}`;
    await withServerClient(url, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
    created.add(name);
    let dropping;
    const drop = () =>
      (dropping ??= withServerClient(url, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
        created.delete(name);
      }));
    return { url: withDatabaseName(url, name), drop };
  };
  /** Drops shadow databases the engine never disposed of (e.g. after an error). */
  const dropLeftovers = async () => {
    for (const name of [...created]) {
      await withServerClient(url, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
      );
      created.delete(name);
    }
  };
  return { open, dropLeftovers };
}
