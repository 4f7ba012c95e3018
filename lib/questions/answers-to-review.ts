import { db } from "@/lib/db";
import { effectOf, todayInVietnam } from "@/lib/documents/effect";
import { effectSql } from "@/lib/documents/public-search";
import type { EffectName } from "@/lib/documents/types";
import type { PolicyActor } from "@/lib/policy";
import { questionScopeWhere } from "./scope";

// Bài cần rà soát, for Hỏi đáp: answers (drafts and published ones) citing a document no longer in
// force, among the questions this person may view, so the unit checks what it tells the asker and readers.

export type AnswerToReview = { questionId: number; title: string; state: string; unitName: string; documentId: number; documentNumber: string; effect: EffectName };

export async function listAnswersToReview(actor: PolicyActor): Promise<AnswerToReview[]> {
  const cited = await db.$queryRaw<{ questionId: number }[]>`
    SELECT DISTINCT c."questionId" FROM "QuestionCitation" c JOIN "LegalDocument" d ON d.id = c."documentId"
    WHERE ${effectSql(todayInVietnam())} = 'EXPIRED'`;
  if (cited.length === 0) return [];
  const questions = await db.question.findMany({
    where: { AND: [questionScopeWhere(actor), { id: { in: cited.map((r) => r.questionId) }, state: { not: "DECLINED" } }] },
    select: { id: true, title: true, state: true, unit: { select: { name: true } }, citations: { select: { document: { select: { id: true, number: true, effectSet: true, effectiveFrom: true, expiresOn: true } } } } },
    orderBy: { updatedAt: "desc" },
    take: 200,
  });
  return questions.flatMap((q) =>
    q.citations
      .map(({ document: d }) => ({ questionId: q.id, title: q.title, state: q.state, unitName: q.unit?.name ?? "", documentId: d.id, documentNumber: d.number, effect: effectOf(d) }))
      .filter((row) => row.effect === "EXPIRED"),
  );
}
