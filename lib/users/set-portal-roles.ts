import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor, type PortalRoleName } from "@/lib/policy";
import {
  distinctPortalRoles,
  isLastActiveAdministrator,
  LAST_ADMINISTRATOR_DEMOTE,
  portalRolesField,
  USER_NOT_FOUND,
  userIdField,
} from "./user-fields";

const schema = z.object({ userId: userIdField, portalRoles: portalRolesField });

/** Sets the person's portal-wide roles (Quản trị, Biên tập cấp tỉnh, Kiểm duyệt bình luận) to exactly `portalRoles`. */
export async function setPortalRoles(actor: PolicyActor | null, input: unknown): Promise<ActionResult> {
  const allowed = check(actor, "admin.users");
  if (!allowed.ok) return allowed;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { userId } = parsed.data;
  const after = distinctPortalRoles(parsed.data.portalRoles);

  return db.$transaction(async (tx): Promise<ActionResult> => {
    const lastAdministrator = await isLastActiveAdministrator(tx, userId);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { portalRoles: true } });
    if (!user) return refused(USER_NOT_FOUND);
    const before = distinctPortalRoles(user.portalRoles as PortalRoleName[]);
    if (lastAdministrator && !after.includes("ADMINISTRATOR")) return refused(LAST_ADMINISTRATOR_DEMOTE);
    if (before.join() === after.join()) return { ok: true };
    await tx.user.update({ where: { id: userId }, data: { portalRoles: after } });
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "user.setPortalRoles",
      targetType: "User",
      targetId: userId,
      change: { before: { portalRoles: before }, after: { portalRoles: after } },
    });
    return { ok: true };
  });
}
