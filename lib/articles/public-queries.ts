import { unstable_cache } from "next/cache";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { ARTICLES_TAG, articleSlugTag, articleTag, CATEGORIES_TAG, categoryTag, UNITS_TAG, unitTag } from "@/lib/cache-tags";
import { renderArticleHtml } from "@/lib/richtext";

// What readers see, read through Next's data cache. Each query carries the cache tags of what it
// shows (lib/cache-tags.ts); lib/site/revalidate.ts expires them when an article is published,
// corrected or taken down. Cached values are stored as JSON, so every result here is plain data:
// dates travel as ISO strings (a Date would come back from the cache as a string anyway).

// What readers may see: published and not in the bin. Every public query starts from here.
export const visibleToReaders = { state: "PUBLISHED", deletedAt: null } satisfies Prisma.ArticleWhereInput;

/** How long a cached query may be served without any tag being expired: a safety net, not the rule. */
const SAFETY_REVALIDATE_SECONDS = 3600;

const listingSelect = {
  id: true,
  slug: true,
  title: true,
  sapo: true,
  byline: true,
  publishedAt: true,
  coverAlt: true,
  coverImage: { select: { storageKey: true, width: true, height: true, variants: true } },
  originalUnit: { select: { name: true, slug: true } },
  category: { select: { id: true, name: true, slug: true } },
} satisfies Prisma.ArticleSelect;

type ListingRow = Prisma.ArticleGetPayload<{ select: typeof listingSelect }>;

export type CoverImage = {
  storageKey: string;
  width: number | null;
  height: number | null;
  /** The smaller stored sizes, for srcset (served by /tep under the same rules as the image). */
  sizes: { storageKey: string; width: number }[];
  alt: string;
};

/** A stored image as a cover readers see. */
export function toCoverImage(file: { storageKey: string; width: number | null; height: number | null; variants: Prisma.JsonValue }, alt: string | null): CoverImage {
  const variants = Array.isArray(file.variants) ? (file.variants as { storageKey?: unknown; width?: unknown }[]) : [];
  const sizes = variants.flatMap((v) => (typeof v.storageKey === "string" && typeof v.width === "number" ? [{ storageKey: v.storageKey, width: v.width }] : []));
  return { storageKey: file.storageKey, width: file.width, height: file.height, sizes, alt: alt ?? "" };
}

export type ArticleListing = {
  id: number;
  slug: string;
  title: string;
  sapo: string;
  byline: string | null;
  /** ISO 8601 (UTC); format with lib/vietnamese. */
  publishedAt: string | null;
  cover: CoverImage | null;
  /** The unit that wrote the article, which is what readers see even after a merge. */
  originalUnit: { name: string; slug: string };
  category: { id: number; name: string; slug: string } | null;
};

export type ArticlePage<T> = { items: T[]; total: number; page: number; pageCount: number };

function toListing(row: ListingRow): ArticleListing {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    sapo: row.sapo,
    byline: row.byline,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    cover: row.coverImage ? toCoverImage(row.coverImage, row.coverAlt) : null,
    originalUnit: row.originalUnit,
    category: row.category,
  };
}

