import { db } from "@/lib/db";

/** How long a session token lasts without being used. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * Signing out ends every session of the person, so a copy of the cookie (a shared computer, a
 * stolen backup) stops working too. Only a token that was still valid may do it: an old copy
 * signing out must not be a way to throw its owner out again and again.
 */
export async function endSessionsOnSignOut(token: Record<string, unknown> | null | undefined): Promise<boolean> {
  const userId = Number(token?.uid);
  const version = Number(token?.sv ?? 0);
  if (!Number.isInteger(userId) || !Number.isInteger(version)) return false;
  const { count } = await db.user.updateMany({ where: { id: userId, sessionVersion: version }, data: { sessionVersion: { increment: 1 } } });
  return count === 1;
}
