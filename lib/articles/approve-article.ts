import { z } from "zod";
import { refused } from "@/lib/action-result";
import { articleChanged, type Changes } from "@/lib/changes";
import { db } from "@/lib/db";
import { holdsPortalWide, type PolicyActor } from "@/lib/policy";
import { notify, reviewersOf } from "@/lib/notifications/notify";
import { publishLocked } from "./publish-locked";
import { recordStep } from "./record-step";
import { guardStep } from "./step-guard";
import { cacheRefOf } from "./locked-article";

const input = z.object({ articleId: z.coerce.number().int().positive(), baseVersion: z.coerce.number().int().positive() });

export type ReviewResult = { ok: true; value: { state: "PUBLISHED" | "ENDORSED" | "SCHEDULED" | "RETURNED" | "TAKEN_DOWN" }; changes?: Changes } | { ok: false; error: string };

/**
 * Duyệt và xuất bản. In a one-level unit the unit approver publishes; in a two-level unit the unit
 * approver endorses and a provincial editor publishes what was endorsed.
 */
export async function approveArticle(actor: PolicyActor | null, raw: unknown): Promise<ReviewResult> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return refused("Yêu cầu duyệt bài không hợp lệ.");
  return db.$transaction(async (tx): Promise<ReviewResult> => {
    const gate = await guardStep(tx, actor, parsed.data, (a) => (a.approvalLevels === 2 && a.state === "SUBMITTED" ? "endorse" : "publish"), "article.approve");
    if (!gate.ok) return gate;
    const { article, to } = gate;
    if (article.state === "ENDORSED" && !holdsPortalWide(actor!, "article.approve")) {
      return refused("Bài viết đã được đơn vị duyệt và đang chờ biên tập cấp tỉnh xuất bản.");
    }
    if (to === "ENDORSED") {
      await tx.article.update({ where: { id: article.id }, data: { state: "ENDORSED", version: article.version + 1 } });
      await recordStep(tx, { articleId: article.id, actorId: actor!.id, action: "ENDORSE", from: article.state, to });
      await notify(tx, await reviewersOf(tx, article.unitId, true), {
        kind: "article.waiting",
        message: "Có bài viết đã được đơn vị duyệt, đang chờ biên tập cấp tỉnh xuất bản.",
        link: `/quan-ly/duyet-bai/${article.id}`,
      });
      return { ok: true, value: { state: "ENDORSED" } };
    }
    const after = await publishLocked(tx, article, actor!.id, "APPROVE");
    return { ok: true, value: { state: "PUBLISHED" }, changes: articleChanged(cacheRefOf(article), after) };
  });
}
