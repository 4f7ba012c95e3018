import { db } from "@/lib/db";

/**
 * Is the article at this address one that was taken down (Đã gỡ)? Asked by proxy.ts before a
 * cached article page is served, so a taken-down article answers 410 Gone rather than the page or a
 * plain 404. One lookup on the unique index of Article.slug.
 */
export async function isTakenDownArticle(slug: string): Promise<boolean> {
  if (slug.length === 0 || slug.length > 200) return false;
  const article = await db.article.findUnique({ where: { slug }, select: { state: true } });
  return article?.state === "TAKEN_DOWN";
}
