import { revalidateTag } from "next/cache";
import type { ArticleCacheRef, Changes } from "@/lib/changes";
import { markTakenDownSlugsStale } from "./article-gate";
import { markUnitRedirectsStale } from "@/lib/units/redirect-gate";
import { CONTESTS_TAG, DOCUMENTS_TAG, QUESTIONS_TAG } from "@/lib/cache-tags";
import { ARTICLES_TAG, articleSlugTag, articleTag, CATEGORIES_TAG, categoryTag, commentsTag, SETTINGS_TAG, UNITS_TAG, unitTag } from "@/lib/cache-tags";

// What expires public pages after a change readers can see: applyChanges, given what a use case
// reported. Only callable inside a request (a server action or a route handler): Next keeps its cache
// there. Code that runs elsewhere (a scheduled job, a script) posts the changes to
// POST /api/noi-bo/lam-moi instead.
//
// Every tag expires at once ({ expire: 0 }) rather than being served stale while it refreshes: a
// taken-down article must not be shown to one more reader, and an editor who just published expects
// to see the article on the next page load. The cost is one page render for the next visitor.
const IMMEDIATELY = { expire: 0 } as const;

export type { ArticleCacheRef };

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
function revalidateArticle(article: ArticleCacheRef, before?: ArticleCacheRef): void {
  // Taken down or restored: proxy.ts answers 410 from its own list of addresses, reloaded now.
  markTakenDownSlugsStale();
  expire([...articleTags(article), ...(before ? articleTags(before) : [])]);
}

/** After a comment under the article is approved, rejected, answered or removed. */
function revalidateComments(articleId: number): void {
  expire([commentsTag(articleId), articleTag(articleId)]);
}

/** After units are renamed, merged, moved, archived or restored: names show on every listing. */
function revalidateUnits(): void {
  // A merged unit's old address: proxy.ts answers 301 from its own map, reloaded now.
  markUnitRedirectsStale();
  expire([UNITS_TAG, ARTICLES_TAG]);
}

/** After categories are renamed, reordered, hidden or shown. */
function revalidateCategories(): void {
  expire([CATEGORIES_TAG, ARTICLES_TAG]);
}

/** After the site name, logo, contact details or footer change. */
function revalidateSiteSettings(): void {
  expire([SETTINGS_TAG]);
}

/** Expires what a use case reported it changed: the one way every caller (action, route, job) does it. */
export function applyChanges(changes: Changes | undefined): void {
  if (!changes) return;
  for (const { before, after } of changes.articles ?? []) {
    const current = after ?? before;
    if (current) revalidateArticle(current, after && before ? before : undefined);
  }
  for (const articleId of changes.comments ?? []) revalidateComments(articleId);
  if (changes.units) revalidateUnits();
  if (changes.categories) revalidateCategories();
  if (changes.settings) revalidateSiteSettings();
  if (changes.documents) expire([DOCUMENTS_TAG]);
  if (changes.questions) expire([QUESTIONS_TAG]);
  if (changes.contests) expire([CONTESTS_TAG]);
}

