import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { approvalLevelsField, checkboxField, unitIdField } from "./fields";
import { UNIT_MESSAGES } from "./rules";

export const setUnitApprovalSchema = z.object({
  unitId: unitIdField,
  approvalLevels: approvalLevelsField,
  allowSelfApproval: checkboxField,
});

/**
 * Cấp duyệt: one level (the unit approver publishes) or two (the unit endorses, a provincial editor
 * publishes), and whether a one-person unit may approve its own articles. Articles already waiting
 * keep their state; the new setting applies from the next approval step.
 */
export async function setUnitApproval(actor: PolicyActor | null, input: unknown): Promise<ActionResult> {
  const allowed = check(actor, "admin.units");
  if (!allowed.ok) return allowed;
  const parsed = setUnitApprovalSchema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { unitId, approvalLevels, allowSelfApproval } = parsed.data;

  return db.$transaction(async (tx): Promise<ActionResult> => {
    const unit = await tx.unit.findUnique({ where: { id: unitId } });
    if (!unit) return refused(UNIT_MESSAGES.NOT_FOUND);
    if (unit.status === "MERGED") return refused(UNIT_MESSAGES.MERGED_READ_ONLY);
    if (unit.approvalLevels === approvalLevels && unit.allowSelfApproval === allowSelfApproval) return { ok: true };

    await tx.unit.update({ where: { id: unit.id }, data: { approvalLevels, allowSelfApproval } });
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "unit.setApproval",
      targetType: "Unit",
      targetId: unit.id,
      change: {
        before: { approvalLevels: unit.approvalLevels, allowSelfApproval: unit.allowSelfApproval },
        after: { approvalLevels, allowSelfApproval },
      },
    });
    return { ok: true, changes: { units: true } };
  });
}
