import { revalidateTag } from "next/cache";
import { db } from "@/lib/db";
import { markTakenDownSlugsStale } from "./article-gate";
import { ARTICLES_TAG, articleSlugTag, articleTag, CATEGORIES_TAG, categoryTag, commentsTag, SETTINGS_TAG, UNITS_TAG, unitTag } from "@/lib/cache-tags";

// What server actions and route handlers call after a change readers can see. Only callable inside
// a request (a server action or a route handler): Next keeps its cache there. Code that runs
// elsewhere (a scheduled job, a script) asks POST /api/noi-bo/lam-moi instead.
//
// Every tag expires at once ({ expire: 0 }) rather than being served stale while it refreshes: a
// taken-down article must not be shown to one more reader, and an editor who just published expects
// to see the article on the next page load. The cost is one page render for the next visitor.
const IMMEDIATELY = { expire: 0 } as const;

export type ArticleCacheRef = {
  id: number;
  slug: string;
  /** The owning unit (its pages list the article). */
  unitId: number;
  /** The unit that wrote it, when it differs (after a merge). */
  originalUnitId?: number | null;
  categoryId: number | null;
};

function expire(tags: Iterable<string>): void {
  for (const tag of new Set(tags)) revalidateTag(tag, IMMEDIATELY);
}

function articleTags(article: ArticleCacheRef): string[] {
  const tags = [ARTICLES_TAG, articleTag(article.id), articleSlugTag(article.slug), unitTag(article.unitId)];
  if (article.originalUnitId != null) tags.push(unitTag(article.originalUnitId));
  if (article.categoryId !== null) tags.push(categoryTag(article.categoryId));
  return tags;
}

/**
 * After an article is published, corrected, featured, taken down, restored or deleted. Pass what
 * it was before too when a correction moved it to another category, unit or address, so the pages
 * that listed it there let it go.
 */
export function revalidateArticle(article: ArticleCacheRef, before?: ArticleCacheRef): void {
  // Taken down or restored: proxy.ts answers 410 from its own list of addresses, reloaded now.
  markTakenDownSlugsStale();
  expire([...articleTags(article), ...(before ? articleTags(before) : [])]);
}

/** After a comment under the article is approved, rejected, answered or removed. */
export function revalidateComments(articleId: number): void {
  expire([commentsTag(articleId), articleTag(articleId)]);
}

/** After units are renamed, merged, moved, archived or restored: names show on every listing. */
export function revalidateUnits(): void {
  expire([UNITS_TAG, ARTICLES_TAG]);
}

/** After categories are renamed, reordered, hidden or shown. */
export function revalidateCategories(): void {
  expire([CATEGORIES_TAG, ARTICLES_TAG]);
}

/** After the site name, logo, contact details or footer change. */
export function revalidateSiteSettings(): void {
  expire([SETTINGS_TAG]);
}

/** What revalidateArticle needs to know about an article, read from the database; null when there is none. */
export async function findArticleCacheRef(id: number): Promise<ArticleCacheRef | null> {
  return db.article.findUnique({ where: { id }, select: { id: true, slug: true, unitId: true, originalUnitId: true, categoryId: true } });
}
