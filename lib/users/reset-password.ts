import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { expireUnusedResetLinks } from "@/lib/auth/password-reset-token";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { generateTemporaryPassword } from "./temporary-password";
import { USER_NOT_FOUND, userIdField } from "./user-fields";

const schema = z.object({ userId: userIdField });

export type ResetPassword = { userId: number; email: string; temporaryPassword: string };

/**
 * "Đặt lại mật khẩu": a new temporary password, shown once, that must be replaced at the next
 * sign-in. Every session the person holds ends, so whoever knew the old password is out, and so do
 * unused "Quên mật khẩu?" links.
 */
export async function resetPassword(actor: PolicyActor | null, input: unknown): Promise<ActionResult<ResetPassword>> {
  const allowed = check(actor, "admin.users");
  if (!allowed.ok) return allowed;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { userId } = parsed.data;

  const target = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!target) return refused(USER_NOT_FOUND);
  const temporaryPassword = generateTemporaryPassword(target.email);
  const passwordHash = await hashPassword(temporaryPassword);

  return db.$transaction(async (tx): Promise<ActionResult<ResetPassword>> => {
    const [user] = await tx.$queryRaw<{ email: string; mustChangePassword: boolean }[]>`
      SELECT email, "mustChangePassword" FROM "User" WHERE id = ${userId} FOR UPDATE`;
    if (!user) return refused(USER_NOT_FOUND);
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
    });
    await expireUnusedResetLinks(tx, userId);
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "user.resetPassword",
      targetType: "User",
      targetId: userId,
      change: { before: { mustChangePassword: user.mustChangePassword }, after: { mustChangePassword: true } },
    });
    return { ok: true, value: { userId, email: user.email, temporaryPassword } };
  });
}
