import { z } from "zod";
import { refused } from "@/lib/action-result";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { ARTICLE_NOT_FOUND, lockArticle, policyTarget } from "./locked-article";
import { recordStep } from "./record-step";
import { DELETABLE, STATE_LABELS } from "./state-machine";

const input = z.object({ articleId: z.coerce.number().int().positive() });
type Result = { ok: true } | { ok: false; error: string };

/** Xóa: an article that never reached readers goes to the bin (soft delete), from where it can come back. */
export async function deleteArticle(actor: PolicyActor | null, raw: unknown): Promise<Result> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return refused("Yêu cầu xóa bài không hợp lệ.");
  return db.$transaction(async (tx): Promise<Result> => {
    const article = await lockArticle(tx, parsed.data.articleId);
    if (!article || article.deletedAt) return refused(ARTICLE_NOT_FOUND);
    const allowed = check(actor, "article.delete", policyTarget(article));
    if (!allowed.ok) return allowed;
    if (!DELETABLE.includes(article.state)) {
      return refused(`Không thể xóa bài viết đang ở trạng thái “${STATE_LABELS[article.state]}”; chỉ bài nháp hoặc bị trả lại mới được xóa.`);
    }
    await tx.article.update({ where: { id: article.id }, data: { deletedAt: new Date(), version: article.version + 1 } });
    await recordStep(tx, { articleId: article.id, actorId: actor!.id, action: "DELETE", from: article.state, to: article.state });
    return { ok: true };
  });
}

/** Khôi phục: the article comes back from the bin in the state it left. */
export async function restoreArticle(actor: PolicyActor | null, raw: unknown): Promise<Result> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return refused("Yêu cầu khôi phục không hợp lệ.");
  return db.$transaction(async (tx): Promise<Result> => {
    const article = await lockArticle(tx, parsed.data.articleId);
    if (!article || !article.deletedAt) return refused("Bài viết không có trong thùng rác.");
    const allowed = check(actor, "article.delete", policyTarget(article));
    if (!allowed.ok) return allowed;
    await tx.article.update({ where: { id: article.id }, data: { deletedAt: null, version: article.version + 1 } });
    await recordStep(tx, { articleId: article.id, actorId: actor!.id, action: "RESTORE", from: article.state, to: article.state });
    return { ok: true };
  });
}
