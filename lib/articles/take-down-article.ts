import { z } from "zod";
import { fieldErrorsFrom, refused } from "@/lib/action-result";
import { articleChanged } from "@/lib/changes";
import { db } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import type { PolicyActor } from "@/lib/policy";
import type { ReviewResult } from "./approve-article";
import { recordStep } from "./record-step";
import { cacheRefOf } from "./locked-article";
import { guardStep } from "./step-guard";

const input = z.object({
  articleId: z.coerce.number().int().positive(),
  reason: z.string().transform((v) => v.normalize("NFC").trim()).pipe(
    z.string().min(5, "Vui lòng ghi lý do gỡ bài (ít nhất 5 ký tự).").max(2000, "Lý do dài quá 2.000 ký tự."),
  ),
});

/** Gỡ bài: a published article leaves the public site (its address then answers 410), with a reason. */
export async function takeDownArticle(actor: PolicyActor | null, raw: unknown): Promise<ReviewResult & { fieldErrors?: Record<string, string> }> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error.issues);
    return refused(fieldErrors.reason ?? "Yêu cầu gỡ bài không hợp lệ.", fieldErrors);
  }
  return db.$transaction(async (tx) => {
    const gate = await guardStep(tx, actor, parsed.data, "takeDown", "article.takeDown");
    if (!gate.ok) return gate;
    const { article, to } = gate;
    const updated = await tx.article.update({
      where: { id: article.id },
      data: { state: to, featuredOrder: null, version: article.version + 1 },
      select: { title: true, writerId: true },
    });
    await recordStep(tx, { articleId: article.id, actorId: actor!.id, action: "TAKE_DOWN", from: article.state, to, note: parsed.data.reason });
    await notify(tx, [updated.writerId], {
      kind: "article.takenDown",
      message: `Bài viết “${updated.title}” đã bị gỡ: ${parsed.data.reason}`,
      link: `/quan-ly/bai-viet/${article.id}/xem-truoc`,
    });
    // Its pages answer 410 now: they are expired as it was, the article no longer before readers.
    return { ok: true as const, value: { state: "TAKEN_DOWN" as const }, changes: articleChanged(cacheRefOf(article), null) };
  });
}
