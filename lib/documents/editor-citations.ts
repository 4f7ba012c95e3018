import { canEditArticle } from "@/lib/articles/save-article";
import { db } from "@/lib/db";
import { can, type PolicyActor } from "@/lib/policy";
import { effectOf } from "./effect";
import { queryWords } from "./search-words";
import { documentTypeLabel, EFFECT_LABELS } from "./types";

// What the Văn bản được trích dẫn field shows in the editor: the article's citations, and published
// documents matching what the writer types (the same word search as /van-ban).

export type EditorCitation = { number: string; label: string; summary: string; effect: string };

const select = { number: true, type: true, summary: true, effectSet: true, effectiveFrom: true, expiresOn: true } as const;

function toCitation(d: { number: string; type: string; summary: string; effectSet: string | null; effectiveFrom: Date | null; expiresOn: Date | null }): EditorCitation {
  return { number: d.number, label: `${documentTypeLabel(d.type)} ${d.number}`, summary: d.summary, effect: EFFECT_LABELS[effectOf(d as Parameters<typeof effectOf>[0])] };
}

/** Null when this person may not edit the article. */
export async function citationsForEditor(actor: PolicyActor, articleId: number): Promise<EditorCitation[] | null> {
  if (!Number.isInteger(articleId) || articleId <= 0 || articleId > 2147483647) return null;
  const article = await db.article.findUnique({ where: { id: articleId }, select: { state: true, unitId: true, writerId: true, correctionSubmittedAt: true, deletedAt: true } });
  if (!article || article.deletedAt || !canEditArticle(actor, article)) return null;
  const rows = await db.articleCitation.findMany({ where: { articleId }, orderBy: { sortOrder: "asc" }, select: { document: { select } } });
  return rows.map((r) => toCitation(r.document));
}

/** An answer's citations (Hỏi đáp), for staff who may view the question; null otherwise. */
export async function citationsForQuestionEditor(actor: PolicyActor, questionId: number): Promise<EditorCitation[] | null> {
  if (!Number.isInteger(questionId) || questionId <= 0 || questionId > 2147483647) return null;
  const question = await db.question.findUnique({ where: { id: questionId }, select: { unitId: true } });
  if (!question || !can(actor, "question.view", { unitId: question.unitId ?? undefined })) return null;
  const rows = await db.questionCitation.findMany({ where: { questionId }, orderBy: { sortOrder: "asc" }, select: { document: { select } } });
  return rows.map((r) => toCitation(r.document));
}

export async function suggestDocuments(query: string): Promise<EditorCitation[]> {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const rows = await db.legalDocument.findMany({ where: { state: "PUBLISHED", searchWords: { hasEvery: words } }, orderBy: { issuedOn: "desc" }, take: 8, select });
  return rows.map(toCitation);
}
