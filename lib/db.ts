import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

// One client per process, created on first use (so `next build` can import this file without a
// database). Next's dev server reloads modules, hence the copy kept on globalThis; scripts/server.mjs
// closes it there on shutdown.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** A whole number of milliseconds from the environment, or the default. */
function milliseconds(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/**
 * Every wait on PostgreSQL is bounded: when the server hangs (paused, a network partition, a lock
 * queue) a request gives up and the page answers with an error instead of waiting without end (it
 * waited more than 40 s before). Each bound can be changed in the environment (README, Production).
 */
export const DATABASE_TIMEOUTS = {
  /**
   * Waiting for a free connection in the pool, or for a new connection to be made. Generous: under a
   * burst, requests queue for the pool's connections; readers of a hung database are answered sooner
   * by the server's guard (scripts/lib/database-guard.mjs).
   */
  connectMs: milliseconds("DATABASE_CONNECT_TIMEOUT_MS", 10_000),
  /** One statement, on the server (PostgreSQL cancels it) … */
  statementMs: milliseconds("DATABASE_STATEMENT_TIMEOUT_MS", 15_000),
  /** … and in the client, for a server that no longer answers at all. */
  queryMs: milliseconds("DATABASE_QUERY_TIMEOUT_MS", 20_000),
  /** Waiting for a transaction to start, and its whole length. */
  transactionWaitMs: milliseconds("DATABASE_TRANSACTION_WAIT_MS", 3_000),
  transactionMs: milliseconds("DATABASE_TRANSACTION_TIMEOUT_MS", 20_000),
  /**
   * A connection left inside an open transaction (a crashed request) releases its row locks after
   * this; as long as the longest transaction the code allows itself (an upload to a remote store).
   */
  idleInTransactionMs: milliseconds("DATABASE_IDLE_IN_TRANSACTION_MS", 120_000),
};

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start the portal with `npm run dev` or `npm start`.");
  }
  const adapter = new PrismaPg({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: DATABASE_TIMEOUTS.connectMs,
    statement_timeout: DATABASE_TIMEOUTS.statementMs,
    query_timeout: DATABASE_TIMEOUTS.queryMs,
    idle_in_transaction_session_timeout: DATABASE_TIMEOUTS.idleInTransactionMs,
    // Connections to a server that went away are noticed by the operating system, not kept forever.
    keepAlive: true,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({
    adapter,
    transactionOptions: { maxWait: DATABASE_TIMEOUTS.transactionWaitMs, timeout: DATABASE_TIMEOUTS.transactionMs },
  });
}

function client(): PrismaClient {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
