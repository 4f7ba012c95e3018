import { unstable_cache } from "next/cache";
import { DOCUMENTS_TAG } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { effectOf, todayInVietnam } from "./effect";
import { searchDocuments, type DocumentSearchResult } from "./public-search";
import type { DocumentSearch } from "./search-params";
import { documentTypeLabel, RELATION_LABELS, type EffectName, type RelationKindName } from "./types";

// What readers see of Văn bản pháp luật, through Next's data cache under DOCUMENTS_TAG (expired by
// applyChanges when a document is published or changed). Keys carry today's date: tình trạng hiệu
// lực read from the dates changes at midnight without anyone touching the document.

const SAFETY_REVALIDATE_SECONDS = 3600;

function cached<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>) {
  return (...args: A): Promise<R> => unstable_cache(() => fn(...args), ["documents", name, todayInVietnam(), JSON.stringify(args)], { tags: [DOCUMENTS_TAG], revalidate: SAFETY_REVALIDATE_SECONDS })();
}

export const searchPublishedDocuments: (search: DocumentSearch) => Promise<DocumentSearchResult> = cached("search", (search: DocumentSearch) => searchDocuments(search));

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

export type RelatedDocument = { slug: string; number: string; typeLabel: string; summary: string; relation: string };
export type DocumentFile = { storageKey: string; originalName: string; mimeType: string; size: number };

export type PublishedDocument = {
  id: number;
  slug: string;
  number: string;
  type: string;
  typeLabel: string;
  issuer: string;
  signer: string | null;
  issuedOn: string;
  effectiveFrom: string | null;
  expiresOn: string | null;
  effect: EffectName;
  summary: string;
  field: { name: string; slug: string } | null;
  unitName: string;
  publishedAt: string | null;
  updatedAt: string;
  files: DocumentFile[];
  relations: RelatedDocument[];
  citedBy: { slug: string; title: string }[];
};

export const getPublishedDocument = cached("one", async (slug: string): Promise<PublishedDocument | null> => {
  const row = await db.legalDocument.findFirst({
    where: { slug, state: "PUBLISHED" },
    include: {
      legalField: { select: { name: true, slug: true } },
      unit: { select: { name: true } },
      files: { orderBy: { sortOrder: "asc" }, select: { file: { select: { storageKey: true, originalName: true, mimeType: true, size: true } } } },
      relationsFrom: { where: { to: { state: "PUBLISHED" } }, select: { kind: true, to: { select: { slug: true, number: true, type: true, summary: true } } } },
      relationsTo: { where: { from: { state: "PUBLISHED" } }, select: { kind: true, from: { select: { slug: true, number: true, type: true, summary: true } } } },
      citations: { where: { article: { state: "PUBLISHED", deletedAt: null } }, take: 20, select: { article: { select: { slug: true, title: true } } } },
    },
  });
  if (!row) return null;
  const related = (kind: RelationKindName, direction: "outgoing" | "incoming", d: { slug: string; number: string; type: string; summary: string }): RelatedDocument => ({
    slug: d.slug,
    number: d.number,
    typeLabel: documentTypeLabel(d.type),
    summary: d.summary,
    relation: RELATION_LABELS[kind][direction],
  });
  return {
    id: row.id,
    slug: row.slug,
    number: row.number,
    type: row.type,
    typeLabel: documentTypeLabel(row.type),
    issuer: row.issuer,
    signer: row.signer,
    issuedOn: day(row.issuedOn)!,
    effectiveFrom: day(row.effectiveFrom),
    expiresOn: day(row.expiresOn),
    effect: effectOf(row),
    summary: row.summary,
    field: row.legalField,
    unitName: row.unit.name,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    files: row.files.map((f) => f.file),
    relations: [...row.relationsFrom.map((r) => related(r.kind, "outgoing", r.to)), ...row.relationsTo.map((r) => related(r.kind, "incoming", r.from))],
    citedBy: row.citations.map((c) => c.article),
  };
});

export type NewDocument = { slug: string; number: string; typeLabel: string; issuer: string; summary: string; publishedAt: string };

export const listNewDocuments = cached("new", async (limit: number): Promise<NewDocument[]> => {
  const rows = await db.legalDocument.findMany({
    where: { state: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { slug: true, number: true, type: true, issuer: true, summary: true, publishedAt: true },
  });
  return rows.map((r) => ({ slug: r.slug, number: r.number, typeLabel: documentTypeLabel(r.type), issuer: r.issuer, summary: r.summary, publishedAt: (r.publishedAt ?? new Date(0)).toISOString() }));
});

export const listSitemapDocuments = cached("sitemap", async (): Promise<{ slug: string; lastModified: string }[]> => {
  const rows = await db.legalDocument.findMany({ where: { state: "PUBLISHED" }, orderBy: { id: "asc" }, take: 30_000, select: { slug: true, updatedAt: true } });
  return rows.map((r) => ({ slug: r.slug, lastModified: r.updatedAt.toISOString() }));
});

export type Citation = { slug: string; number: string; typeLabel: string; summary: string; effect: EffectName };

/** The published documents an article cites, with their effect today (shown under the article). */
export const listArticleCitations = cached("citations", async (articleId: number): Promise<Citation[]> => {
  const rows = await db.articleCitation.findMany({
    where: { articleId, document: { state: "PUBLISHED" } },
    orderBy: { sortOrder: "asc" },
    select: { document: { select: { slug: true, number: true, type: true, summary: true, effectSet: true, effectiveFrom: true, expiresOn: true } } },
  });
  return rows.map(({ document: d }) => ({ slug: d.slug, number: d.number, typeLabel: documentTypeLabel(d.type), summary: d.summary, effect: effectOf(d) }));
});

/** The published documents a published answer of Hỏi đáp cites, with their effect today (under the answer). */
export const listQuestionCitations = cached("question-citations", async (questionSlug: string): Promise<Citation[]> => {
  const rows = await db.questionCitation.findMany({
    where: { question: { slug: questionSlug, state: "ANSWERED" }, document: { state: "PUBLISHED" } },
    orderBy: { sortOrder: "asc" },
    select: { document: { select: { slug: true, number: true, type: true, summary: true, effectSet: true, effectiveFrom: true, expiresOn: true } } },
  });
  return rows.map(({ document: d }) => ({ slug: d.slug, number: d.number, typeLabel: documentTypeLabel(d.type), summary: d.summary, effect: effectOf(d) }));
});
