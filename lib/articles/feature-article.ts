import { z } from "zod";
import { refused } from "@/lib/action-result";
import { articleChanged, type Changes } from "@/lib/changes";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { ARTICLE_NOT_FOUND, cacheRefOf, lockArticle, policyTarget } from "./locked-article";
import { recordStep } from "./record-step";

const input = z.object({
  articleId: z.coerce.number().int().positive(),
  /** Position on the home page (1 first), or null to take the article off it. */
  position: z.coerce.number().int().min(1).max(50).nullable(),
});

/**
 * Nổi bật: provincial editors choose which published articles lead the home page, and in what order.
 * Placing an article at a position moves the others down; featured positions stay 1…n with no gaps.
 */
export async function featureArticle(actor: PolicyActor | null, raw: unknown): Promise<{ ok: true; changes: Changes } | { ok: false; error: string }> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return refused("Vị trí nổi bật không hợp lệ.");
  const { articleId, position } = parsed.data;
  return db.$transaction(async (tx) => {
    // One editor at a time reorders the list, so two reorders cannot interleave.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('featured-articles'))`;
    const article = await lockArticle(tx, articleId);
    if (!article || article.deletedAt) return refused(ARTICLE_NOT_FOUND);
    const allowed = check(actor, "article.feature", policyTarget(article));
    if (!allowed.ok) return allowed;
    if (position !== null && article.state !== "PUBLISHED") return refused("Chỉ bài viết đã xuất bản mới được đưa lên tin nổi bật.");
    const others = await tx.article.findMany({
      where: { featuredOrder: { not: null }, id: { not: articleId } },
      orderBy: { featuredOrder: "asc" },
      select: { id: true },
    });
    const order = others.map((o) => o.id);
    if (position !== null) order.splice(Math.min(position - 1, order.length), 0, articleId);
    await tx.article.update({ where: { id: articleId }, data: { featuredOrder: null } });
    for (const [index, id] of order.entries()) await tx.article.update({ where: { id }, data: { featuredOrder: index + 1 } });
    await recordStep(tx, {
      articleId,
      actorId: actor!.id,
      action: position === null ? "UNFEATURE" : "FEATURE",
      from: article.state,
      to: article.state,
      note: position === null ? null : `Vị trí ${order.indexOf(articleId) + 1}`,
    });
    // The home page lists every featured article (ARTICLES_TAG, expired with this one).
    const ref = cacheRefOf(article);
    return { ok: true as const, changes: articleChanged(ref, ref) };
  });
}
