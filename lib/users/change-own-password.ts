import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { passwordProblem } from "@/lib/auth/password-policy";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { expireUnusedResetLinks } from "@/lib/auth/password-reset-token";
import { db } from "@/lib/db";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Vui lòng nhập mật khẩu hiện tại."),
    newPassword: z.string().min(1, "Vui lòng nhập mật khẩu mới."),
    confirmPassword: z.string().min(1, "Vui lòng nhập lại mật khẩu mới."),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "Hai lần nhập mật khẩu mới không khớp." })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "Mật khẩu mới phải khác mật khẩu hiện tại." });

export type ChangedPassword = { sessionVersion: number };

/**
 * A signed-in person replaces their password (also how a temporary password is replaced). Every
 * session ends — whoever knew the old password may hold one — and unused "Quên mật khẩu?" links stop
 * working; the caller renews the token of the session that made the change.
 */
export async function changeOwnPassword(userId: number, input: unknown): Promise<ActionResult<ChangedPassword>> {
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || !user.active) return refused("Tài khoản không còn hoạt động.");
  if (!(await verifyPassword(parsed.data.currentPassword, user.passwordHash))) {
    return refused(INVALID_FORM, { currentPassword: "Mật khẩu hiện tại không đúng." });
  }
  const problem = passwordProblem(parsed.data.newPassword, user.email);
  if (problem) return refused(INVALID_FORM, { newPassword: problem });
  const passwordHash = await hashPassword(parsed.data.newPassword);
  const changed = await db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await expireUnusedResetLinks(tx, user.id);
    await writeAudit(tx, { actorId: user.id, action: "user.changePassword", targetType: "User", targetId: user.id });
    return updated;
  });
  return { ok: true, value: { sessionVersion: changed.sessionVersion } };
}

/** "Đăng xuất khỏi mọi thiết bị": every session token issued so far stops working. */
export async function signOutEverywhere(userId: number): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await writeAudit(tx, { actorId: userId, action: "user.signOutEverywhere", targetType: "User", targetId: userId });
  });
}
