import { randomBytes } from "node:crypto";
import { z } from "zod";
import { refused, type ActionResult } from "@/lib/action-result";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { check, type PolicyActor } from "@/lib/policy";
import { doc } from "@/lib/richtext/build";
import type { RichTextDoc } from "@/lib/richtext/types";
import { recordStep } from "./record-step";
import { NEWS_TEMPLATE_KEYS, newsTemplate } from "./templates";

const input = z.object({
  unitId: z.coerce.number().int().positive(),
  /** Mẫu tin: the starting structure; none (or "") is an empty article. */
  template: z.enum(NEWS_TEMPLATE_KEYS).or(z.literal("")).nullish(),
});

/** Viết bài mới: a draft in one of the writer's units, empty or from a Mẫu tin, opened in the editor straight away. */
export async function createDraft(actor: PolicyActor | null, raw: unknown): Promise<ActionResult<{ id: number }>> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) {
    return refused(parsed.error.issues.some((issue) => issue.path[0] === "template") ? "Mẫu tin không có trong danh sách." : "Vui lòng chọn đơn vị của bài viết.");
  }
  const { unitId, template } = parsed.data;
  const gate = await mayCreateIn(actor, unitId);
  if (!gate.ok) return gate;
  const body = template ? newsTemplate(template).body : doc([]);
  const article = await db.$transaction((tx) => insertDraft(tx, actor!.id, unitId, { title: "", sapo: "", body, bodyText: "" }));
  return { ok: true, value: { id: article.id } };
}

/** The same gate for every way a draft is made (Viết bài mới, Nhập từ Word). */
export async function mayCreateIn(actor: PolicyActor | null, unitId: number): Promise<{ ok: true } | { ok: false; error: string }> {
  const allowed = check(actor, "article.create", { unitId });
  if (!allowed.ok) return allowed;
  const unit = await db.unit.findUnique({ where: { id: unitId }, select: { status: true } });
  if (!unit || unit.status !== "ACTIVE") return refused("Đơn vị này không còn hoạt động.");
  return { ok: true };
}

/** A new draft row with its first step on the timeline; the body must already be sanitized. */
export async function insertDraft(
  tx: Prisma.TransactionClient,
  actorId: number,
  unitId: number,
  content: { title: string; sapo: string; body: RichTextDoc; bodyText: string },
  note?: string,
): Promise<{ id: number }> {
  const created = await tx.article.create({
    data: {
      // A placeholder address; the public one is made from the title when the article is published.
      slug: `nhap-${randomBytes(8).toString("hex")}`,
      title: content.title,
      sapo: content.sapo,
      body: content.body as object,
      bodyText: content.bodyText,
      unitId,
      originalUnitId: unitId,
      writerId: actorId,
    },
    select: { id: true },
  });
  await recordStep(tx, { articleId: created.id, actorId, action: "CREATE", from: null, to: "DRAFT", note });
  return created;
}
