import { refused } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { citedNumbers, publishedDocumentIds } from "@/lib/documents/cited-documents";
import type { PolicyActor } from "@/lib/policy";
import { lockQuestionFor } from "./locked-question";

// Văn bản được trích dẫn of an answer: the published documents it cites, by số/ký hiệu, set by the
// unit's staff while they draft it (policy `question.answer`, state Đang xử lý), like an article's
// (lib/documents/set-article-citations.ts). Under the published answer each shows its effect of the day.

export const MAX_QUESTION_CITATIONS = 20;

export type QuestionCitationsResult = { ok: true; value: { questionId: number; numbers: string[] } } | { ok: false; error: string };

export async function setQuestionCitations(actor: PolicyActor, raw: unknown): Promise<QuestionCitationsResult> {
  const input = (raw ?? {}) as { questionId?: unknown; numbers?: unknown };
  const numbers = citedNumbers(input.numbers);
  if (numbers.length > MAX_QUESTION_CITATIONS) return refused(`Mỗi câu trả lời trích dẫn tối đa ${MAX_QUESTION_CITATIONS} văn bản.`);
  const questionId = Number(input.questionId);
  if (!Number.isInteger(questionId) || questionId <= 0 || questionId > 2147483647) return refused("Không tìm thấy câu hỏi.");
  return db.$transaction(async (tx): Promise<QuestionCitationsResult> => {
    const gate = await lockQuestionFor(tx, actor, questionId, "question.answer", ["ROUTED"]);
    if (!gate.ok) return gate;
    const cited = await publishedDocumentIds(tx, numbers);
    if (!cited.ok) return refused(cited.error);
    const ids = cited.ids;
    await tx.questionCitation.deleteMany({ where: { questionId } });
    if (ids.length > 0) await tx.questionCitation.createMany({ data: ids.map((documentId, sortOrder) => ({ questionId, documentId, sortOrder })) });
    await writeAudit(tx, { actorId: actor.id, action: "question.cite", targetType: "Question", targetId: questionId, change: { numbers } });
    return { ok: true, value: { questionId, numbers } };
  });
}
