import type { Prisma } from "@/generated/prisma/client";
import { articleScopeWhere } from "@/lib/articles/scope";
import { db } from "@/lib/db";
import { can, scopeOf, type PolicyActor } from "@/lib/policy";
import { effectSql } from "./public-search";
import { effectOf, todayInVietnam } from "./effect";
import { documentTypeLabel, RELATION_LABELS, type DocumentStateName, type EffectName, type RelationKindName } from "./types";

// The workspace's views of documents, each limited by the policy's scope of "document.view".

export const WORKSPACE_PAGE_SIZE = 30;

export function documentScopeWhere(actor: PolicyActor): Prisma.LegalDocumentWhereInput {
  const scope = scopeOf(actor, "document.view");
  if (scope === "all") return {};
  const unitIds = [...new Set(scope.flatMap((clause) => clause.unitIds ?? []))];
  return { unitId: { in: unitIds } };
}

export type WorkspaceDocumentRow = { id: number; number: string; typeLabel: string; summary: string; state: DocumentStateName; effect: EffectName; unitName: string; updatedAt: Date };

export async function listWorkspaceDocuments(actor: PolicyActor, options: { state?: DocumentStateName; q?: string; page: number }) {
  const where: Prisma.LegalDocumentWhereInput = { ...documentScopeWhere(actor), ...(options.state ? { state: options.state } : {}) };
  if (options.q) where.numberKey = { contains: options.q.toLowerCase().replace(/\s+/g, "") };
  const [rows, total] = await Promise.all([
    db.legalDocument.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (options.page - 1) * WORKSPACE_PAGE_SIZE,
      take: WORKSPACE_PAGE_SIZE,
      select: { id: true, number: true, type: true, summary: true, state: true, effectSet: true, effectiveFrom: true, expiresOn: true, updatedAt: true, unit: { select: { name: true } } },
    }),
    db.legalDocument.count({ where }),
  ]);
  const items: WorkspaceDocumentRow[] = rows.map((r) => ({ id: r.id, number: r.number, typeLabel: documentTypeLabel(r.type), summary: r.summary, state: r.state, effect: effectOf(r), unitName: r.unit.name, updatedAt: r.updatedAt }));
  return { items, total, page: options.page, pageCount: Math.max(1, Math.ceil(total / WORKSPACE_PAGE_SIZE)) };
}

export async function getWorkspaceDocument(actor: PolicyActor, id: number) {
  if (!Number.isInteger(id) || id <= 0 || id > 2147483647) return null;
  const row = await db.legalDocument.findUnique({
    where: { id },
    include: {
      unit: { select: { name: true, allowSelfApproval: true, status: true, approvalLevels: true } },
      createdBy: { select: { name: true } },
      legalField: { select: { name: true } },
      files: { orderBy: { sortOrder: "asc" }, select: { file: { select: { id: true, storageKey: true, originalName: true, mimeType: true, size: true, width: true, height: true, variants: true } } } },
      relationsFrom: { select: { kind: true, to: { select: { number: true } } } },
      citations: { select: { article: { select: { id: true, title: true } } } },
    },
  });
  if (!row) return null;
  const target = { unitId: row.unitId, writerId: row.createdById, allowSelfApproval: row.unit.allowSelfApproval, state: row.state };
  if (!can(actor, "document.view", target)) return null;
  return {
    row,
    effect: effectOf(row),
    relations: row.relationsFrom.map((r) => ({ kind: r.kind as RelationKindName, number: r.to.number, label: RELATION_LABELS[r.kind as RelationKindName].outgoing })),
    may: {
      edit: can(actor, "document.edit", target) && (row.state === "DRAFT" || row.state === "RETURNED" || can(actor, "document.return", target)),
      submit: can(actor, "document.submit", target) && (row.state === "DRAFT" || row.state === "RETURNED"),
      approve: can(actor, "document.approve", target) && (row.state === "SUBMITTED" || row.state === "ENDORSED"),
      /** A two-level unit's approver passes it to the province instead of publishing it. */
      endorse: row.state === "SUBMITTED" && row.unit.approvalLevels === 2,
      return: can(actor, "document.return", target) && (row.state === "SUBMITTED" || row.state === "ENDORSED"),
      setEffect: can(actor, "document.setEffect", target) && row.state === "PUBLISHED",
    },
  };
}

export function listLegalFields() {
  return db.legalField.findMany({ where: { hidden: false }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, slug: true } });
}

export type ArticleToReview = { articleId: number; title: string; state: string; unitName: string; documentId: number; documentNumber: string; effect: EffectName };

/**
 * Bài cần rà soát: articles in the person's reach (the scope of "article.view") citing a document
 * that is no longer in force, today, whether set by hand or by its dates.
 */
export async function listArticlesToReview(actor: PolicyActor): Promise<ArticleToReview[]> {
  const articleIds = await db.$queryRaw<{ articleId: number; documentId: number }[]>`
    SELECT c."articleId", c."documentId" FROM "ArticleCitation" c JOIN "LegalDocument" d ON d.id = c."documentId"
    WHERE ${effectSql(todayInVietnam())} = 'EXPIRED'`;
  if (articleIds.length === 0) return [];
  const articles = await db.article.findMany({
    where: { AND: [articleScopeWhere(actor, "article.view"), { id: { in: articleIds.map((r) => r.articleId) }, deletedAt: null }] },
    select: { id: true, title: true, state: true, unit: { select: { name: true } }, citations: { select: { document: { select: { id: true, number: true, effectSet: true, effectiveFrom: true, expiresOn: true } } } } },
    orderBy: { updatedAt: "desc" },
    take: 200,
  });
  return articles.flatMap((a) =>
    a.citations
      .map(({ document: d }) => ({ articleId: a.id, title: a.title, state: a.state, unitName: a.unit.name, documentId: d.id, documentNumber: d.number, effect: effectOf(d) }))
      .filter((row) => row.effect === "EXPIRED"),
  );
}
