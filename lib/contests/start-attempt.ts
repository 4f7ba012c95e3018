import { randomInt } from "node:crypto";
import { z } from "zod";
import { refused, type ActionResult } from "@/lib/action-result";
import { db } from "@/lib/db";
import { entrantTokenHash } from "./entrant-token";
import { finalizeExpiredAttempts } from "./grading";
import { CONTEST_MESSAGES } from "./labels";

const schema = z.object({ token: z.string().min(10).max(100), roundId: z.coerce.number().int().positive() });

/** k of the ids, drawn at random and in random order (partial Fisher–Yates with a CSPRNG). */
export function drawQuestions(ids: number[], k: number): number[] {
  const pool = [...ids];
  for (let i = 0; i < k; i++) {
    const j = i + randomInt(pool.length - i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, k);
}

export type StartedAttempt = { attemptId: number; resumed: boolean };

/**
 * Bắt đầu làm bài: draws the round's questions from the entrant's group pool and fixes the deadline
 * on the server. An unfinished attempt is resumed rather than a new one drawn. The entrant's row is
 * locked, so two taps (or two tabs) never start two attempts or pass the allowance.
 */
export async function startAttempt(input: unknown, now: Date = new Date()): Promise<ActionResult<StartedAttempt>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(CONTEST_MESSAGES.notRegistered);
  const { token, roundId } = parsed.data;
  return db.$transaction(async (tx): Promise<ActionResult<StartedAttempt>> => {
    const [entrant] = await tx.$queryRaw<{ id: number; contestId: number; groupId: number }[]>`
      SELECT id, "contestId", "groupId" FROM "ContestEntrant" WHERE "tokenHash" = ${entrantTokenHash(token)} FOR UPDATE`;
    if (!entrant) return refused(CONTEST_MESSAGES.notRegistered);
    const round = await tx.contestRound.findUnique({ where: { id: roundId }, include: { contest: { select: { opensAt: true, closesAt: true } } } });
    if (!round || round.contestId !== entrant.contestId) return refused(CONTEST_MESSAGES.roundClosed);
    await finalizeExpiredAttempts(tx, { entrantId: entrant.id }, now);
    const open = await tx.contestAttempt.findFirst({ where: { entrantId: entrant.id, roundId, submittedAt: null }, select: { id: true } });
    if (open) return { ok: true, value: { attemptId: open.id, resumed: true } };
    if (now < round.opensAt || now > round.closesAt || now < round.contest.opensAt || now > round.contest.closesAt) {
      return refused(CONTEST_MESSAGES.roundClosed);
    }
    const taken = await tx.contestAttempt.count({ where: { entrantId: entrant.id, roundId } });
    if (taken >= round.attemptsAllowed) return refused(CONTEST_MESSAGES.noAttemptsLeft);
    const pool = await tx.contestQuestion.findMany({
      where: { contestId: entrant.contestId, OR: [{ groupId: entrant.groupId }, { groupId: null }] },
      select: { id: true },
    });
    if (pool.length < round.questionCount) return refused(CONTEST_MESSAGES.poolTooSmall);
    const limitEnd = now.getTime() + round.timeLimitSeconds * 1000;
    const attempt = await tx.contestAttempt.create({
      data: {
        entrantId: entrant.id,
        roundId,
        number: taken + 1,
        questionIds: drawQuestions(pool.map((q) => q.id), round.questionCount),
        startedAt: now,
        deadline: new Date(Math.min(limitEnd, round.closesAt.getTime())),
      },
      select: { id: true },
    });
    return { ok: true, value: { attemptId: attempt.id, resumed: false } };
  }, { maxWait: 10_000, timeout: 15_000 });
}
