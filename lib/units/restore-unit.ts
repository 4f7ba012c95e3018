import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { unitIdField } from "./fields";
import { UNIT_MESSAGES } from "./rules";
import { iso, lockUnitTree } from "./tree";

export const restoreUnitSchema = z.object({ unitId: unitIdField });

/** Khôi phục: an archived unit becomes active again (a merged unit cannot be un-merged). */
export async function restoreUnit(actor: PolicyActor | null, input: unknown): Promise<ActionResult> {
  const allowed = check(actor, "admin.units");
  if (!allowed.ok) return allowed;
  const parsed = restoreUnitSchema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));

  return db.$transaction(async (tx): Promise<ActionResult> => {
    await lockUnitTree(tx);
    const unit = await tx.unit.findUnique({ where: { id: parsed.data.unitId }, include: { parent: { select: { status: true } } } });
    if (!unit) return refused(UNIT_MESSAGES.NOT_FOUND);
    if (unit.status !== "ARCHIVED") return refused(unit.status === "MERGED" ? UNIT_MESSAGES.MERGED_READ_ONLY : UNIT_MESSAGES.NOT_ARCHIVED);
    if (unit.parent && unit.parent.status !== "ACTIVE") return refused(UNIT_MESSAGES.RESTORE_PARENT_INACTIVE);

    await tx.unit.update({ where: { id: unit.id }, data: { status: "ACTIVE", archivedAt: null } });
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "unit.restore",
      targetType: "Unit",
      targetId: unit.id,
      change: { before: { status: unit.status, archivedAt: iso(unit.archivedAt) }, after: { status: "ACTIVE", archivedAt: null } },
    });
    return { ok: true, changes: { units: true } };
  });
}
