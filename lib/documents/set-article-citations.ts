import { refused } from "@/lib/action-result";
import { ARTICLE_NOT_FOUND, cacheRefOf, lockArticle, UNIT_NOT_ACTIVE } from "@/lib/articles/locked-article";
import { canEditArticle } from "@/lib/articles/save-article";
import { writeAudit } from "@/lib/audit";
import type { Changes } from "@/lib/changes";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { citedNumbers, publishedDocumentIds } from "./cited-documents";

// Văn bản được trích dẫn: the published documents an article cites, by số/ký hiệu, set by whoever may
// edit the article (the same rule as its text). Saved at once, apart from the article's revisions: a
// citation is a link to the library, shown with the document's effect of the day, not words of the
// article, so it does not wait for a correction's approval.

export const MAX_CITATIONS = 20;

export type CitationsResult = { ok: true; value: { articleId: number; numbers: string[] }; changes?: Changes } | { ok: false; error: string };

export async function setArticleCitations(actor: PolicyActor, raw: unknown): Promise<CitationsResult> {
  const input = (raw ?? {}) as { articleId?: unknown; numbers?: unknown };
  const numbers = citedNumbers(input.numbers);
  if (numbers.length > MAX_CITATIONS) return refused(`Mỗi bài viết trích dẫn tối đa ${MAX_CITATIONS} văn bản.`);
  const articleId = Number(input.articleId);
  if (!Number.isInteger(articleId) || articleId <= 0 || articleId > 2147483647) return refused(ARTICLE_NOT_FOUND);
  return db.$transaction(async (tx) => {
    const article = await lockArticle(tx, articleId);
    if (!article || article.deletedAt) return refused(ARTICLE_NOT_FOUND);
    if (!canEditArticle(actor, article)) return refused("Bạn không có quyền sửa bài viết này.");
    if (article.unitStatus !== "ACTIVE") return refused(UNIT_NOT_ACTIVE);
    const cited = await publishedDocumentIds(tx, numbers);
    if (!cited.ok) return refused(cited.error);
    const ids = cited.ids;
    await tx.articleCitation.deleteMany({ where: { articleId } });
    if (ids.length > 0) await tx.articleCitation.createMany({ data: ids.map((documentId, sortOrder) => ({ articleId, documentId, sortOrder })) });
    await writeAudit(tx, { actorId: actor.id, action: "article.cite", targetType: "Article", targetId: articleId, change: { numbers } });
    const ref = cacheRefOf(article);
    return { ok: true as const, value: { articleId, numbers }, changes: article.state === "PUBLISHED" ? { articles: [{ before: ref, after: ref }], documents: true as const } : undefined };
  });
}

