import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { optionalIdField, unitIdField } from "./fields";
import { placementProblem, UNIT_MESSAGES } from "./rules";
import { isDescendant, lockUnitTree } from "./tree";

export const moveUnitSchema = z.object({
  unitId: unitIdField,
  /** Empty: to the root of the tree. */
  parentId: optionalIdField(UNIT_MESSAGES.PARENT_NOT_FOUND),
});

/** Chuyển đơn vị: a new place in the tree (a commune to another district). */
export async function moveUnit(actor: PolicyActor | null, input: unknown): Promise<ActionResult> {
  const allowed = check(actor, "admin.units");
  if (!allowed.ok) return allowed;
  const parsed = moveUnitSchema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { unitId, parentId } = parsed.data;

  return db.$transaction(async (tx): Promise<ActionResult> => {
    await lockUnitTree(tx);
    const unit = await tx.unit.findUnique({ where: { id: unitId } });
    if (!unit) return refused(UNIT_MESSAGES.NOT_FOUND);
    if (unit.status === "MERGED") return refused(UNIT_MESSAGES.MERGED_READ_ONLY);
    // The tree checks come before the kind rules, so the person hears the real reason.
    if (parentId === unit.id) return refused(UNIT_MESSAGES.MOVE_INTO_SELF, { parentId: UNIT_MESSAGES.MOVE_INTO_SELF });
    if (parentId !== null && (await isDescendant(tx, unit.id, parentId))) {
      return refused(UNIT_MESSAGES.MOVE_INTO_DESCENDANT, { parentId: UNIT_MESSAGES.MOVE_INTO_DESCENDANT });
    }
    const parent = parentId === null ? null : await tx.unit.findUnique({ where: { id: parentId } });
    if (parentId !== null && !parent) return refused(UNIT_MESSAGES.PARENT_NOT_FOUND, { parentId: UNIT_MESSAGES.PARENT_NOT_FOUND });
    const placement = placementProblem(unit.type, parent);
    if (placement) return refused(placement, { parentId: placement });
    if (parentId === unit.parentId) return { ok: true };

    await tx.unit.update({ where: { id: unit.id }, data: { parentId } });
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "unit.move",
      targetType: "Unit",
      targetId: unit.id,
      change: { before: { parentId: unit.parentId }, after: { parentId } },
    });
    return { ok: true, changes: { units: true } };
  });
}
