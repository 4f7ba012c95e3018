// The editor's working copy of an article, and how it becomes what the server's save expects.
import type { ArticleFieldsInput } from "@/lib/articles/article-fields";
import type { SaveResult } from "@/lib/articles/save-article";
import type { SubmitResult } from "@/lib/articles/submit-article";
import type { revisionForEditor } from "@/lib/articles/workspace-queries";

/** The server actions the editor calls, passed by its page. */
export type EditorActions = {
  save: (input: unknown) => Promise<SaveResult>;
  /** Gửi duyệt, or Gửi duyệt sửa đổi for a published article being corrected. */
  submit: (input: unknown) => Promise<SubmitResult>;
  loadRevision: (articleId: number, revisionId: number) => ReturnType<typeof revisionForEditor>;
};

export type EditorFile = { id: number; storageKey: string; originalName: string; mimeType: string; size: number };

export type EditorFields = {
  title: string;
  sapo: string;
  body: unknown;
  byline: string;
  source: string;
  categoryId: number | null;
  tags: string[];
  cover: { file: EditorFile | null; caption: string; alt: string };
  attachments: { file: EditorFile; title: string }[];
};

export function toSavedFields(fields: EditorFields): ArticleFieldsInput {
  return {
    title: fields.title,
    sapo: fields.sapo,
    // ProseMirror keeps node attributes in objects without a plain prototype, which a server action
    // cannot serialise (it would send an opaque reference and the server would see no image source).
    body: JSON.parse(JSON.stringify(fields.body ?? null)),
    byline: fields.byline,
    source: fields.source,
    categoryId: fields.categoryId,
    tags: fields.tags,
    coverImageId: fields.cover.file?.id ?? null,
    coverCaption: fields.cover.caption,
    coverAlt: fields.cover.alt,
    attachments: fields.attachments.map((a) => ({ fileId: a.file.id, title: a.title || null })),
  };
}

export function toChecklistInput(fields: EditorFields) {
  return {
    title: fields.title,
    sapo: fields.sapo,
    body: fields.body,
    categoryId: fields.categoryId,
    cover: { fileId: fields.cover.file?.id ?? null, caption: fields.cover.caption, alt: fields.cover.alt },
    attachments: fields.attachments.map((a) => a.file),
  };
}
