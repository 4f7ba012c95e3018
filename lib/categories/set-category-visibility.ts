import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { CATEGORY_NOT_FOUND, categoryIdField } from "./category-fields";

const schema = z.object({
  categoryId: categoryIdField,
  // Forms send "true"/"false".
  hidden: z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean({ message: "Trạng thái hiển thị không hợp lệ." })),
});

/** "Ẩn" / "Hiện": a hidden category leaves the public menus and home page; its articles stay published. */
export async function setCategoryVisibility(actor: PolicyActor | null, input: unknown): Promise<ActionResult> {
  const allowed = check(actor, "admin.categories");
  if (!allowed.ok) return allowed;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { categoryId, hidden } = parsed.data;

  return db.$transaction(async (tx): Promise<ActionResult> => {
    const [category] = await tx.$queryRaw<{ hidden: boolean }[]>`SELECT hidden FROM "Category" WHERE id = ${categoryId} FOR UPDATE`;
    if (!category) return refused(CATEGORY_NOT_FOUND);
    if (category.hidden === hidden) return { ok: true };
    await tx.category.update({ where: { id: categoryId }, data: { hidden } });
    await writeAudit(tx, {
      actorId: actor!.id,
      action: hidden ? "category.hide" : "category.show",
      targetType: "Category",
      targetId: categoryId,
      change: { before: { hidden: category.hidden }, after: { hidden } },
    });
    return { ok: true, changes: { categories: true } };
  });
}
