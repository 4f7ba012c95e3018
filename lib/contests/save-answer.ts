import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { refused, type ActionResult } from "@/lib/action-result";
import { db } from "@/lib/db";
import { entrantTokenHash } from "./entrant-token";
import { CONTEST_MESSAGES } from "./labels";

export const answerSchema = z.object({
  questionId: z.coerce.number().int().positive(),
  chosen: z.array(z.coerce.number().int().min(0).max(9)).min(1, CONTEST_MESSAGES.badChoice).max(10),
});

const schema = answerSchema.extend({ token: z.string().min(10).max(100), attemptId: z.coerce.number().int().positive() });

export type LockedAttempt = {
  id: number;
  entrantId: number;
  questionIds: number[];
  startedAt: Date;
  deadline: Date;
  submittedAt: Date | null;
  tokenHash: string;
};

/** The attempt under a row lock, only for the browser that holds its entrant's secret. */
export async function lockAttempt(tx: Prisma.TransactionClient, attemptId: number, token: string, mode: "share" | "update"): Promise<LockedAttempt | null> {
  const rows =
    mode === "update"
      ? await tx.$queryRaw<LockedAttempt[]>`
          SELECT a.id, a."entrantId", a."questionIds", a."startedAt", a.deadline, a."submittedAt", e."tokenHash"
          FROM "ContestAttempt" a JOIN "ContestEntrant" e ON e.id = a."entrantId" WHERE a.id = ${attemptId} FOR UPDATE OF a`
      : await tx.$queryRaw<LockedAttempt[]>`
          SELECT a.id, a."entrantId", a."questionIds", a."startedAt", a.deadline, a."submittedAt", e."tokenHash"
          FROM "ContestAttempt" a JOIN "ContestEntrant" e ON e.id = a."entrantId" WHERE a.id = ${attemptId} FOR SHARE OF a`;
  const attempt = rows[0];
  return attempt && attempt.tokenHash === entrantTokenHash(token) ? attempt : null;
}

/** Why an answer cannot be stored, or null; `chosen` must already be distinct. */
export async function answerProblem(tx: Prisma.TransactionClient, attempt: LockedAttempt, questionId: number, chosen: number[], now: Date): Promise<string | null> {
  if (attempt.submittedAt) return CONTEST_MESSAGES.alreadySubmitted;
  if (now > attempt.deadline) return CONTEST_MESSAGES.timeUp;
  if (!attempt.questionIds.includes(questionId)) return CONTEST_MESSAGES.foreignQuestion;
  const question = await tx.contestQuestion.findUnique({ where: { id: questionId }, select: { kind: true, options: true } });
  if (!question) return CONTEST_MESSAGES.foreignQuestion;
  if (chosen.some((index) => index >= question.options.length)) return CONTEST_MESSAGES.badChoice;
  if (question.kind === "SINGLE" && chosen.length !== 1) return CONTEST_MESSAGES.singleChoice;
  return null;
}

/**
 * One answer, saved the moment it is chosen (a small POST from the question page), so a dropped
 * connection loses at most the answer being sent. Refused after the deadline the server fixed, after
 * Nộp bài, and for a question that was not drawn for this attempt.
 *
 * The checks and the write are one statement (under a share lock on the attempt, which Nộp bài's
 * update lock waits for): thousands of entrants answer at once, and an interactive transaction per
 * answer would hold a pooled connection for four round trips. Only a refused answer is looked at
 * again, to say why.
 */
export async function saveAnswer(input: unknown, now: Date = new Date()): Promise<ActionResult> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(CONTEST_MESSAGES.badChoice);
  const { token, attemptId, questionId } = parsed.data;
  const chosen = [...new Set(parsed.data.chosen)].sort((a, b) => a - b);
  const stored = await db.$queryRaw<{ done: number }[]>`
    WITH target AS (
      SELECT a.id FROM "ContestAttempt" a JOIN "ContestEntrant" e ON e.id = a."entrantId"
      WHERE a.id = ${attemptId} AND e."tokenHash" = ${entrantTokenHash(token)} AND a."submittedAt" IS NULL
        AND a.deadline >= ${now} AND ${questionId}::int = ANY(a."questionIds")
      FOR SHARE OF a
    ), question AS (
      SELECT id FROM "ContestQuestion"
      WHERE id = ${questionId} AND cardinality(options) > ${chosen[chosen.length - 1]}::int
        AND (kind = 'MULTIPLE' OR ${chosen.length}::int = 1)
    )
    INSERT INTO "ContestAnswer" ("attemptId", "questionId", chosen, "answeredAt")
    SELECT target.id, question.id, ${chosen}::int[], ${now} FROM target, question
    ON CONFLICT ("attemptId", "questionId") DO UPDATE SET chosen = EXCLUDED.chosen, "answeredAt" = EXCLUDED."answeredAt"
    RETURNING 1 AS done`;
  if (stored.length === 1) return { ok: true };
  return db.$transaction(async (tx): Promise<ActionResult> => {
    const attempt = await lockAttempt(tx, attemptId, token, "share");
    if (!attempt) return refused(CONTEST_MESSAGES.attemptNotFound);
    return refused((await answerProblem(tx, attempt, questionId, chosen, now)) ?? CONTEST_MESSAGES.badChoice);
  });
}
