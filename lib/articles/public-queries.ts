import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";

// What readers may see: published and not in the bin. Every public query starts from here.
const visibleToReaders = { state: "PUBLISHED", deletedAt: null } satisfies Prisma.ArticleWhereInput;

const listingFields = {
  id: true,
  slug: true,
  title: true,
  sapo: true,
  publishedAt: true,
  coverAlt: true,
  coverImage: { select: { storageKey: true } },
  originalUnit: { select: { name: true, slug: true } },
  category: { select: { name: true, slug: true } },
} satisfies Prisma.ArticleSelect;

export type ArticleListing = Prisma.ArticleGetPayload<{ select: typeof listingFields }>;

export async function listLatestArticles(take = 12): Promise<ArticleListing[]> {
  return db.article.findMany({
    where: visibleToReaders,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take,
    select: listingFields,
  });
}

/** Articles provincial editors chose for the home page, in their chosen order. */
export async function listFeaturedArticles(take = 5): Promise<ArticleListing[]> {
  return db.article.findMany({
    where: { ...visibleToReaders, featuredOrder: { not: null } },
    orderBy: [{ featuredOrder: "asc" }, { publishedAt: "desc" }],
    take,
    select: listingFields,
  });
}

export async function getPublishedArticle(slug: string) {
  return db.article.findFirst({
    where: { ...visibleToReaders, slug },
    include: {
      originalUnit: { select: { name: true, slug: true } },
      category: { select: { name: true, slug: true } },
      coverImage: { select: { storageKey: true, width: true, height: true } },
      attachments: {
        orderBy: { sortOrder: "asc" },
        include: { file: { select: { storageKey: true, originalName: true, mimeType: true, size: true } } },
      },
      tags: { include: { tag: { select: { name: true, slug: true } } } },
    },
  });
}

export type PublishedArticle = NonNullable<Awaited<ReturnType<typeof getPublishedArticle>>>;
