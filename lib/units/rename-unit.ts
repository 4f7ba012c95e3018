import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { optionalSlugField, unitIdField, unitNameField } from "./fields";
import { slugTaken, UNIT_MESSAGES } from "./rules";
import { isUniqueViolation, lockUnitTree } from "./tree";

export const renameUnitSchema = z.object({
  unitId: unitIdField,
  name: unitNameField,
  /** Left empty, the slug stays: links to the unit's page keep working after a rename. */
  slug: optionalSlugField,
});

/** Đổi tên: a new name; the slug changes only when a new one is given explicitly. */
export async function renameUnit(actor: PolicyActor | null, input: unknown): Promise<ActionResult> {
  const allowed = check(actor, "admin.units");
  if (!allowed.ok) return allowed;
  const parsed = renameUnitSchema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { unitId, name, slug: newSlug } = parsed.data;

  try {
    return await db.$transaction(async (tx): Promise<ActionResult> => {
      await lockUnitTree(tx);
      const unit = await tx.unit.findUnique({ where: { id: unitId } });
      if (!unit) return refused(UNIT_MESSAGES.NOT_FOUND);
      if (unit.status === "MERGED") return refused(UNIT_MESSAGES.MERGED_READ_ONLY);
      const slug = newSlug ?? unit.slug;
      if (slug !== unit.slug && (await tx.unit.count({ where: { slug } })) > 0) {
        return refused(slugTaken(slug), { slug: slugTaken(slug) });
      }
      if (name === unit.name && slug === unit.slug) return { ok: true };

      await tx.unit.update({ where: { id: unit.id }, data: { name, slug } });
      await writeAudit(tx, {
        actorId: actor!.id,
        action: "unit.rename",
        targetType: "Unit",
        targetId: unit.id,
        change: { before: { name: unit.name, slug: unit.slug }, after: { name, slug } },
      });
      return { ok: true, changes: { units: true } };
    });
  } catch (error) {
    if (isUniqueViolation(error) && newSlug) return refused(slugTaken(newSlug), { slug: slugTaken(newSlug) });
    throw error;
  }
}