const newestFirst = [{ publishedAt: "desc" }, { id: "desc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];

/**
 * The calls made while rendering one page, by query and arguments. A page's metadata and its body
 * both ask for the article: on a cache miss unstable_cache alone would query twice, since both start
 * before either has stored its answer. React's cache() gives each render its own map (outside a
 * render, a new one each time, so nothing is shared).
 */
const callsOfThisRender = cache(() => new Map<string, Promise<unknown>>());

function cached<A extends unknown[], R>(name: string, tags: (args: NoInfer<A>) => string[], fn: (...args: A) => Promise<R>) {
  // A wrapper per call, so the tags may depend on the arguments (one category, one slug).
  return (...args: A): Promise<R> => {
    const key = JSON.stringify(args);
    const calls = callsOfThisRender();
    const made = calls.get(`${name} ${key}`);
    if (made) return made as Promise<R>;
    const call = unstable_cache(() => fn(...args), ["public", name, key], {
      // Every article shown carries its unit's and category's names, and a merge moves articles to
      // another unit's listing: a unit or category change expires every article query.
      tags: [...tags(args), UNITS_TAG, CATEGORIES_TAG],
      revalidate: SAFETY_REVALIDATE_SECONDS,
    })();
    calls.set(`${name} ${key}`, call);
    return call;
  };
}

async function listPage(where: Prisma.ArticleWhereInput, page: number, perPage: number): Promise<ArticlePage<ArticleListing>> {
  const filter = { ...where, ...visibleToReaders };
  const [rows, total] = await Promise.all([
    db.article.findMany({ where: filter, orderBy: newestFirst, skip: (page - 1) * perPage, take: perPage, select: listingSelect }),
    db.article.count({ where: filter }),
  ]);
  return { items: rows.map(toListing), total, page, pageCount: Math.max(1, Math.ceil(total / perPage)) };
}

export const listLatestArticles = cached(
  "latest",
  () => [ARTICLES_TAG],
  async (take: number = 12): Promise<ArticleListing[]> =>
    (await db.article.findMany({ where: visibleToReaders, orderBy: newestFirst, take, select: listingSelect })).map(toListing),
);

/** Articles provincial editors chose for the home page, in their chosen order. */
export const listFeaturedArticles = cached(
  "featured",
  () => [ARTICLES_TAG],
  async (take: number = 5): Promise<ArticleListing[]> =>
    (
      await db.article.findMany({
        where: { ...visibleToReaders, featuredOrder: { not: null } },
        orderBy: [{ featuredOrder: "asc" }, { publishedAt: "desc" }],
        take,
        select: listingSelect,
      })
    ).map(toListing),
);

/** The newest articles of every category shown to readers, in the categories' order, for the home page. */
export const listCategoryBlocks = cached(
  "category-blocks",
  () => [ARTICLES_TAG],
  async (perCategory: number = 4) => {
    const categories = await db.category.findMany({
      where: { hidden: false },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: { id: true, name: true, slug: true },
    });
    const blocks = await Promise.all(
      categories.map(async (category) => ({
        category,
        articles: (
          await db.article.findMany({
            where: { ...visibleToReaders, categoryId: category.id },
            orderBy: newestFirst,
            take: perCategory,
            select: listingSelect,
          })
        ).map(toListing),
      })),
    );
    return blocks.filter((block) => block.articles.length > 0);
  },
);

export const listCategoryArticles = cached(
  "category",
  ([categoryId]) => [categoryTag(categoryId)],
  (categoryId: number, page: number, perPage: number) => listPage({ categoryId }, page, perPage),
);

/** Articles a unit owns, which after a merge includes those its predecessors wrote. */
export const listUnitArticles = cached(
  "unit",
  ([unitId]) => [unitTag(unitId)],
  (unitId: number, page: number, perPage: number) => listPage({ unitId }, page, perPage),
);

/** Newer articles of the same category (or of the portal, without one), the article itself excluded. */
export const listRelatedArticles = cached(
  "related",
  ([, categoryId]) => [categoryId === null ? ARTICLES_TAG : categoryTag(categoryId)],
  async (articleId: number, categoryId: number | null, take: number = 4): Promise<ArticleListing[]> =>
    (
      await db.article.findMany({
        where: { ...visibleToReaders, id: { not: articleId }, ...(categoryId === null ? {} : { categoryId }) },
        orderBy: newestFirst,
        take,
        select: listingSelect,
      })
    ).map(toListing),
);

export type PublishedArticle = ArticleListing & {
  unitId: number;
  bodyHtml: string;
  coverCaption: string | null;
  source: string | null;
  updatedAt: string;
  commentsEnabled: boolean;
  attachments: { storageKey: string; originalName: string; mimeType: string; size: number; title: string | null }[];
  tags: { name: string; slug: string }[];
};

const findPublishedArticleId = cached(
  "article-id",
  ([slug]) => [articleSlugTag(slug)],
  async (slug: string): Promise<number | null> =>
    (await db.article.findFirst({ where: { ...visibleToReaders, slug }, select: { id: true } }))?.id ?? null,
);

/** What an article page reads; the workspace's preview and review views read the same (lib/articles/reader-view). */
export const readerViewSelect = {
  ...listingSelect,
  unitId: true,
  body: true,
  coverCaption: true,
  source: true,
  updatedAt: true,
  commentsEnabled: true,
  attachments: {
    orderBy: { sortOrder: "asc" },
    select: { title: true, file: { select: { storageKey: true, originalName: true, mimeType: true, size: true } } },
  },
  tags: { select: { tag: { select: { name: true, slug: true } } }, orderBy: { tag: { name: "asc" } } },
} satisfies Prisma.ArticleSelect;

export function toReaderView(row: Prisma.ArticleGetPayload<{ select: typeof readerViewSelect }>): PublishedArticle {
  return {
    ...toListing(row),
    unitId: row.unitId,
    bodyHtml: renderArticleHtml(row.body),
    coverCaption: row.coverCaption,
    source: row.source,
    updatedAt: row.updatedAt.toISOString(),
    commentsEnabled: row.commentsEnabled,
    attachments: row.attachments.map(({ title, file }) => ({ ...file, title })),
    tags: row.tags.map(({ tag }) => tag),
  };
}

const getPublishedArticleById = cached(
  "article",
  ([id]) => [articleTag(id)],
  async (id: number): Promise<PublishedArticle | null> => {
    const row = await db.article.findFirst({ where: { ...visibleToReaders, id }, select: readerViewSelect });
    return row ? toReaderView(row) : null;
  },
);

/**
 * A published article by its address, its body already rendered (the allowlist is applied again).
 * Two cached steps, so the page carries both the address's tag (expired when an article gets that
 * address) and the article's own (expired by its changes and its comments).
 */
export async function getPublishedArticle(slug: string): Promise<PublishedArticle | null> {
  const id = await findPublishedArticleId(slug);
  return id === null ? null : getPublishedArticleById(id);
}

export type SitemapArticle = { slug: string; lastModified: string };

export const countPublishedArticles = cached("count", () => [ARTICLES_TAG], () => db.article.count({ where: visibleToReaders }));

/** One slice of the published articles for the sitemap, oldest first so slices stay stable as news comes in. */
export const listSitemapArticles = cached(
  "sitemap",
  () => [ARTICLES_TAG],
  async (offset: number, limit: number): Promise<SitemapArticle[]> =>
    (
      await db.article.findMany({
        where: visibleToReaders,
        orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
        skip: offset,
        take: limit,
        select: { slug: true, updatedAt: true, publishedAt: true },
      })
    ).map((row) => ({ slug: row.slug, lastModified: (row.publishedAt && row.publishedAt > row.updatedAt ? row.publishedAt : row.updatedAt).toISOString() })),
);
