import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { can, type PolicyActor } from "@/lib/policy";
import { canEditArticle } from "./save-article";
import { articleScopeWhere } from "./scope";
import { DELETABLE, type ArticleStateName } from "./state-machine";

export const WORKSPACE_PAGE_SIZE = 20;

/**
 * Bài viết: what this person works on — what the policy lets them view (lib/policy.ts): writers their
 * own articles and the published ones of their units; approvers everything in their units;
 * provincial editors and administrators all.
 */
export async function listWorkspaceArticles(actor: PolicyActor, options: { state?: ArticleStateName; page?: number; bin?: boolean; mine?: boolean }) {
  const page = Math.max(1, options.page ?? 1);
  const scope = articleScopeWhere(actor, "article.view");
  const where: Prisma.ArticleWhereInput = {
    AND: [scope],
    deletedAt: options.bin ? { not: null } : null,
    ...(options.state ? { state: options.state } : {}),
    // "Bài nháp của tôi" on the dashboard: an approver also sees colleagues' drafts without it.
    ...(options.mine ? { writerId: actor.id } : {}),
  };
  const [total, articles] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: { updatedAt: "desc" },
      skip: (page - 1) * WORKSPACE_PAGE_SIZE,
      take: WORKSPACE_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        state: true,
        updatedAt: true,
        unit: { select: { name: true } },
        writer: { select: { name: true } },
        category: { select: { name: true } },
      },
    }),
  ]);
  return { total, page, pageCount: Math.max(1, Math.ceil(total / WORKSPACE_PAGE_SIZE)), articles };
}

/** The article as the editor loads it, or null when this person may not see it. */
export async function getArticleForEditor(actor: PolicyActor, articleId: number) {
  const article = await db.article.findFirst({
    where: { id: articleId, deletedAt: null },
    include: {
      unit: { select: { name: true, status: true, allowSelfApproval: true } },
      coverImage: { select: { id: true, storageKey: true, originalName: true, mimeType: true, size: true } },
      attachments: { orderBy: { sortOrder: "asc" }, include: { file: { select: { id: true, storageKey: true, originalName: true, mimeType: true, size: true } } } },
      tags: { include: { tag: { select: { name: true } } } },
      events: { orderBy: { createdAt: "desc" }, take: 20, include: { actor: { select: { name: true } } } },
    },
  });
  if (!article) return null;
  const target = { unitId: article.unitId, writerId: article.writerId, allowSelfApproval: article.unit.allowSelfApproval, state: article.state };
  if (!can(actor, "article.view", target)) return null;
  const state = article.state as ArticleStateName;
  return {
    article,
    canEdit: article.unit.status === "ACTIVE" && canEditArticle(actor, { ...target, state, correctionSubmittedAt: article.correctionSubmittedAt }),
    canDelete: DELETABLE.includes(state) && can(actor, "article.delete", target),
    canSubmit:
      (state === "DRAFT" || state === "RETURNED" || (state === "PUBLISHED" && !article.correctionSubmittedAt)) && can(actor, "article.submit", target),
    /** A published article is edited as a correction that waits for approval. */
    correcting: state === "PUBLISHED",
    returnReason: lastReturnReason(state, article),
  };
}

/** Why the article (or its correction) came back, when it is back with its writer. */
function lastReturnReason(state: ArticleStateName, article: { correctionSubmittedAt: Date | null; correctionRevisionId: number | null; events: { action: string; note: string | null }[] }) {
  const last = article.events[0];
  const back = state === "RETURNED" || (state === "PUBLISHED" && article.correctionRevisionId !== null && !article.correctionSubmittedAt);
  return back && last?.action === "RETURN" ? last.note : null;
}

export async function listRevisions(articleId: number) {
  return db.articleRevision.findMany({
    where: { articleId },
    orderBy: { id: "desc" },
    take: 50,
    select: { id: true, kind: true, version: true, title: true, createdAt: true, author: { select: { name: true } } },
  });
}

export async function getRevision(articleId: number, revisionId: number) {
  return db.articleRevision.findFirst({ where: { id: revisionId, articleId } });
}

/** Choices the editor offers: visible categories, and existing tags as suggestions. */
export async function editorOptions() {
  const [categories, tags] = await Promise.all([
    db.category.findMany({ where: { hidden: false }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
    db.tag.findMany({ orderBy: { name: "asc" }, take: 500, select: { name: true } }),
  ]);
  return { categories, tagSuggestions: tags.map((t) => t.name) };
}

const editorFileFields = { id: true, storageKey: true, originalName: true, mimeType: true, size: true } as const;

/** A revision as the editor's working copy, with its cover and attachments looked up again. */
export async function revisionForEditor(articleId: number, revisionId: number) {
  const revision = await getRevision(articleId, revisionId);
  if (!revision) return null;
  const fields = (revision.fields ?? {}) as {
    byline?: string | null;
    source?: string | null;
    categoryId?: number | null;
    tags?: string[];
    coverImageId?: number | null;
    coverCaption?: string | null;
    coverAlt?: string | null;
    attachments?: { fileId: number; title?: string | null }[];
  };
  const fileIds = [...(fields.attachments ?? []).map((a) => a.fileId), ...(fields.coverImageId ? [fields.coverImageId] : [])];
  const files = new Map((await db.storedFile.findMany({ where: { id: { in: fileIds } }, select: editorFileFields })).map((f) => [f.id, f]));
  return {
    title: revision.title,
    sapo: revision.sapo,
    body: revision.body,
    byline: fields.byline ?? "",
    source: fields.source ?? "",
    categoryId: fields.categoryId ?? null,
    tags: fields.tags ?? [],
    cover: { file: (fields.coverImageId && files.get(fields.coverImageId)) || null, caption: fields.coverCaption ?? "", alt: fields.coverAlt ?? "" },
    attachments: (fields.attachments ?? []).flatMap((a) => {
      const file = files.get(a.fileId);
      return file ? [{ file, title: a.title ?? "" }] : [];
    }),
  };
}
