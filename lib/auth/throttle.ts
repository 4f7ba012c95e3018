import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";

// Sign-in throttling kept in PostgreSQL, so it holds across server instances. It lives in the
// credential check itself — not in front of a URL — so no variation of the path can go around it.
//
// Three rules, each aimed at one attack without locking out the innocent:
// - one (account, address) pair — a guesser at one machine: a few mistakes are free, then every
//   further failure doubles the wait before the next try is even checked, up to a ceiling;
// - one account from everywhere — a guesser with many addresses: past a ceiling, the account is slowed
//   to one check a minute rather than blocked, so its owner with the right password still gets in;
// - one address — spraying one common password over many accounts: a generous ceiling on how many
//   different accounts may fail from it, not on failures, so an office behind one NAT address is not
//   locked by its people's typos.
export const SIGN_IN_LIMITS = {
  pairFreeFailures: 3,
  pairFirstDelayMinutes: 1,
  pairMaxDelayMinutes: 15,
  /** A pair's failures are forgotten after this long, or at its next success. */
  pairMemoryHours: 24,
  accountWindowMinutes: 15,
  accountFailures: 20,
  accountSlowSeconds: 60,
  addressWindowMinutes: 15,
  addressDistinctAccounts: 20,
};

export function hashAddress(address: string): string {
  const secret = process.env.NEXTAUTH_SECRET ?? "";
  return createHash("sha256").update(`${secret}:${address}`).digest("hex");
}

export type AttemptStart = { throttled: true; retryAfterMinutes: number } | { throttled: false; attemptId: bigint };

const MINUTE = 60_000;

/**
 * The time on the database's clock, in UTC as Prisma stores dates: one clock for every instance.
 * clock_timestamp(), not now(): now() is when the transaction began, which may be before an attempt
 * that took the lock first was recorded — that attempt would then seem to lie in the future.
 */
export async function databaseNow(tx: Prisma.TransactionClient): Promise<Date> {
  const [{ now }] = await tx.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AT TIME ZONE 'UTC' AS now`;
  return now;
}

/** Minutes a pair waits after its last failure, once it has failed `failures` times. */
export function pairDelayMinutes(failures: number): number {
  const { pairFreeFailures, pairFirstDelayMinutes, pairMaxDelayMinutes } = SIGN_IN_LIMITS;
  if (failures < pairFreeFailures) return 0;
  return Math.min(pairMaxDelayMinutes, pairFirstDelayMinutes * 2 ** (failures - pairFreeFailures));
}

async function pairReadyAt(tx: Prisma.TransactionClient, email: string, addressHash: string, now: Date): Promise<number> {
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.pairMemoryHours * 60 * MINUTE);
  const [row] = await tx.$queryRaw<{ failures: number; last: Date | null }[]>`
    SELECT count(*)::int AS failures, max("createdAt") AS last FROM "SignInAttempt"
    WHERE email = ${email} AND "addressHash" = ${addressHash} AND NOT succeeded
      AND "createdAt" > GREATEST(${since}::timestamp, COALESCE((
        SELECT max("createdAt") FROM "SignInAttempt"
        WHERE email = ${email} AND "addressHash" = ${addressHash} AND succeeded AND "createdAt" > ${since}::timestamp
      ), ${since}::timestamp))`;
  const delay = pairDelayMinutes(row.failures);
  return delay && row.last ? row.last.getTime() + delay * MINUTE : 0;
}

async function accountReadyAt(tx: Prisma.TransactionClient, email: string, now: Date): Promise<number> {
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.accountWindowMinutes * MINUTE);
  const [row] = await tx.$queryRaw<{ failures: number; last: Date | null }[]>`
    SELECT count(*) FILTER (WHERE NOT succeeded)::int AS failures, max("createdAt") AS last FROM "SignInAttempt"
    WHERE email = ${email} AND "createdAt" > ${since}::timestamp`;
  if (row.failures < SIGN_IN_LIMITS.accountFailures || !row.last) return 0;
  return row.last.getTime() + SIGN_IN_LIMITS.accountSlowSeconds * 1000;
}

async function addressReadyAt(tx: Prisma.TransactionClient, email: string, addressHash: string, now: Date): Promise<number> {
  const window = SIGN_IN_LIMITS.addressWindowMinutes * MINUTE;
  const since = new Date(now.getTime() - window);
  const accounts = await tx.$queryRaw<{ email: string; last: Date }[]>`
    SELECT email, max("createdAt") AS last FROM "SignInAttempt"
    WHERE "addressHash" = ${addressHash} AND NOT succeeded AND email IS NOT NULL AND "createdAt" > ${since}::timestamp
    GROUP BY email ORDER BY last DESC`;
  // Accounts already tried from here stay open (their pair rule still applies): colleagues behind
  // one address keep their own retries; only new accounts wait.
  const ceiling = SIGN_IN_LIMITS.addressDistinctAccounts;
  if (accounts.length < ceiling || accounts.some((account) => account.email === email)) return 0;
  // A new account may be tried once fewer than `ceiling` accounts have failed within the window.
  return accounts[ceiling - 1].last.getTime() + window;
}

/**
 * Applies the three rules and, unless one holds the attempt back, records it as a failure until
 * `markAttemptSucceeded` says otherwise. Advisory locks serialise attempts on one account and on one
 * address, so parallel guesses cannot all slip in under a limit. A refused attempt is not recorded:
 * waiting is what shortens the wait. Times come from the database's clock, shared by every instance.
 */
export async function beginSignInAttempt(email: string, addressHash: string): Promise<AttemptStart> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"sign-in:" + email}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"sign-in-address:" + addressHash}))`;
    const now = await databaseNow(tx);
    const readyAt = Math.max(
      await pairReadyAt(tx, email, addressHash, now),
      await accountReadyAt(tx, email, now),
      await addressReadyAt(tx, email, addressHash, now),
    );
    if (readyAt > now.getTime()) return { throttled: true, retryAfterMinutes: Math.ceil((readyAt - now.getTime()) / MINUTE) };
    const attempt = await tx.signInAttempt.create({ data: { email, addressHash, succeeded: false, createdAt: now }, select: { id: true } });
    return { throttled: false, attemptId: attempt.id };
  });
}

export async function markAttemptSucceeded(attemptId: bigint): Promise<void> {
  await db.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}

export { clientAddress } from "@/lib/http/client-address";
