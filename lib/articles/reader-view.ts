import { db } from "@/lib/db";
import { readerViewSelect, toReaderView, type PublishedArticle } from "./public-queries";

/**
 * Any article (in any state) as readers would see it, for Xem trước and the review view. Reads the
 * database directly: the public cache holds only what is published.
 */
export async function loadReaderView(articleId: number): Promise<PublishedArticle | null> {
  const row = await db.article.findFirst({ where: { id: articleId, deletedAt: null }, select: readerViewSelect });
  return row ? toReaderView(row) : null;
}
