import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { categoryNameField, categorySlug, duplicateSlugMessage, isUniqueViolation } from "./category-fields";

const schema = z.object({
  name: categoryNameField,
  slug: z.string({ message: "Đường dẫn không hợp lệ." }).max(200, "Đường dẫn quá dài.").default(""),
});

/** Adds a category at the end of the list. Its slug (from the name unless typed) becomes its URL. */
export async function createCategory(actor: PolicyActor | null, input: unknown): Promise<ActionResult<{ categoryId: number; slug: string }>> {
  const allowed = check(actor, "admin.categories");
  if (!allowed.ok) return allowed;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { name } = parsed.data;
  const slug = categorySlug(parsed.data.slug, name);
  if (!slug) return refused(INVALID_FORM, { slug: "Đường dẫn phải có chữ hoặc số." });

  try {
    return await db.$transaction(async (tx): Promise<ActionResult<{ categoryId: number; slug: string }>> => {
      if (await tx.category.findUnique({ where: { slug }, select: { id: true } })) {
        return refused(INVALID_FORM, { slug: duplicateSlugMessage(slug) });
      }
      const last = await tx.category.aggregate({ _max: { sortOrder: true } });
      const sortOrder = (last._max.sortOrder ?? 0) + 1;
      const category = await tx.category.create({ data: { name, slug, sortOrder } });
      await writeAudit(tx, {
        actorId: actor!.id,
        action: "category.create",
        targetType: "Category",
        targetId: category.id,
        change: { before: null, after: { name, slug, sortOrder, hidden: false } },
      });
      return { ok: true, changes: { categories: true }, value: { categoryId: category.id, slug } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refused(INVALID_FORM, { slug: duplicateSlugMessage(slug) });
    throw error;
  }
}
