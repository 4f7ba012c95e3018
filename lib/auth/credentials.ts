import { z } from "zod";
import { db } from "@/lib/db";
import { throttled, type SignInFailure } from "./messages";
import { UNUSABLE_PASSWORD_HASH, verifyPassword } from "./password";
import { beginSignInAttempt, hashAddress, markAttemptSucceeded } from "./throttle";

/** Emails are compared trimmed and lower-cased, so "  Viet@Demo.Local " is the same account. */
export function normalizeEmail(email: string): string {
  return email.normalize("NFC").trim().toLowerCase();
}

const credentialsSchema = z.object({
  email: z.string().transform(normalizeEmail).pipe(z.string().min(1)),
  password: z.string().min(1),
});

export type SignedInUser = { id: string; email: string; name: string; sessionVersion: number };

/**
 * Checks an email and password from `address`. Unknown accounts, wrong passwords and deactivated
 * accounts all give the same answer, and an unknown email still costs one hash so timing does not
 * tell them apart. An attempt the throttle holds back is refused unchecked, with how long to wait.
 */
export async function checkCredentials(input: unknown, address: string): Promise<SignedInUser | SignInFailure> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return "EMPTY";
  const { email, password } = parsed.data;
  const attempt = await beginSignInAttempt(email, hashAddress(address));
  if (attempt.throttled) return throttled(attempt.retryAfterMinutes);
  const user = await db.user.findUnique({ where: { email } });
  const matches = await verifyPassword(password, user?.passwordHash ?? UNUSABLE_PASSWORD_HASH);
  if (!user || !matches || !user.active) return "INVALID";
  await markAttemptSucceeded(attempt.attemptId);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { id: String(user.id), email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
