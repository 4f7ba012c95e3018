import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { allUnitsActive, distinctMemberships, INACTIVE_UNIT, membershipsField, USER_NOT_FOUND, userIdField } from "./user-fields";

const schema = z.object({ userId: userIdField, memberships: membershipsField });

const sameMembership = (a: { unitId: number; role: string }, b: { unitId: number; role: string }) =>
  a.unitId === b.unitId && a.role === b.role;

/**
 * Sets the person's roles in active units (Người viết, Người duyệt của đơn vị, Kiểm duyệt bình luận)
 * to exactly `memberships`. Memberships in merged or archived units give no rights and are kept as
 * history: they can be neither added nor removed here.
 */
export async function setMemberships(actor: PolicyActor | null, input: unknown): Promise<ActionResult> {
  const allowed = check(actor, "admin.users");
  if (!allowed.ok) return allowed;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { userId } = parsed.data;
  const after = distinctMemberships(parsed.data.memberships);

  return db.$transaction(async (tx): Promise<ActionResult> => {
    const [user] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
    if (!user) return refused(USER_NOT_FOUND);
    if (!(await allUnitsActive(tx, after.map((m) => m.unitId)))) return refused(INVALID_FORM, { memberships: INACTIVE_UNIT });
    const current = await tx.membership.findMany({
      where: { userId, unit: { status: "ACTIVE" } },
      select: { id: true, unitId: true, role: true },
    });
    const before = distinctMemberships(current);
    const removed = current.filter((m) => !after.some((a) => sameMembership(a, m)));
    const added = after.filter((a) => !current.some((m) => sameMembership(a, m)));
    if (removed.length === 0 && added.length === 0) return { ok: true };
    await tx.membership.deleteMany({ where: { id: { in: removed.map((m) => m.id) } } });
    await tx.membership.createMany({ data: added.map((m) => ({ userId, unitId: m.unitId, role: m.role })) });
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "user.setMemberships",
      targetType: "User",
      targetId: userId,
      change: { before: { memberships: before }, after: { memberships: after } },
    });
    return { ok: true };
  });
}
