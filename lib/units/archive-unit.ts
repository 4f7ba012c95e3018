import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { unitIdField } from "./fields";
import { UNIT_MESSAGES } from "./rules";
import { iso, lockUnitRows, lockUnitTree } from "./tree";

export const archiveUnitSchema = z.object({ unitId: unitIdField });

/**
 * Lưu trữ: the unit stops taking part (its memberships give no rights) but keeps its articles and
 * its page; Khôi phục (restore-unit.ts) brings it back.
 */
export async function archiveUnit(actor: PolicyActor | null, input: unknown): Promise<ActionResult> {
  const allowed = check(actor, "admin.units");
  if (!allowed.ok) return allowed;
  const parsed = archiveUnitSchema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));

  return db.$transaction(async (tx): Promise<ActionResult> => {
    await lockUnitTree(tx);
    await lockUnitRows(tx, [parsed.data.unitId]);
    const unit = await tx.unit.findUnique({ where: { id: parsed.data.unitId } });
    if (!unit) return refused(UNIT_MESSAGES.NOT_FOUND);
    if (unit.status === "MERGED") return refused(UNIT_MESSAGES.MERGED_READ_ONLY);
    if (unit.status === "ARCHIVED") return refused(UNIT_MESSAGES.ALREADY_ARCHIVED);
    if (unit.type === "PROVINCIAL_JUSTICE") return refused(UNIT_MESSAGES.ARCHIVE_JUSTICE);
    if ((await tx.unit.count({ where: { parentId: unit.id, status: "ACTIVE" } })) > 0) {
      return refused(UNIT_MESSAGES.ARCHIVE_HAS_ACTIVE_CHILDREN);
    }

    const archived = await tx.unit.update({ where: { id: unit.id }, data: { status: "ARCHIVED", archivedAt: new Date() } });
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "unit.archive",
      targetType: "Unit",
      targetId: unit.id,
      change: {
        before: { status: unit.status, archivedAt: iso(unit.archivedAt) },
        after: { status: archived.status, archivedAt: iso(archived.archivedAt) },
      },
    });
    return { ok: true, changes: { units: true } };
  });
}
