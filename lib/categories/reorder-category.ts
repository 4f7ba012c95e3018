import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { CATEGORY_NOT_FOUND, categoryIdField } from "./category-fields";

const POSITION_MESSAGE = "Vị trí phải là một số từ 1 trở lên.";

const schema = z
  .object({
    categoryId: categoryIdField,
    direction: z.enum(["up", "down"], { message: "Hướng di chuyển không hợp lệ." }).optional(),
    position: z.coerce.number({ message: POSITION_MESSAGE }).int({ message: POSITION_MESSAGE }).min(1, POSITION_MESSAGE).optional(),
  })
  .refine((v) => (v.direction === undefined) !== (v.position === undefined), { path: ["position"], message: POSITION_MESSAGE });

/**
 * Moves a category one place up or down, or to `position` (1 = first; past the end means last), in
 * the order the public site lists categories. The whole list is renumbered 1…n so that equal or
 * missing sort numbers left by earlier data cannot make a move ambiguous.
 */
export async function reorderCategory(actor: PolicyActor | null, input: unknown): Promise<ActionResult> {
  const allowed = check(actor, "admin.categories");
  if (!allowed.ok) return allowed;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { categoryId } = parsed.data;

  return db.$transaction(async (tx): Promise<ActionResult> => {
    const rows = await tx.$queryRaw<{ id: number; sortOrder: number }[]>`
      SELECT id, "sortOrder" FROM "Category" ORDER BY "sortOrder", id FOR UPDATE`;
    const from = rows.findIndex((row) => row.id === categoryId);
    if (from === -1) return refused(CATEGORY_NOT_FOUND);
    const { direction, position } = parsed.data;
    const to = direction
      ? Math.min(rows.length - 1, Math.max(0, from + (direction === "up" ? -1 : 1)))
      : Math.min(rows.length, position!) - 1;
    if (to === from) return { ok: true };

    const order = rows.map((row) => row.id);
    order.splice(to, 0, ...order.splice(from, 1));
    for (const [index, id] of order.entries()) {
      const row = rows.find((r) => r.id === id)!;
      if (row.sortOrder !== index + 1) await tx.category.update({ where: { id }, data: { sortOrder: index + 1 } });
    }
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "category.reorder",
      targetType: "Category",
      targetId: categoryId,
      change: { before: { position: from + 1 }, after: { position: to + 1 } },
    });
    return { ok: true, changes: { categories: true } };
  });
}
