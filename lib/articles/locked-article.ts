import { refused } from "@/lib/action-result";
import type { ArticleCacheRef } from "@/lib/changes";
import type { Prisma } from "@/generated/prisma/client";
import { check, type Action, type PolicyActor } from "@/lib/policy";
import type { ArticleStateName } from "./state-machine";

/** What every article use case needs to decide, read under a row lock so concurrent changes queue up. */
export type LockedArticle = {
  id: number;
  slug: string;
  categoryId: number | null;
  originalUnitId: number | null;
  state: ArticleStateName;
  version: number;
  unitId: number;
  writerId: number;
  deletedAt: Date | null;
  publishedAt: Date | null;
  correctionRevisionId: number | null;
  correctionSubmittedAt: Date | null;
  unitStatus: "ACTIVE" | "MERGED" | "ARCHIVED";
  approvalLevels: 1 | 2;
  allowSelfApproval: boolean;
};

export async function lockArticle(tx: Prisma.TransactionClient, articleId: number): Promise<LockedArticle | null> {
  const rows = await tx.$queryRaw<LockedArticle[]>`
    SELECT a.id, a.slug, a."categoryId", a."originalUnitId", a.state::text AS state, a.version, a."unitId", a."writerId", a."deletedAt", a."publishedAt",
           a."correctionRevisionId", a."correctionSubmittedAt",
           u.status::text AS "unitStatus", u."approvalLevels", u."allowSelfApproval"
    FROM "Article" a JOIN "Unit" u ON u.id = a."unitId"
    WHERE a.id = ${articleId}
    FOR UPDATE OF a`;
  return rows[0] ?? null;
}

/** Where the locked article's public pages are stored, as it was when locked. */
export function cacheRefOf(article: LockedArticle): ArticleCacheRef {
  return { id: article.id, slug: article.slug, unitId: article.unitId, originalUnitId: article.originalUnitId, categoryId: article.categoryId };
}

/** The policy's view of an article. */
export function policyTarget(article: LockedArticle) {
  return { unitId: article.unitId, writerId: article.writerId, allowSelfApproval: article.allowSelfApproval };
}

export const ARTICLE_NOT_FOUND = "Không tìm thấy bài viết.";
export const UNIT_NOT_ACTIVE = "Đơn vị của bài viết đã được sáp nhập hoặc lưu trữ; không thể thay đổi bài viết.";

/**
 * The gate a workflow change starts with (submitting, a review step, deciding on a correction), under
 * the article's row lock: it exists and is not in the bin, this person may take `action` on it, and
 * its unit is active. Each use case then checks what is particular to it.
 */
export async function lockForChange(
  tx: Prisma.TransactionClient,
  actor: PolicyActor | null,
  articleId: number,
  action: Action,
): Promise<{ ok: true; article: LockedArticle } | { ok: false; error: string }> {
  const article = await lockArticle(tx, articleId);
  if (!article || article.deletedAt) return refused(ARTICLE_NOT_FOUND);
  const allowed = check(actor, action, policyTarget(article));
  if (!allowed.ok) return allowed;
  if (article.unitStatus !== "ACTIVE") return refused(UNIT_NOT_ACTIVE);
  return { ok: true, article };
}
