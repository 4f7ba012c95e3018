import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { slugify, uniqueSlug } from "@/lib/vietnamese";
import { approvalLevelsField, checkboxField, optionalIdField, optionalSlugField, unitNameField, unitTypeField } from "./fields";
import { placementProblem, slugTaken, UNIT_MESSAGES } from "./rules";
import { isUniqueViolation, lockUnitTree } from "./tree";

export const createUnitSchema = z.object({
  name: unitNameField,
  type: unitTypeField,
  parentId: optionalIdField(UNIT_MESSAGES.PARENT_NOT_FOUND),
  slug: optionalSlugField,
  approvalLevels: approvalLevelsField.optional(),
  allowSelfApproval: checkboxField,
});

export type CreatedUnit = { id: number; slug: string };

/** Thêm đơn vị: a new unit in the tree, with a slug made from its name unless one is given. */
export async function createUnit(actor: PolicyActor | null, input: unknown): Promise<ActionResult<CreatedUnit>> {
  const allowed = check(actor, "admin.units");
  if (!allowed.ok) return allowed;
  const parsed = createUnitSchema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { name, type, parentId, slug: explicitSlug, allowSelfApproval } = parsed.data;
  const approvalLevels = parsed.data.approvalLevels ?? 1;

  try {
    return await db.$transaction(async (tx): Promise<ActionResult<CreatedUnit>> => {
      await lockUnitTree(tx);
      const parent = parentId === null ? null : await tx.unit.findUnique({ where: { id: parentId } });
      if (parentId !== null && !parent) return refused(UNIT_MESSAGES.PARENT_NOT_FOUND, { parentId: UNIT_MESSAGES.PARENT_NOT_FOUND });
      const placement = placementProblem(type, parent);
      if (placement) return refused(placement, { parentId: placement });
      if (type === "PROVINCIAL_JUSTICE" && (await tx.unit.count({ where: { type: "PROVINCIAL_JUSTICE" } })) > 0) {
        return refused(UNIT_MESSAGES.JUSTICE_EXISTS, { type: UNIT_MESSAGES.JUSTICE_EXISTS });
      }

      const taken = async (candidate: string) => (await tx.unit.count({ where: { slug: candidate } })) > 0;
      let slug: string;
      if (explicitSlug) {
        if (await taken(explicitSlug)) return refused(slugTaken(explicitSlug), { slug: slugTaken(explicitSlug) });
        slug = explicitSlug;
      } else {
        slug = await uniqueSlug(slugify(name), taken);
      }

      const unit = await tx.unit.create({
        data: { name, slug, type, parentId, approvalLevels, allowSelfApproval },
      });
      await writeAudit(tx, {
        actorId: actor!.id,
        action: "unit.create",
        targetType: "Unit",
        targetId: unit.id,
        change: { before: null, after: { name, slug, type, parentId, approvalLevels, allowSelfApproval, status: unit.status } },
      });
      return { ok: true, changes: { units: true }, value: { id: unit.id, slug } };
    });
  } catch (error) {
    // Another unit took the slug between our check and the insert.
    if (isUniqueViolation(error)) {
      const message = slugTaken(explicitSlug ?? slugify(name));
      return refused(message, { slug: message });
    }
    throw error;
  }
}
