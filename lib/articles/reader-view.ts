import { db } from "@/lib/db";
import { renderArticleHtml } from "@/lib/richtext/render";
import { slugify } from "@/lib/vietnamese";
import { readerViewSelect, toCoverImage, toReaderView, type PublishedArticle } from "./public-queries";

/**
 * Any article (in any state) as readers would see it, for Xem trước and the review view. Reads the
 * database directly: the public cache holds only what is published. With `correction`, a published
 * article is shown as its waiting correction would make it.
 */
export async function loadReaderView(articleId: number, options: { correction?: boolean } = {}): Promise<PublishedArticle | null> {
  const row = await db.article.findFirst({ where: { id: articleId, deletedAt: null }, select: { ...readerViewSelect, correctionRevisionId: true } });
  if (!row) return null;
  const view = toReaderView(row);
  if (!options.correction || !row.correctionRevisionId) return view;
  return withCorrection(view, row.correctionRevisionId);
}

async function withCorrection(view: PublishedArticle, revisionId: number): Promise<PublishedArticle> {
  const revision = await db.articleRevision.findUniqueOrThrow({ where: { id: revisionId } });
  const fields = revision.fields as {
    byline?: string | null;
    source?: string | null;
    coverImageId?: number | null;
    coverCaption?: string | null;
    coverAlt?: string | null;
    tags?: string[];
    attachments?: { fileId: number; title?: string | null }[];
  };
  const fileIds = [...(fields.attachments ?? []).map((a) => a.fileId), ...(fields.coverImageId ? [fields.coverImageId] : [])];
  const files = new Map((await db.storedFile.findMany({ where: { id: { in: fileIds } } })).map((file) => [file.id, file]));
  const cover = fields.coverImageId ? files.get(fields.coverImageId) : undefined;
  return {
    ...view,
    title: revision.title,
    sapo: revision.sapo,
    bodyHtml: renderArticleHtml(revision.body),
    byline: fields.byline ?? null,
    source: fields.source ?? null,
    coverCaption: fields.coverCaption ?? null,
    cover: cover ? toCoverImage(cover, fields.coverAlt ?? null) : null,
    attachments: (fields.attachments ?? []).flatMap((a) => {
      const file = files.get(a.fileId);
      return file ? [{ storageKey: file.storageKey, originalName: file.originalName, mimeType: file.mimeType, size: file.size, title: a.title ?? null }] : [];
    }),
    tags: (fields.tags ?? []).map((name) => ({ name, slug: slugify(name, 60) })),
  };
}
