import type { Prisma } from "@/generated/prisma/client";
import { plainTextOfSanitized } from "@/lib/richtext/plain-text";
import { sanitizeDocument } from "@/lib/richtext/sanitize";
import { articleFieldsSchema, type ArticleFields } from "./article-fields";
import type { LockedArticle } from "./locked-article";

type RevisionData = Prisma.ArticleRevisionUncheckedCreateInput;

/** Writes the working copy of a published article's correction (one per article) and bumps its version. */
export async function saveCorrection(tx: Prisma.TransactionClient, article: LockedArticle, version: number, data: RevisionData): Promise<void> {
  if (article.correctionRevisionId) {
    await tx.articleRevision.update({ where: { id: article.correctionRevisionId }, data: { ...data, createdAt: new Date() } });
    await tx.article.update({ where: { id: article.id }, data: { version } });
    return;
  }
  const revision = await tx.articleRevision.create({ data });
  await tx.article.update({ where: { id: article.id }, data: { version, correctionRevisionId: revision.id } });
}

/** The correction's content as article fields (held to today's rules again before it is published). */
export async function correctionFields(tx: Prisma.TransactionClient, revisionId: number): Promise<{ fields: ArticleFields; bodyText: string } | null> {
  const revision = await tx.articleRevision.findUnique({ where: { id: revisionId } });
  if (!revision) return null;
  const parsed = articleFieldsSchema.safeParse({ ...(revision.fields as object), title: revision.title, sapo: revision.sapo, body: revision.body });
  const body = sanitizeDocument(revision.body);
  if (!parsed.success || !body.ok) return null;
  return { fields: { ...parsed.data, body: body.doc }, bodyText: plainTextOfSanitized(body.doc) };
}
