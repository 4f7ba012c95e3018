import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { USER_NOT_FOUND, userIdField } from "./user-fields";

export const ALREADY_ACTIVE = "Tài khoản này đang hoạt động.";

const schema = z.object({ userId: userIdField });

/** "Mở khóa": the person may sign in again with the password they had (or a reset one). */
export async function reactivateUser(actor: PolicyActor | null, input: unknown): Promise<ActionResult> {
  const allowed = check(actor, "admin.users");
  if (!allowed.ok) return allowed;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { userId } = parsed.data;

  return db.$transaction(async (tx): Promise<ActionResult> => {
    const [user] = await tx.$queryRaw<{ active: boolean }[]>`SELECT active FROM "User" WHERE id = ${userId} FOR UPDATE`;
    if (!user) return refused(USER_NOT_FOUND);
    if (user.active) return refused(ALREADY_ACTIVE);
    await tx.user.update({ where: { id: userId }, data: { active: true } });
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "user.reactivate",
      targetType: "User",
      targetId: userId,
      change: { before: { active: false }, after: { active: true } },
    });
    return { ok: true };
  });
}
