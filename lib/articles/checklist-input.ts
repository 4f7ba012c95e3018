import type { Prisma } from "@/generated/prisma/client";
import type { ArticleFields } from "./article-fields";
import type { ChecklistInput } from "./checklist";

/** An article as stored, in the shape the checklist reads (used on submit and in the review view). */
export async function checklistInput(tx: Prisma.TransactionClient, articleId: number): Promise<ChecklistInput> {
  const stored = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    include: { attachments: { include: { file: { select: { originalName: true, mimeType: true } } } } },
  });
  return {
    title: stored.title,
    sapo: stored.sapo,
    body: stored.body,
    categoryId: stored.categoryId,
    cover: { fileId: stored.coverImageId, caption: stored.coverCaption ?? "", alt: stored.coverAlt ?? "" },
    attachments: stored.attachments.map((a) => a.file),
  };
}

/** Fields not yet written to the article (a waiting correction), in the shape the checklist reads. */
export async function checklistInputFromFields(tx: Prisma.TransactionClient, fields: ArticleFields): Promise<ChecklistInput> {
  const files = await tx.storedFile.findMany({ where: { id: { in: fields.attachments.map((a) => a.fileId) } }, select: { originalName: true, mimeType: true } });
  return {
    title: fields.title,
    sapo: fields.sapo,
    body: fields.body,
    categoryId: fields.categoryId,
    cover: { fileId: fields.coverImageId, caption: fields.coverCaption ?? "", alt: fields.coverAlt ?? "" },
    attachments: files,
  };
}
