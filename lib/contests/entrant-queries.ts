import { db } from "@/lib/db";
import { entrantTokenHash } from "./entrant-token";

// What one entrant sees of their own registration and attempts: read per request, never cached.

/** `correctCount` is null until submitted, and always when the contest's rules keep scores back. */
export type EntrantAttempt = { id: number; roundId: number; number: number; deadline: Date; submittedAt: Date | null; correctCount: number | null; durationMs: number | null; total: number };

export type EntrantState = { id: number; fullName: string; groupName: string; attempts: EntrantAttempt[] };

export async function findEntrant(contestId: number, token: string | undefined): Promise<EntrantState | null> {
  if (!token || token.length > 100) return null;
  const entrant = await db.contestEntrant.findFirst({
    where: { contestId, tokenHash: entrantTokenHash(token) },
    include: { group: { select: { name: true } }, contest: { select: { showResults: true } }, attempts: { orderBy: [{ roundId: "asc" }, { number: "asc" }] } },
  });
  if (!entrant) return null;
  // When the rules keep scores back until the results are announced, the entrant's pages get none.
  const scores = entrant.contest.showResults;
  return {
    id: entrant.id,
    fullName: entrant.fullName,
    groupName: entrant.group.name,
    attempts: entrant.attempts.map((a) => ({
      id: a.id,
      roundId: a.roundId,
      number: a.number,
      deadline: a.deadline,
      submittedAt: a.submittedAt,
      correctCount: scores ? a.correctCount : null,
      durationMs: a.durationMs,
      total: a.questionIds.length,
    })),
  };
}

export type AttemptQuestion = { id: number; kind: "SINGLE" | "MULTIPLE"; text: string; options: string[]; chosen: number[] };
export type ReviewedQuestion = AttemptQuestion & { correct: number[]; explanation: string };

export type AttemptView = {
  id: number;
  contestId: number;
  contestSlug: string;
  contestName: string;
  roundName: string;
  number: number;
  attemptsAllowed: number;
  tieBreakQuestion: string | null;
  deadline: Date;
  remainingMs: number;
  submittedAt: Date | null;
  correctCount: number | null;
  durationMs: number | null;
  showResults: boolean;
  questions: AttemptQuestion[] | ReviewedQuestion[];
};

/** The attempt as its entrant sees it: the questions in the drawn order with what was chosen so far. */
export async function attemptForEntrant(attemptId: number, token: string | undefined, now: Date = new Date()): Promise<AttemptView | null> {
  if (!token || !Number.isInteger(attemptId) || attemptId <= 0) return null;
  const attempt = await db.contestAttempt.findUnique({
    where: { id: attemptId },
    include: { entrant: { select: { tokenHash: true } }, round: { include: { contest: true } }, answers: true },
  });
  if (!attempt || attempt.entrant.tokenHash !== entrantTokenHash(token)) return null;
  const questions = await db.contestQuestion.findMany({ where: { id: { in: attempt.questionIds } } });
  const byId = new Map(questions.map((q) => [q.id, q]));
  const chosen = new Map(attempt.answers.map((a) => [a.questionId, a.chosen]));
  const contest = attempt.round.contest;
  const reveal = attempt.submittedAt !== null && contest.showResults;
  return {
    id: attempt.id,
    contestId: contest.id,
    contestSlug: contest.slug,
    contestName: contest.name,
    roundName: attempt.round.name,
    number: attempt.number,
    attemptsAllowed: attempt.round.attemptsAllowed,
    tieBreakQuestion: contest.tieBreakQuestion,
    deadline: attempt.deadline,
    remainingMs: Math.max(0, attempt.deadline.getTime() - now.getTime()),
    submittedAt: attempt.submittedAt,
    correctCount: reveal ? attempt.correctCount : null,
    durationMs: attempt.durationMs,
    showResults: contest.showResults,
    questions: attempt.questionIds.map((id) => {
      const q = byId.get(id)!;
      const base = { id, kind: q.kind, text: q.text, options: q.options, chosen: chosen.get(id) ?? [] };
      return reveal ? { ...base, correct: q.correct, explanation: q.explanation } : base;
    }),
  };
}
