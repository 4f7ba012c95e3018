import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { CATEGORY_NOT_FOUND, categoryIdField, categoryNameField } from "./category-fields";

const schema = z.object({ categoryId: categoryIdField, name: categoryNameField });

/** Changes the name readers see; the slug stays, so links to the category keep working. */
export async function renameCategory(actor: PolicyActor | null, input: unknown): Promise<ActionResult> {
  const allowed = check(actor, "admin.categories");
  if (!allowed.ok) return allowed;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { categoryId, name } = parsed.data;

  return db.$transaction(async (tx): Promise<ActionResult> => {
    const [category] = await tx.$queryRaw<{ name: string }[]>`SELECT name FROM "Category" WHERE id = ${categoryId} FOR UPDATE`;
    if (!category) return refused(CATEGORY_NOT_FOUND);
    if (category.name === name) return { ok: true };
    await tx.category.update({ where: { id: categoryId }, data: { name } });
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "category.rename",
      targetType: "Category",
      targetId: categoryId,
      change: { before: { name: category.name }, after: { name } },
    });
    return { ok: true, changes: { categories: true } };
  });
}
