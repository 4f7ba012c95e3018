import type { Prisma } from "@/generated/prisma/client";
import type { ArticleCacheRef } from "@/lib/changes";
import type { ArticleFields } from "./article-fields";
import { recordFileKeys } from "./file-keys";
import { replaceTags } from "./tags";

/**
 * Writes every edited field of an article (from a save, or from an approved correction). Returns
 * where its public pages are stored now (the category may have changed).
 */
export async function writeArticleFields(tx: Prisma.TransactionClient, articleId: number, fields: ArticleFields, bodyText: string, version: number): Promise<ArticleCacheRef> {
  const written = await tx.article.update({
    where: { id: articleId },
    data: {
      title: fields.title,
      sapo: fields.sapo,
      body: fields.body as Prisma.InputJsonValue,
      bodyText,
      byline: fields.byline,
      source: fields.source,
      categoryId: fields.categoryId,
      coverImageId: fields.coverImageId,
      coverCaption: fields.coverCaption,
      coverAlt: fields.coverAlt,
      version,
      attachments: {
        deleteMany: {},
        create: fields.attachments.map((file, index) => ({ fileId: file.fileId, title: file.title, sortOrder: index })),
      },
    },
    select: { id: true, slug: true, unitId: true, originalUnitId: true, categoryId: true },
  });
  await replaceTags(tx, articleId, fields.tags);
  await recordFileKeys(tx, articleId, fields, true);
  return written;
}
