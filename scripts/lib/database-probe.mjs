// Is PostgreSQL answering, and are the migrations this build expects applied? Asked by the readiness
// check (app/api/suc-khoe) and by the server's database guard (database-guard.mjs).
//
// Its own pool of one connection with short timeouts, apart from the portal's pool (lib/db.ts): a
// hung server must make the probe fail within seconds (2.5 s: on a busy machine a late timer must
// not pass for a hung database), and probing must never take a connection
// a reader's request is waiting for.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const PROBE_KEY = Symbol.for("pbgdpl.databaseProbe");

/** The migration folders this checkout ships (prisma/migrations/<name>/migration.sql). */
// Read at run time from the checkout, not traced into the build (hence the ignore comments).
export function expectedMigrations(migrationsDir = path.resolve("prisma/migrations")) {
  if (!existsSync(/*turbopackIgnore: true*/ migrationsDir)) return [];
  return readdirSync(/*turbopackIgnore: true*/ migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(/*turbopackIgnore: true*/ path.join(migrationsDir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/**
 * @param {{ url: string, timeoutMs?: number, migrationsDir?: string }} options
 */
export function createDatabaseProbe({ url, timeoutMs = 1500, migrationsDir } = {}) {
  const pool = new pg.Pool({
    connectionString: url,
    max: 1,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
    statement_timeout: timeoutMs,
    idleTimeoutMillis: 10_000,
    keepAlive: true,
    allowExitOnIdle: true,
  });
  // An idle connection dropped by a restarting server is not worth a crash: the next probe reconnects.
  pool.on("error", () => {});
  const expected = expectedMigrations(migrationsDir);
  let inFlight = null;

  /** true when `SELECT 1` came back within the timeout. Concurrent callers share one query. */
  function reachable() {
    inFlight ??= pool
      .query("SELECT 1")
      .then(() => true, () => false)
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  }

  /** The migrations this checkout has that the database has not finished applying. */
  async function pendingMigrations() {
    const { rows } = await pool.query(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    return expected.filter((name) => !applied.has(name));
  }

  /** { ready, database, pendingMigrations } for the readiness answer. */
  async function readiness() {
    try {
      const pending = await pendingMigrations();
      return { ready: pending.length === 0, database: "ok", pendingMigrations: pending };
    } catch (error) {
      const missingTable = /_prisma_migrations/.test(String(error?.message));
      return { ready: false, database: missingTable ? "ok" : "unreachable", pendingMigrations: missingTable ? expected : [] };
    }
  }

  return { reachable, readiness, close: () => pool.end() };
}

/** The process's one probe on DATABASE_URL (the route handler and the server share the process). */
export function sharedDatabaseProbe() {
  const url = process.env.DATABASE_URL;
  if (!url) return null;
  globalThis[PROBE_KEY] ??= createDatabaseProbe({ url, timeoutMs: Number(process.env.DATABASE_PROBE_TIMEOUT_MS ?? 2500) });
  return globalThis[PROBE_KEY];
}

/** Closes the shared probe, if one was made (graceful shutdown). */
export async function closeSharedDatabaseProbe() {
  const probe = globalThis[PROBE_KEY];
  globalThis[PROBE_KEY] = undefined;
  await probe?.close().catch(() => {});
}
