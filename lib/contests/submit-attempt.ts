import { z } from "zod";
import { refused, type ActionResult } from "@/lib/action-result";
import { db } from "@/lib/db";
import { correctAnswersSql } from "./grading";
import { CONTEST_MESSAGES } from "./labels";
import { answerSchema, lockAttempt } from "./save-answer";

// At the close of a round thousands submit at once: wait for a pooled connection rather than fail.
const TRANSACTION = { maxWait: 10_000, timeout: 15_000 };

const schema = z.object({
  token: z.string().min(10).max(100),
  attemptId: z.coerce.number().int().positive(),
  /** Answers the page had not yet heard saved; each is checked like a single saved answer. */
  answers: z.array(answerSchema).max(100).optional().default([]),
  tieBreakGuess: z
    .union([z.literal(""), z.coerce.number({ error: CONTEST_MESSAGES.tieBreakInvalid }).int(CONTEST_MESSAGES.tieBreakInvalid).min(0, CONTEST_MESSAGES.tieBreakInvalid).max(1_000_000_000, CONTEST_MESSAGES.tieBreakInvalid)])
    .optional(),
});

export type Submitted = { correctCount: number; total: number; durationMs: number; lateAnswers: number };

/**
 * Nộp bài: once, under the attempt's row lock — a replayed or doubled submission finds it submitted
 * and is refused. Answers sent with it are checked like saved ones (a question not drawn for this
 * attempt refuses the whole submission, nothing stored); those arriving after the deadline are not
 * counted. The time counted stops at the deadline.
 */
export async function submitAttempt(input: unknown, now: Date = new Date()): Promise<ActionResult<Submitted>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const tie = parsed.error.issues.find((issue) => issue.path[0] === "tieBreakGuess");
    return refused(tie ? CONTEST_MESSAGES.tieBreakInvalid : CONTEST_MESSAGES.badChoice, tie ? { tieBreakGuess: CONTEST_MESSAGES.tieBreakInvalid } : undefined);
  }
  const { token, attemptId, answers, tieBreakGuess } = parsed.data;
  return db.$transaction(async (tx): Promise<ActionResult<Submitted>> => {
    const attempt = await lockAttempt(tx, attemptId, token, "update");
    if (!attempt) return refused(CONTEST_MESSAGES.attemptNotFound);
    if (attempt.submittedAt) return refused(CONTEST_MESSAGES.alreadySubmitted);
    const late = now > attempt.deadline;
    if (answers.some((a) => !attempt.questionIds.includes(a.questionId))) return refused(CONTEST_MESSAGES.foreignQuestion);
    if (!late && answers.length > 0) {
      // The last answer to a question wins, as if the entrant had changed it.
      const latest = new Map(answers.map((a) => [a.questionId, [...new Set(a.chosen)].sort((x, y) => x - y)]));
      const questions = await tx.contestQuestion.findMany({ where: { id: { in: [...latest.keys()] } }, select: { id: true, kind: true, options: true } });
      for (const question of questions) {
        const chosen = latest.get(question.id)!;
        if (chosen.some((index) => index >= question.options.length)) return refused(CONTEST_MESSAGES.badChoice);
        if (question.kind === "SINGLE" && chosen.length !== 1) return refused(CONTEST_MESSAGES.singleChoice);
      }
      const rows = JSON.stringify([...latest].map(([questionId, chosen]) => ({ questionId, chosen })));
      await tx.$executeRaw`
        INSERT INTO "ContestAnswer" ("attemptId", "questionId", chosen, "answeredAt")
        SELECT ${attemptId}, (x->>'questionId')::int, ARRAY(SELECT jsonb_array_elements_text(x->'chosen')::int), ${now}
        FROM jsonb_array_elements(${rows}::jsonb) AS x
        ON CONFLICT ("attemptId", "questionId") DO UPDATE SET chosen = EXCLUDED.chosen, "answeredAt" = EXCLUDED."answeredAt"`;
    }
    const finishedAt = late ? attempt.deadline : now;
    const durationMs = finishedAt.getTime() - attempt.startedAt.getTime();
    const guess = typeof tieBreakGuess === "number" ? tieBreakGuess : null;
    // Graded and marked submitted in one statement (grading.ts explains the rule).
    const [{ correctCount }] = await tx.$queryRaw<{ correctCount: number }[]>`
      UPDATE "ContestAttempt" SET "submittedAt" = ${finishedAt}, "durationMs" = ${durationMs}, "tieBreakGuess" = ${guess}::int,
        "correctCount" = (${correctAnswersSql(attemptId)})
      WHERE id = ${attemptId} RETURNING "correctCount"`;
    return { ok: true, value: { correctCount, total: attempt.questionIds.length, durationMs, lateAnswers: late ? answers.length : 0 } };
  }, TRANSACTION);
}
