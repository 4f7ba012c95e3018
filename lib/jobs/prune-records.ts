import { SIGN_IN_LIMITS } from "@/lib/auth/throttle";
import { db } from "@/lib/db";

// Rows kept only to throttle or to check a link: once no rule reads them they are removed, so the
// tables stay small and the hashed addresses are not kept longer than they serve.

const HOUR = 3600_000;

export async function pruneExpiredRecords(now = new Date()): Promise<{ signInAttempts: number; resetLinks: number }> {
  // Sign-in rules look back at most `pairMemoryHours`; reset requests one hour.
  const attemptsBefore = new Date(now.getTime() - SIGN_IN_LIMITS.pairMemoryHours * HOUR);
  const { count: signInAttempts } = await db.signInAttempt.deleteMany({ where: { createdAt: { lt: attemptsBefore } } });
  // A link past its expiry cannot be used; a day later nobody asks about it either.
  const { count: resetLinks } = await db.passwordResetToken.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 24 * HOUR) } } });
  return { signInAttempts, resetLinks };
}
