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

export async function storeAnswer(tx: Prisma.TransactionClient, attemptId: number, questionId: number, chosen: number[], now: Date): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "ContestAnswer" ("attemptId", "questionId", chosen, "answeredAt") VALUES (${attemptId}, ${questionId}, ${chosen}::int[], ${now})
    ON CONFLICT ("attemptId", "questionId") DO UPDATE SET chosen = EXCLUDED.chosen, "answeredAt" = EXCLUDED."answeredAt"`;
}

/**
 * One answer, saved the moment it is chosen (a small POST from the question page), so a dropped
 * connection loses at most the answer being sent. Refused after the deadline the server fixed, after
 * Nộp bài, and for a question that was not drawn for this attempt.
 */
export async function saveAnswer(input: unknown, now: Date = new Date()): Promise<ActionResult> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(CONTEST_MESSAGES.badChoice);
  const { token, attemptId, questionId } = parsed.data;
  const chosen = [...new Set(parsed.data.chosen)].sort((a, b) => a - b);
  return db.$transaction(async (tx): Promise<ActionResult> => {
    const attempt = await lockAttempt(tx, attemptId, token, "share");
    if (!attempt) return refused(CONTEST_MESSAGES.attemptNotFound);
    const problem = await answerProblem(tx, attempt, questionId, chosen, now);
    if (problem) return refused(problem);
    await storeAnswer(tx, attemptId, questionId, chosen, now);
    return { ok: true };
  });
}
