import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { isLastActiveAdministrator, LAST_ADMINISTRATOR_DEACTIVATE, USER_NOT_FOUND, userIdField } from "./user-fields";

export const CANNOT_DEACTIVATE_SELF = "Bạn không thể tự khóa tài khoản của mình.";
export const ALREADY_INACTIVE = "Tài khoản này đã bị khóa.";

const schema = z.object({ userId: userIdField });

/** "Khóa tài khoản": the person can no longer sign in, and every session they hold ends now. */
export async function deactivateUser(actor: PolicyActor | null, input: unknown): Promise<ActionResult> {
  const allowed = check(actor, "admin.users");
  if (!allowed.ok) return allowed;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { userId } = parsed.data;
  if (userId === actor!.id) return refused(CANNOT_DEACTIVATE_SELF);

  return db.$transaction(async (tx): Promise<ActionResult> => {
    const lastAdministrator = await isLastActiveAdministrator(tx, userId);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, active: true } });
    if (!user) return refused(USER_NOT_FOUND);
    if (!user.active) return refused(ALREADY_INACTIVE);
    if (lastAdministrator) return refused(LAST_ADMINISTRATOR_DEACTIVATE);
    await tx.user.update({ where: { id: userId }, data: { active: false, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "user.deactivate",
      targetType: "User",
      targetId: userId,
      change: { before: { active: true }, after: { active: false } },
    });
    return { ok: true };
  });
}
