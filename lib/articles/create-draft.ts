import { randomBytes } from "node:crypto";
import { z } from "zod";
import { refused, type ActionResult } from "@/lib/action-result";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { doc } from "@/lib/richtext/build";
import { recordStep } from "./record-step";

const input = z.object({ unitId: z.coerce.number().int().positive() });

/** Viết bài mới: an empty draft in one of the writer's units, opened in the editor straight away. */
export async function createDraft(actor: PolicyActor | null, raw: unknown): Promise<ActionResult<{ id: number }>> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return refused("Vui lòng chọn đơn vị của bài viết.");
  const { unitId } = parsed.data;
  const allowed = check(actor, "article.create", { unitId });
  if (!allowed.ok) return allowed;
  const unit = await db.unit.findUnique({ where: { id: unitId }, select: { status: true } });
  if (!unit || unit.status !== "ACTIVE") return refused("Đơn vị này không còn hoạt động.");

  const article = await db.$transaction(async (tx) => {
    const created = await tx.article.create({
      data: {
        // A placeholder address; the public one is made from the title when the article is published.
        slug: `nhap-${randomBytes(8).toString("hex")}`,
        title: "",
        sapo: "",
        body: doc([]) as object,
        unitId,
        originalUnitId: unitId,
        writerId: actor!.id,
      },
      select: { id: true },
    });
    await recordStep(tx, { articleId: created.id, actorId: actor!.id, action: "CREATE", from: null, to: "DRAFT" });
    return created;
  });
  return { ok: true, value: { id: article.id } };
}
