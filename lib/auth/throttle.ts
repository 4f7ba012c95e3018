import { createHash } from "node:crypto";
import { db } from "@/lib/db";

// Sign-in throttling kept in PostgreSQL, so it holds across server instances. It lives in the
// credential check itself — not in front of a URL — so no variation of the path can go around it.
export const SIGN_IN_LIMITS = {
  windowMinutes: 15,
  failuresPerAccount: 5,
  failuresPerAddress: 20,
};

export function hashAddress(address: string): string {
  const secret = process.env.NEXTAUTH_SECRET ?? "";
  return createHash("sha256").update(`${secret}:${address}`).digest("hex");
}

export type AttemptStart = { throttled: true } | { throttled: false; attemptId: bigint };

/**
 * Counts recent failures and, unless over a limit, records this attempt as a failure until
 * `markAttemptSucceeded` says otherwise. Advisory locks serialise attempts on one account or address,
 * so parallel guesses cannot all slip in under the limit.
 */
export async function beginSignInAttempt(email: string, addressHash: string): Promise<AttemptStart> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"sign-in:" + email}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"sign-in-address:" + addressHash}))`;
    const windowStart = new Date(Date.now() - SIGN_IN_LIMITS.windowMinutes * 60_000);
    const lastSuccess = await tx.signInAttempt.findFirst({
      where: { email, succeeded: true, createdAt: { gt: windowStart } },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    const [accountFailures, addressFailures] = await Promise.all([
      tx.signInAttempt.count({ where: { email, succeeded: false, createdAt: { gt: lastSuccess?.createdAt ?? windowStart } } }),
      tx.signInAttempt.count({ where: { addressHash, succeeded: false, createdAt: { gt: windowStart } } }),
    ]);
    if (accountFailures >= SIGN_IN_LIMITS.failuresPerAccount || addressFailures >= SIGN_IN_LIMITS.failuresPerAddress) {
      return { throttled: true };
    }
    const attempt = await tx.signInAttempt.create({ data: { email, addressHash, succeeded: false }, select: { id: true } });
    return { throttled: false, attemptId: attempt.id };
  });
}

export async function markAttemptSucceeded(attemptId: bigint): Promise<void> {
  await db.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}

export { clientAddress } from "@/lib/http/client-address";
