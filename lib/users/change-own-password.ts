import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { passwordProblem } from "@/lib/auth/password-policy";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Vui lòng nhập mật khẩu hiện tại."),
    newPassword: z.string().min(1, "Vui lòng nhập mật khẩu mới."),
    confirmPassword: z.string().min(1, "Vui lòng nhập lại mật khẩu mới."),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "Hai lần nhập mật khẩu mới không khớp." })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "Mật khẩu mới phải khác mật khẩu hiện tại." });

/** A signed-in person replaces their password (also how a temporary password is replaced). */
export async function changeOwnPassword(userId: number, input: unknown): Promise<ActionResult> {
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
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false } });
    await writeAudit(tx, { actorId: user.id, action: "user.changePassword", targetType: "User", targetId: user.id });
  });
  return { ok: true };
}

/** "Đăng xuất khỏi mọi thiết bị": every session token issued so far stops working. */
export async function signOutEverywhere(userId: number): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await writeAudit(tx, { actorId: userId, action: "user.signOutEverywhere", targetType: "User", targetId: userId });
  });
}
