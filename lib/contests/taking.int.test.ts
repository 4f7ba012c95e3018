import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { attemptForEntrant, findEntrant } from "./entrant-queries";
import { CONTEST_MESSAGES } from "./labels";
import { registerEntrant } from "./register-entrant";
import { roundLeaderboard } from "./results";
import { saveAnswer } from "./save-answer";
import { startAttempt } from "./start-attempt";
import { submitAttempt } from "./submit-attempt";

// The anti-abuse rules of taking a round, on real PostgreSQL: the deadline the server fixed, replayed
// and doubled submissions, questions that were not drawn, one phone for two entrants, the allowance.

const MINUTE = 60_000;
let contestId: number;
let roundId: number;
let groupId: number;
let otherGroupQuestion: number;
let communeId: number;
let phoneCounter = 0;

const phone = () => `0988${String(Date.now() % 100000).padStart(5, "0")}${phoneCounter++ % 10}`;

async function register(over: Record<string, unknown> = {}) {
  const result = await registerEntrant({ contestId, fullName: "Người Kiểm Thử", birthDate: "05/06/2001", phone: phone(), communeId, groupId, ...over });
  if (!result.ok) throw new Error(result.error);
  return result.value.token;
}

async function started(token: string) {
  const result = await startAttempt({ token, roundId });
  if (!result.ok) throw new Error(result.error);
  return db.contestAttempt.findUniqueOrThrow({ where: { id: result.value.attemptId } });
}

beforeAll(async () => {
  const now = Date.now();
  communeId = (await db.unit.findFirstOrThrow({ where: { type: "COMMUNE", status: "ACTIVE" } })).id;
  const contest = await db.contest.create({
    data: {
      slug: `kiem-thu-${now}`,
      name: "Cuộc thi kiểm thử",
      rules: {},
      opensAt: new Date(now - 60 * MINUTE),
      closesAt: new Date(now + 60 * MINUTE),
      tieBreakQuestion: "Bao nhiêu người?",
      groups: { create: [{ name: "Học sinh" }, { name: "Cán bộ" }] },
      rounds: { create: [{ number: 1, name: "Vòng 1", opensAt: new Date(now - 60 * MINUTE), closesAt: new Date(now + 60 * MINUTE), questionCount: 5, timeLimitSeconds: 600, attemptsAllowed: 1 }] },
    },
    include: { groups: true, rounds: true },
  });
  contestId = contest.id;
  roundId = contest.rounds[0].id;
  groupId = contest.groups.find((g) => g.name === "Học sinh")!.id;
  const otherGroupId = contest.groups.find((g) => g.name === "Cán bộ")!.id;
  await db.contestQuestion.createMany({
    data: Array.from({ length: 8 }, (_, i) => ({
      contestId,
      groupId: i < 6 ? groupId : null,
      kind: i === 0 ? ("MULTIPLE" as const) : ("SINGLE" as const),
      text: `Câu hỏi ${i}`,
      options: ["A", "B", "C"],
      correct: i === 0 ? [0, 2] : [1],
      explanation: "Điều 1.",
    })),
  });
  otherGroupQuestion = (await db.contestQuestion.create({
    data: { contestId, groupId: otherGroupId, kind: "SINGLE", text: "Câu của cán bộ", options: ["A", "B"], correct: [0], explanation: "Điều 2." },
  })).id;
});

afterAll(async () => {
  await db.contestAnswer.deleteMany({ where: { attempt: { round: { contestId } } } });
  await db.contest.delete({ where: { id: contestId } });
});

describe("registering", () => {
  it("refuses a second entrant with the same phone, however it is written, and stores no one", async () => {
    const number = phone();
    await register({ phone: number });
    const again = await registerEntrant({ contestId, fullName: "Người Khác", birthDate: "01/01/1990", phone: `+84 ${number.slice(1, 4)} ${number.slice(4)}`, communeId, groupId });
    expect(again).toMatchObject({ ok: false, error: CONTEST_MESSAGES.phoneTaken });
    expect(await db.contestEntrant.count({ where: { contestId, phone: number } })).toBe(1);
  });

  it("lets only one of two simultaneous registrations with one phone through", async () => {
    const number = phone();
    const input = { contestId, fullName: "Người Song Song", birthDate: "01/01/1990", phone: number, communeId, groupId };
    const results = await Promise.all([registerEntrant(input), registerEntrant(input), registerEntrant(input)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.error === CONTEST_MESSAGES.phoneTaken)).toBe(true);
    expect(await db.contestEntrant.count({ where: { contestId, phone: number } })).toBe(1);
  });

  it("refuses a commune that is not an active commune or ward, and a date of birth that is not a day", async () => {
    const agency = await db.unit.findFirstOrThrow({ where: { type: { not: "COMMUNE" } } });
    const result = await registerEntrant({ contestId, fullName: "Người Sai", birthDate: "31/02/2001", phone: phone(), communeId: agency.id, groupId });
    expect(result).toMatchObject({ ok: false, fieldErrors: { birthDate: expect.stringContaining("không có") } });
    const second = await registerEntrant({ contestId, fullName: "Người Sai", birthDate: "01/02/2001", phone: phone(), communeId: agency.id, groupId });
    expect(second).toMatchObject({ ok: false, fieldErrors: { communeId: "Vui lòng chọn xã/phường trong danh sách." } });
  });
});

