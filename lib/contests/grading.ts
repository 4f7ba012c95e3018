import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

// An answer is right when it chose exactly the right choices (a multiple-choice question gives no
// part marks). Graded in SQL so a submission reads no answers into the server.

type Tx = Prisma.TransactionClient;

/** The number of exactly right answers of an attempt, as a subquery. */
export function correctAnswersSql(attemptId: number): Prisma.Sql {
  return Prisma.sql`
    SELECT count(*)::int FROM "ContestAnswer" ca JOIN "ContestQuestion" q ON q.id = ca."questionId"
    WHERE ca."attemptId" = ${attemptId} AND ca.chosen @> q.correct AND ca.chosen <@ q.correct`;
}

/**
 * Attempts whose time ran out before Nộp bài count as submitted at their deadline with the answers
 * saved by then, so a dropped entrant still ranks. Run before reading results or starting again.
 */
export async function finalizeExpiredAttempts(tx: Tx, where: { roundIds?: number[]; entrantId?: number }, now: Date): Promise<number> {
  const roundIds = where.roundIds ?? null;
  const entrantId = where.entrantId ?? null;
  return tx.$executeRaw`
    UPDATE "ContestAttempt" a SET
      "submittedAt" = a.deadline,
      "durationMs" = (extract(epoch FROM a.deadline - a."startedAt") * 1000)::int,
      "correctCount" = (
        SELECT count(*)::int FROM "ContestAnswer" ca JOIN "ContestQuestion" q ON q.id = ca."questionId"
        WHERE ca."attemptId" = a.id AND ca.chosen @> q.correct AND ca.chosen <@ q.correct)
    WHERE a."submittedAt" IS NULL AND a.deadline < ${now}
      AND (${roundIds}::int[] IS NULL OR a."roundId" = ANY(${roundIds}::int[]))
      AND (${entrantId}::int IS NULL OR a."entrantId" = ${entrantId}::int)`;
}

/** An attempt opened after its deadline without Nộp bài: counted as submitted at the deadline. */
export async function finishIfExpired(attemptId: number, now: Date = new Date()): Promise<void> {
  const attempt = await db.contestAttempt.findUnique({ where: { id: attemptId }, select: { entrantId: true } });
  if (attempt) await db.$transaction((tx) => finalizeExpiredAttempts(tx, { entrantId: attempt.entrantId }, now));
}
