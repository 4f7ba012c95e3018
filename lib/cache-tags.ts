/**
 * The names of the cache tags public pages are stored under. Pure: the cached queries (lib/articles/
 * public-queries.ts, lib/site/*) attach them, lib/site/revalidate.ts expires them after a change.
 *
 * A page rendered from cached queries carries the union of their tags, so expiring one tag expires
 * both the query result and every cached page built from it.
 */

/**
 * The tag Next gives every page of the root layout: a deploy purges it from Varnish. A response made
 * outside the App Router (pages/api/tim-kiem.tsx) names it itself.
 */
export const ROOT_LAYOUT_TAG = "_N_T_/layout";

/** Every listing that can show any article: home, latest, RSS of the portal, sitemap, search. */
export const ARTICLES_TAG = "articles";

/** The unit directory and the resolution of unit addresses (renames, merges, archiving). */
export const UNITS_TAG = "units";

/** The category list shown in navigation, filters and the home page blocks. */
export const CATEGORIES_TAG = "categories";

/** The site name, logo, contact details and footer. */
export const SETTINGS_TAG = "settings";

/** Văn bản pháp luật: the list, every document page, the API, and the citations shown under articles. */
export const DOCUMENTS_TAG = "documents";

/** Published legal questions: /hoi-dap, each question's page, their RSS, sitemap entries and search. */
export const QUESTIONS_TAG = "questions";

/** One article's page: its fields, attachments and tags. */
export function articleTag(id: number): string {
  return `article:${id}`;
}

/** The page at /bai-viet/<slug>, including the "not found" it shows before the article is published. */
export function articleSlugTag(slug: string): string {
  // Tags are limited to 256 characters; slugs are at most 80 plus a suffix, but stay safe.
  return `article-slug:${slug}`.slice(0, 256);
}

/** Listings of one category: its pages, its RSS and the "related articles" of its articles. */
export function categoryTag(id: number): string {
  return `category:${id}`;
}

/** Listings of one unit (the unit that owns the articles): its pages and its RSS. */
export function unitTag(id: number): string {
  return `unit:${id}`;
}

/** The approved comments shown under one article. */
export function commentsTag(articleId: number): string {
  return `comments:${articleId}`;
}

/** The same as commentsTag, under the name the comments work was told to expect. */
export const COMMENTS_TAG = commentsTag;

/** Thi tìm hiểu pháp luật: the contest list, each contest's page and its public results. */
export const CONTESTS_TAG = "contests";
