import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { idField, unitIdField } from "./fields";
import { successorKindProblem, UNIT_MESSAGES } from "./rules";
import { isDescendant, iso, lockUnitRows, lockUnitTree } from "./tree";

export const mergeUnitSchema = z.object({
  unitId: unitIdField,
  successorId: idField(UNIT_MESSAGES.SUCCESSOR_REQUIRED),
});

export type MergeOutcome = { movedArticles: number; movedChildren: number };

/**
 * Sáp nhập: the unit's articles and child units pass to the successor. Articles keep the unit that
 * wrote them (originalUnitId, what readers see) and their publication dates; memberships stay but give
 * no rights once the unit is no longer active; the unit's old address redirects to the successor.
 */
export async function mergeUnit(actor: PolicyActor | null, input: unknown): Promise<ActionResult<MergeOutcome>> {
  const allowed = check(actor, "admin.units");
  if (!allowed.ok) return allowed;
  const parsed = mergeUnitSchema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { unitId, successorId } = parsed.data;

  return db.$transaction(async (tx): Promise<ActionResult<MergeOutcome>> => {
    await lockUnitTree(tx);
    await lockUnitRows(tx, [unitId, successorId]);
    const unit = await tx.unit.findUnique({ where: { id: unitId } });
    if (!unit) return refused(UNIT_MESSAGES.NOT_FOUND);
    if (unit.status === "MERGED") return refused(UNIT_MESSAGES.ALREADY_MERGED);
    if (successorId === unit.id) return refused(UNIT_MESSAGES.MERGE_INTO_SELF, { successorId: UNIT_MESSAGES.MERGE_INTO_SELF });
    if (unit.status === "ARCHIVED") return refused(UNIT_MESSAGES.MERGE_ARCHIVED);
    const successor = await tx.unit.findUnique({ where: { id: successorId } });
    if (!successor) return refused(UNIT_MESSAGES.SUCCESSOR_NOT_FOUND, { successorId: UNIT_MESSAGES.SUCCESSOR_NOT_FOUND });
    if (await isDescendant(tx, unit.id, successor.id)) {
      return refused(UNIT_MESSAGES.MERGE_INTO_DESCENDANT, { successorId: UNIT_MESSAGES.MERGE_INTO_DESCENDANT });
    }
    const kind = successorKindProblem(unit, successor);
    if (kind) return refused(kind, { successorId: kind });

    const articles = await tx.article.findMany({ where: { unitId: unit.id }, select: { id: true }, orderBy: { id: "asc" } });
    const children = await tx.unit.findMany({ where: { parentId: unit.id }, select: { id: true }, orderBy: { id: "asc" } });
    // Only the owner changes: originalUnitId, publishedAt and every other field stay as they are.
    await tx.article.updateMany({ where: { unitId: unit.id }, data: { unitId: successor.id } });
    await tx.unit.updateMany({ where: { parentId: unit.id }, data: { parentId: successor.id } });
    const merged = await tx.unit.update({
      where: { id: unit.id },
      data: { status: "MERGED", successorId: successor.id, mergedAt: new Date() },
    });

    await writeAudit(tx, {
      actorId: actor!.id,
      action: "unit.merge",
      targetType: "Unit",
      targetId: unit.id,
      change: {
        before: { status: unit.status, successorId: unit.successorId, mergedAt: iso(unit.mergedAt) },
        after: { status: merged.status, successorId: successor.id, mergedAt: iso(merged.mergedAt) },
        successor: { id: successor.id, name: successor.name, slug: successor.slug },
        movedArticleIds: articles.map((a) => a.id),
        movedChildIds: children.map((c) => c.id),
      },
    });
    return { ok: true, changes: { units: true }, value: { movedArticles: articles.length, movedChildren: children.length } };
  });
}
