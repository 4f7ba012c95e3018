import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { hashPassword } from "./password";
import { passwordProblem } from "./password-policy";
import { expireUnusedResetLinks, hashResetToken, isResetTokenShape } from "./password-reset-token";
import { databaseNow } from "./throttle";

export const RESET_LINK_INVALID = "Liên kết đặt lại mật khẩu không đúng. Hãy mở đúng liên kết trong thư, hoặc yêu cầu một liên kết mới.";
export const RESET_LINK_USED =
  "Liên kết này đã được dùng để đặt mật khẩu mới. Mỗi liên kết chỉ dùng được một lần; nếu cần, hãy yêu cầu một liên kết mới.";
export const RESET_LINK_EXPIRED = "Liên kết đã hết hạn hoặc không còn hiệu lực. Vui lòng yêu cầu một liên kết mới.";

type LinkRow = { id: number; userId: number; expiresAt: Date; usedAt: Date | null };

/** Why a link cannot be used now, or null when it can. A deactivated account's links are dead. */
function linkProblem(link: LinkRow | undefined, active: boolean, now: Date): string | null {
  if (!link) return RESET_LINK_INVALID;
  if (link.usedAt) return RESET_LINK_USED;
  if (link.expiresAt <= now || !active) return RESET_LINK_EXPIRED;
  return null;
}

async function findLink(tx: Prisma.TransactionClient, token: string) {
  if (!isResetTokenShape(token)) return undefined;
  const link = await tx.passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: { id: true, userId: true, expiresAt: true, usedAt: true, user: { select: { email: true, active: true } } },
  });
  return link ?? undefined;
}

export type ResetLinkState = { ok: true; email: string } | { ok: false; error: string };

/** What the emailed link's page shows before anything is typed: the form, or why not. Changes nothing. */
export async function checkResetLink(token: string): Promise<ResetLinkState> {
  return db.$transaction(async (tx) => {
    const link = await findLink(tx, token);
    const problem = linkProblem(link, link?.user.active ?? false, await databaseNow(tx));
    return problem ? { ok: false, error: problem } : { ok: true, email: link!.user.email };
  });
}

const schema = z
  .object({
    token: z.string({ message: RESET_LINK_INVALID }),
    newPassword: z.string({ message: "Vui lòng nhập mật khẩu mới." }).min(1, "Vui lòng nhập mật khẩu mới."),
    confirmPassword: z.string({ message: "Vui lòng nhập lại mật khẩu mới." }).min(1, "Vui lòng nhập lại mật khẩu mới."),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "Hai lần nhập mật khẩu mới không khớp." });

/**
 * Sets a new password through an emailed link. In one transaction, under the account's row lock and
 * then the link's: the link is marked used (so of two uses at once, one wins and the other is told the
 * link was used), every other unused link of the person dies, every session ends, a temporary password
 * no longer has to be changed, and the audit log records it.
 */
export async function resetPasswordWithLink(input: unknown): Promise<ActionResult> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error.issues);
    return fieldErrors.token ? refused(RESET_LINK_INVALID) : refused(INVALID_FORM, fieldErrors);
  }
  const { token, newPassword } = parsed.data;

  const found = await checkResetLink(token);
  if (!found.ok) return refused(found.error);
  const problem = passwordProblem(newPassword, found.email);
  if (problem) return refused(INVALID_FORM, { newPassword: problem });
  const passwordHash = await hashPassword(newPassword);

  return db.$transaction(async (tx): Promise<ActionResult> => {
    const link = await findLink(tx, token);
    if (!link) return refused(RESET_LINK_INVALID);
    // The account first, as every password change locks it, then the link.
    const [user] = await tx.$queryRaw<{ active: boolean; mustChangePassword: boolean }[]>`
      SELECT active, "mustChangePassword" FROM "User" WHERE id = ${link.userId} FOR UPDATE`;
    const [locked] = await tx.$queryRaw<LinkRow[]>`
      SELECT id, "userId", "expiresAt", "usedAt" FROM "PasswordResetToken" WHERE id = ${link.id} FOR UPDATE`;
    const now = await databaseNow(tx);
    const stillProblem = linkProblem(locked, user?.active ?? false, now);
    if (stillProblem) return refused(stillProblem);

    await tx.user.update({
      where: { id: link.userId },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    await tx.passwordResetToken.update({ where: { id: link.id }, data: { usedAt: now } });
    await expireUnusedResetLinks(tx, link.userId, link.id);
    await writeAudit(tx, {
      actorId: link.userId,
      action: "user.resetPasswordByLink",
      targetType: "User",
      targetId: link.userId,
      change: { before: { mustChangePassword: user.mustChangePassword }, after: { mustChangePassword: false } },
    });
    return { ok: true };
  });
}
