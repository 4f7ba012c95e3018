import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type FieldErrors } from "@/lib/action-result";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { can, type PolicyActor } from "@/lib/policy";
import { plainTextOfSanitized } from "@/lib/richtext/plain-text";
import { sanitizeDocument } from "@/lib/richtext/sanitize";
import { formatDateTime } from "@/lib/vietnamese";
import { articleFieldsSchema, type ArticleFields } from "./article-fields";
import { ARTICLE_NOT_FOUND, lockArticle, UNIT_NOT_ACTIVE, type LockedArticle } from "./locked-article";
import { EDITABLE_BY_REVIEWER, EDITABLE_BY_WRITER, STATE_LABELS } from "./state-machine";
import { saveCorrection } from "./correction";
import { recordFileKeys } from "./file-keys";
import { checkFileReferences } from "./file-references";
import { writeArticleFields } from "./write-fields";

const saveInput = z.object({
  articleId: z.coerce.number().int().positive(),
  /** The version the editor started from: a save over someone else's newer save is refused. */
  baseVersion: z.coerce.number().int().positive(),
  kind: z.enum(["AUTOSAVE", "MANUAL"]),
  fields: z.unknown(),
});

export type SaveConflict = { version: number; savedByName: string; savedAt: string };
export type SaveResult =
  | { ok: true; value: { version: number; savedAt: string } }
  | { ok: false; error: string; fieldErrors?: FieldErrors; conflict?: SaveConflict };

type EditTarget = Pick<LockedArticle, "state" | "unitId" | "writerId"> & { correctionSubmittedAt?: Date | null };

/**
 * May this person change the text of the article in its current state? A published article is changed
 * through a correction: its writer until the correction is sent for review, its reviewers always.
 */
export function canEditArticle(actor: PolicyActor | null, article: EditTarget): boolean {
  const target = { unitId: article.unitId, writerId: article.writerId };
  const writerMay = article.state === "PUBLISHED" ? !article.correctionSubmittedAt : EDITABLE_BY_WRITER.includes(article.state);
  if (writerMay && can(actor, "article.editOwn", target)) return true;
  return [...EDITABLE_BY_WRITER, ...EDITABLE_BY_REVIEWER, "PUBLISHED"].includes(article.state) && can(actor, "article.editAny", target);
}

/**
 * Lưu nháp and autosave. One transaction under the article's row lock: check who and what, refuse a
 * save based on an older version (keeping the refused text as a CONFLICT revision, so nothing typed
 * is lost), write the fields, bump the version, record a revision.
 */
export async function saveArticle(actor: PolicyActor | null, raw: unknown): Promise<SaveResult> {
  const parsedInput = saveInput.safeParse(raw);
  if (!parsedInput.success) return refused("Yêu cầu lưu bài không hợp lệ.");
  const { articleId, baseVersion, kind } = parsedInput.data;
  const parsedFields = articleFieldsSchema.safeParse(parsedInput.data.fields);
  if (!parsedFields.success) return refused(INVALID_FORM, fieldErrorsFrom(parsedFields.error.issues));
  const body = sanitizeDocument(parsedFields.data.body);
  if (!body.ok) return refused(body.error, { body: body.error });
  const fields: ArticleFields = { ...parsedFields.data, body: body.doc };
  const bodyText = plainTextOfSanitized(body.doc);

  return db.$transaction(async (tx): Promise<SaveResult> => {
    const article = await lockArticle(tx, articleId);
    if (!article || article.deletedAt) return refused(ARTICLE_NOT_FOUND);
    if (!canEditArticle(actor, { ...article })) {
      // Name the state only to someone who could edit the article in another state.
      const couldEditOtherwise = (["DRAFT", "SUBMITTED"] as const).some((state) => canEditArticle(actor, { ...article, state }));
      return refused(
        couldEditOtherwise ? `Bài viết đang ở trạng thái “${STATE_LABELS[article.state]}”; bạn không thể sửa lúc này.` : "Bạn không có quyền sửa bài viết này.",
      );
    }
    if (article.unitStatus !== "ACTIVE") return refused(UNIT_NOT_ACTIVE);

    if (article.version !== baseVersion) {
      await tx.articleRevision.create({ data: revisionData(articleId, "CONFLICT", baseVersion, fields, actor!.id) });
      return { ok: false, error: "", conflict: await describeLatestSave(tx, articleId, article.version) };
    }
    const referenceProblem = (await checkCategory(tx, fields)) ?? (await checkFileReferences(tx, actor!, article, fields));
    if (referenceProblem) return refused(INVALID_FORM, referenceProblem);

    const version = article.version + 1;
    if (article.state === "PUBLISHED") {
      // Readers keep the published text: the change waits in the correction until it is approved.
      await saveCorrection(tx, article, version, revisionData(articleId, "CORRECTION", version, fields, actor!.id));
      await recordFileKeys(tx, articleId, fields, false);
      const revision = kind === "MANUAL" ? await saveRevision(tx, articleId, kind, version, fields, actor!.id) : null;
      return { ok: true, value: { version, savedAt: (revision?.createdAt ?? new Date()).toISOString() } };
    }
    await writeArticleFields(tx, articleId, fields, bodyText, version);
    const revision = await saveRevision(tx, articleId, kind, version, fields, actor!.id);
    return { ok: true, value: { version, savedAt: revision.createdAt.toISOString() } };
  });
}

export function revisionData(articleId: number, kind: "AUTOSAVE" | "MANUAL" | "CONFLICT" | "CORRECTION", version: number, fields: ArticleFields, authorId: number) {
  const { title, sapo, body, ...rest } = fields;
  return { articleId, kind, version, title, sapo, body: body as Prisma.InputJsonValue, fields: rest as Prisma.InputJsonValue, authorId };
}

/** Autosaves by the same person within ten minutes fold into one revision, so the history stays readable. */
async function saveRevision(tx: Prisma.TransactionClient, articleId: number, kind: "AUTOSAVE" | "MANUAL", version: number, fields: ArticleFields, authorId: number) {
  if (kind === "AUTOSAVE") {
    const latest = await tx.articleRevision.findFirst({ where: { articleId }, orderBy: { id: "desc" } });
    if (latest && latest.kind === "AUTOSAVE" && latest.authorId === authorId && Date.now() - latest.createdAt.getTime() < 10 * 60_000) {
      return tx.articleRevision.update({ where: { id: latest.id }, data: { ...revisionData(articleId, kind, version, fields, authorId), createdAt: new Date() } });
    }
  }
  return tx.articleRevision.create({ data: revisionData(articleId, kind, version, fields, authorId) });
}

async function describeLatestSave(tx: Prisma.TransactionClient, articleId: number, version: number): Promise<SaveConflict> {
  const latest = await tx.articleRevision.findFirst({
    where: { articleId, kind: { not: "CONFLICT" } },
    orderBy: { id: "desc" },
    include: { author: { select: { name: true } } },
  });
  const savedAt = latest?.createdAt ?? new Date();
  return { version, savedByName: latest?.author.name ?? "một người khác", savedAt: formatDateTime(savedAt) };
}

/** A hidden category cannot be chosen. */
async function checkCategory(tx: Prisma.TransactionClient, fields: ArticleFields): Promise<FieldErrors | null> {
  if (fields.categoryId === null) return null;
  const category = await tx.category.findUnique({ where: { id: fields.categoryId }, select: { hidden: true } });
  return !category || category.hidden ? { categoryId: "Chuyên mục không còn sử dụng. Vui lòng chọn chuyên mục khác." } : null;
}