describe("taking a round", () => {
  it("draws the round's number of questions from the entrant's pool only, and resumes rather than drawing again", async () => {
    const token = await register();
    const attempt = await started(token);
    expect(new Set(attempt.questionIds).size).toBe(5);
    expect(attempt.questionIds).not.toContain(otherGroupQuestion);
    expect(attempt.deadline.getTime() - attempt.startedAt.getTime()).toBe(600_000);
    const again = await startAttempt({ token, roundId });
    expect(again).toEqual({ ok: true, value: { attemptId: attempt.id, resumed: true } });
    expect(await db.contestAttempt.count({ where: { entrant: { tokenHash: { not: "" } }, roundId, id: attempt.id } })).toBe(1);
  });

  it("refuses an answer to a question that was not drawn (a tampered id) and stores nothing", async () => {
    const token = await register();
    const attempt = await started(token);
    const result = await saveAnswer({ token, attemptId: attempt.id, questionId: otherGroupQuestion, chosen: [0] });
    expect(result).toEqual({ ok: false, error: CONTEST_MESSAGES.foreignQuestion });
    expect(await db.contestAnswer.count({ where: { attemptId: attempt.id } })).toBe(0);
  });

  it("refuses answers to someone else's attempt", async () => {
    const mine = await register();
    const theirs = await started(await register());
    const result = await saveAnswer({ token: mine, attemptId: theirs.id, questionId: theirs.questionIds[0], chosen: [1] });
    expect(result).toEqual({ ok: false, error: CONTEST_MESSAGES.attemptNotFound });
    expect(await db.contestAnswer.count({ where: { attemptId: theirs.id } })).toBe(0);
  });

  it("refuses an answer after the deadline the server fixed, and does not count answers sent late with Nộp bài", async () => {
    const token = await register();
    const attempt = await started(token);
    const [first, second] = attempt.questionIds;
    expect(await saveAnswer({ token, attemptId: attempt.id, questionId: first, chosen: [1] })).toEqual({ ok: true });
    const late = new Date(attempt.deadline.getTime() + 1000);
    expect(await saveAnswer({ token, attemptId: attempt.id, questionId: second, chosen: [1] }, late)).toEqual({ ok: false, error: CONTEST_MESSAGES.timeUp });
    const submitted = await submitAttempt({ token, attemptId: attempt.id, answers: [{ questionId: second, chosen: [1] }] }, late);
    expect(submitted).toMatchObject({ ok: true, value: { lateAnswers: 1, durationMs: 600_000 } });
    const stored = await db.contestAnswer.findMany({ where: { attemptId: attempt.id } });
    expect(stored.map((a) => a.questionId)).toEqual([first]);
  });

  it("keeps a changed answer as one row, graded only when exactly right", async () => {
    const token = await register();
    const attempt = await started(token);
    const questions = await db.contestQuestion.findMany({ where: { id: { in: attempt.questionIds } } });
    for (const q of questions) {
      await saveAnswer({ token, attemptId: attempt.id, questionId: q.id, chosen: [0] });
      await saveAnswer({ token, attemptId: attempt.id, questionId: q.id, chosen: q.correct });
    }
    expect(await db.contestAnswer.count({ where: { attemptId: attempt.id } })).toBe(5);
    const result = await submitAttempt({ token, attemptId: attempt.id, tieBreakGuess: "12" });
    expect(result).toMatchObject({ ok: true, value: { correctCount: 5, total: 5 } });
  });

  it("refuses a replayed Nộp bài and an answer after it, leaving the score as it was", async () => {
    const token = await register();
    const attempt = await started(token);
    await saveAnswer({ token, attemptId: attempt.id, questionId: attempt.questionIds[0], chosen: [1] });
    const first = await submitAttempt({ token, attemptId: attempt.id });
    expect(first.ok).toBe(true);
    const before = await db.contestAttempt.findUniqueOrThrow({ where: { id: attempt.id } });
    const replay = await submitAttempt({ token, attemptId: attempt.id, answers: attempt.questionIds.map((questionId) => ({ questionId, chosen: [1] })) });
    expect(replay).toEqual({ ok: false, error: CONTEST_MESSAGES.alreadySubmitted });
    expect(await saveAnswer({ token, attemptId: attempt.id, questionId: attempt.questionIds[1], chosen: [1] })).toEqual({ ok: false, error: CONTEST_MESSAGES.alreadySubmitted });
    const after = await db.contestAttempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(after).toEqual(before);
    expect(await db.contestAnswer.count({ where: { attemptId: attempt.id } })).toBe(1);
  });

  it("accepts exactly one of two simultaneous submissions", async () => {
    const token = await register();
    const attempt = await started(token);
    const results = await Promise.all([submitAttempt({ token, attemptId: attempt.id }), submitAttempt({ token, attemptId: attempt.id })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, error: CONTEST_MESSAGES.alreadySubmitted });
  });

  it("refuses a whole submission carrying a question that was not drawn, storing none of its answers", async () => {
    const token = await register();
    const attempt = await started(token);
    const result = await submitAttempt({ token, attemptId: attempt.id, answers: [{ questionId: attempt.questionIds[0], chosen: [1] }, { questionId: otherGroupQuestion, chosen: [0] }] });
    expect(result).toEqual({ ok: false, error: CONTEST_MESSAGES.foreignQuestion });
    expect(await db.contestAnswer.count({ where: { attemptId: attempt.id } })).toBe(0);
    expect((await db.contestAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).submittedAt).toBeNull();
  });

  it("refuses an attempt beyond the allowance, even when asked twice at once", async () => {
    const token = await register();
    const attempt = await started(token);
    await submitAttempt({ token, attemptId: attempt.id });
    const again = await Promise.all([startAttempt({ token, roundId }), startAttempt({ token, roundId })]);
    expect(again).toEqual([
      { ok: false, error: CONTEST_MESSAGES.noAttemptsLeft },
      { ok: false, error: CONTEST_MESSAGES.noAttemptsLeft },
    ]);
    expect(await db.contestAttempt.count({ where: { entrant: { attempts: { some: { id: attempt.id } } } } })).toBe(1);
  });

  it("starts only one attempt when Bắt đầu làm bài is pressed twice at once", async () => {
    const token = await register();
    const both = await Promise.all([startAttempt({ token, roundId }), startAttempt({ token, roundId })]);
    const ids = both.map((r) => (r.ok ? r.value.attemptId : null));
    expect(ids[0]).not.toBeNull();
    expect(ids[0]).toBe(ids[1]);
  });
});

