import { refused } from "@/lib/action-result";
import type { Prisma } from "@/generated/prisma/client";
import { check, type Action, type PolicyActor } from "@/lib/policy";
import type { QuestionStateName } from "./labels";

/** What every question use case decides on, read under the question's row lock. */
export type LockedQuestion = {
  id: number;
  slug: string;
  title: string;
  state: QuestionStateName;
  unitId: number | null;
  answerWriterId: number | null;
  answerText: string;
  askerEmail: string | null;
  version: number;
  unitStatus: "ACTIVE" | "MERGED" | "ARCHIVED" | null;
  approvalLevels: 1 | 2;
  allowSelfApproval: boolean;
};

export const QUESTION_NOT_FOUND = "Không tìm thấy câu hỏi.";

async function lockQuestion(tx: Prisma.TransactionClient, id: number): Promise<LockedQuestion | null> {
  const rows = await tx.$queryRaw<LockedQuestion[]>`
    SELECT q.id, q.slug, q.title, q.state::text AS state, q."unitId", q."answerWriterId", q."answerText", q."askerEmail", q.version,
           u.status::text AS "unitStatus", COALESCE(u."approvalLevels", 1) AS "approvalLevels", COALESCE(u."allowSelfApproval", false) AS "allowSelfApproval"
    FROM "Question" q LEFT JOIN "Unit" u ON u.id = q."unitId"
    WHERE q.id = ${id}
    FOR UPDATE OF q`;
  return rows[0] ?? null;
}

export function questionTarget(q: LockedQuestion) {
  return { unitId: q.unitId ?? undefined, writerId: q.answerWriterId ?? undefined, allowSelfApproval: q.allowSelfApproval };
}

/**
 * The gate every change to a question starts with, under its row lock: it exists, this person may take
 * `action` on it (a question in triage has no unit, so only portal-wide grants reach it), and it is in
 * one of the states the step starts from; otherwise the person is told what state it is in now.
 */
export async function lockQuestionFor(
  tx: Prisma.TransactionClient,
  actor: PolicyActor | null,
  questionId: unknown,
  action: Action,
  from: readonly QuestionStateName[],
): Promise<{ ok: true; question: LockedQuestion } | { ok: false; error: string }> {
  const id = Number(questionId);
  if (!Number.isInteger(id) || id <= 0) return refused(QUESTION_NOT_FOUND);
  const question = await lockQuestion(tx, id);
  if (!question) return refused(QUESTION_NOT_FOUND);
  if (!check(actor, "question.view", questionTarget(question)).ok) return refused(QUESTION_NOT_FOUND);
  const allowed = check(actor, action, questionTarget(question));
  if (!allowed.ok) return allowed;
  if (!from.includes(question.state)) return refused(STATE_REFUSALS[question.state]);
  return { ok: true, question };
}

const STATE_REFUSALS: Record<QuestionStateName, string> = {
  NEW: "Câu hỏi đang chờ phân công cho đơn vị trả lời.",
  ROUTED: "Câu hỏi đang được đơn vị soạn câu trả lời.",
  SUBMITTED: "Câu trả lời đang chờ duyệt; không thể thực hiện thao tác này.",
  ENDORSED: "Câu trả lời đã được đơn vị duyệt và đang chờ biên tập cấp tỉnh xuất bản.",
  ANSWERED: "Câu hỏi đã được trả lời và công bố.",
  DECLINED: "Câu hỏi đã bị từ chối.",
};

export async function recordQuestionEvent(
  tx: Prisma.TransactionClient,
  event: { questionId: number; actorId: number; action: string; from: QuestionStateName; to: QuestionStateName; unitId?: number | null; note?: string | null },
): Promise<void> {
  await tx.questionEvent.create({
    data: { questionId: event.questionId, actorId: event.actorId, action: event.action, fromState: event.from, toState: event.to, unitId: event.unitId ?? null, note: event.note ?? null },
  });
}
