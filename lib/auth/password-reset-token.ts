import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";

// No database client here: the browser journeys import this file to make a link of their own.

export const RESET_LINK_MINUTES = 30;

/** The path of the page an emailed link opens. */
export const RESET_LINK_PATH = "/dat-lai-mat-khau";

/** 32 random bytes: the link's secret. Only its hash is stored, so a copy of the database opens nothing. */
export function newResetToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashResetToken(token) };
}

export function hashResetToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A link of this shape only; anything else is refused before the database is asked. */
export function isResetTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/**
 * Every link the person has not used stops working: called when the password changes by any road,
 * so an old email cannot undo the new password. Callers hold the User row's lock first, as every
 * password change does, so two changes never wait on each other in opposite orders.
 */
export async function expireUnusedResetLinks(tx: Prisma.TransactionClient, userId: number, exceptId?: number): Promise<void> {
  await tx.$executeRaw`
    UPDATE "PasswordResetToken" SET "expiresAt" = LEAST("expiresAt", now() AT TIME ZONE 'UTC')
    WHERE "userId" = ${userId} AND "usedAt" IS NULL AND id <> ${exceptId ?? 0}
      AND "expiresAt" > now() AT TIME ZONE 'UTC'`;
}