describe("when the rules keep scores back", () => {
  it("the entrant's pages get no score, right answer or explanation after Nộp bài; with the rules showing them, they do", async () => {
    await db.contest.update({ where: { id: contestId }, data: { showResults: false } });
    try {
      const token = await register();
      const attempt = await started(token);
      await saveAnswer({ token, attemptId: attempt.id, questionId: attempt.questionIds[0], chosen: [1] });
      expect(await submitAttempt({ token, attemptId: attempt.id })).toMatchObject({ ok: true });
      expect((await findEntrant(contestId, token))!.attempts).toEqual([expect.objectContaining({ id: attempt.id, submittedAt: expect.any(Date), correctCount: null })]);
      const view = (await attemptForEntrant(attempt.id, token))!;
      expect(view).toMatchObject({ showResults: false, correctCount: null });
      for (const question of view.questions) expect(Object.keys(question).sort()).toEqual(["chosen", "id", "kind", "options", "text"]);

      await db.contest.update({ where: { id: contestId }, data: { showResults: true } });
      const graded = (await db.contestAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).correctCount;
      expect((await findEntrant(contestId, token))!.attempts[0].correctCount).toBe(graded);
      expect((await attemptForEntrant(attempt.id, token))!.questions[0]).toMatchObject({ correct: expect.any(Array), explanation: expect.any(String) });
    } finally {
      await db.contest.update({ where: { id: contestId }, data: { showResults: true } });
    }
  });
});

describe("the leaderboard", () => {
  it("ranks by score, then time, then how close the tie-break guess came", async () => {
    const board = await roundLeaderboard(roundId);
    const entries = board.entries;
    for (let i = 1; i < entries.length; i++) {
      const [a, b] = [entries[i - 1], entries[i]];
      // No guess ranks after any guess; two without one (Infinity − Infinity would be NaN) tie.
      const gap = (entry: typeof a) => entry.tieBreakGap ?? Number.MAX_SAFE_INTEGER;
      const order = b.correctCount - a.correctCount || a.durationMs - b.durationMs || gap(a) - gap(b);
      expect(order, `${a.rank} before ${b.rank}`).toBeLessThanOrEqual(0);
    }
    expect(entries[0].correctCount).toBe(5);
    expect(board.participants).toBe(entries.length);
  });
});
