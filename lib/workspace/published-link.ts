import { db } from "@/lib/db";
import { sitePaths } from "@/lib/site/url";

/**
 * The public page of an article that is published now, for the notice after "Duyệt và xuất bản";
 * null for any other state (a draft's slug is not a page anyone can open), or when it is in the bin.
 */
export async function publishedArticleLink(articleId: number): Promise<{ title: string; href: string } | null> {
  const article = await db.article.findFirst({ where: { id: articleId, state: "PUBLISHED", deletedAt: null }, select: { title: true, slug: true } });
  return article ? { title: article.title, href: sitePaths.article(article.slug) } : null;
}
