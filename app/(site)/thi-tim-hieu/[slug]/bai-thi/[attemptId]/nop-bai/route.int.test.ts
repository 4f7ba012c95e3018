import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { contestCookieName } from "@/lib/contests/entrant-token";
import { CONTEST_MESSAGES } from "@/lib/contests/labels";
import { registerEntrant } from "@/lib/contests/register-entrant";
import { startAttempt } from "@/lib/contests/start-attempt";
import { POST } from "./route";

// Nộp bài as the attempt page sends it: the reply never carries the score (the page shows it when the
// rules say so), a replay is refused, a post from another site is refused, and the page without
// JavaScript is sent back to the attempt.

const MINUTE = 60_000;
const ORIGIN = "http://localhost:3000";
let contestId: number;
let roundId: number;
let groupId: number;
let communeId: number;
let serial = 0;

async function attempt() {
  const registered = await registerEntrant({ contestId, fullName: "Người Nộp Bài", birthDate: "01/02/2003", phone: `0966${String(Date.now() % 100000).padStart(5, "0")}${serial++ % 10}`, communeId, groupId });
  if (!registered.ok) throw new Error(registered.error);
  const started = await startAttempt({ token: registered.value.token, roundId });
  if (!started.ok) throw new Error(started.error);
  return { token: registered.value.token, attemptId: started.value.attemptId };
}

function post(a: { token: string; attemptId: number }, body: string, { contentType = "application/json", origin = ORIGIN } = {}) {
  const request = new NextRequest(`${ORIGIN}/thi-tim-hieu/nop-bai-thu/bai-thi/${a.attemptId}/nop-bai`, {
    method: "POST",
    headers: { host: "localhost:3000", origin, "content-type": contentType, cookie: `${contestCookieName(contestId)}=${a.token}` },
    body,
  });
  return POST(request, { params: Promise.resolve({ attemptId: String(a.attemptId) }) });
}

beforeAll(async () => {
  const now = Date.now();
  communeId = (await db.unit.findFirstOrThrow({ where: { type: "COMMUNE", status: "ACTIVE" } })).id;
  const contest = await db.contest.create({
    data: {
      slug: `nop-bai-${now}`,
      name: "Cuộc thi nộp bài",
      rules: {},
      opensAt: new Date(now - 60 * MINUTE),
      closesAt: new Date(now + 60 * MINUTE),
      showResults: false,
      groups: { create: [{ name: "Học sinh" }] },
      rounds: { create: [{ number: 1, name: "Vòng 1", opensAt: new Date(now - 60 * MINUTE), closesAt: new Date(now + 60 * MINUTE), questionCount: 3, timeLimitSeconds: 600, attemptsAllowed: 1 }] },
    },
    include: { groups: true, rounds: true },
  });
  contestId = contest.id;
  roundId = contest.rounds[0].id;
  groupId = contest.groups[0].id;
  await db.contestQuestion.createMany({
    data: Array.from({ length: 3 }, (_, i) => ({ contestId, groupId, kind: "SINGLE" as const, text: `Câu ${i}`, options: ["A", "B"], correct: [0], explanation: "Điều 1." })),
  });
});

afterAll(async () => {
  await db.contestAnswer.deleteMany({ where: { attempt: { round: { contestId } } } });
  await db.contest.delete({ where: { id: contestId } });
});

describe("POST …/nop-bai", () => {
  it("replies { ok: true } without the score, and refuses the replay with its reason", async () => {
    const a = await attempt();
    const { questionIds } = await db.contestAttempt.findUniqueOrThrow({ where: { id: a.attemptId } });
    const body = JSON.stringify({ answers: questionIds.map((questionId) => ({ questionId, chosen: [0] })), tieBreakGuess: "" });
    const first = await post(a, body);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ ok: true });
    expect(await db.contestAttempt.findUniqueOrThrow({ where: { id: a.attemptId } })).toMatchObject({ correctCount: 3, submittedAt: expect.any(Date) });
    const replay = await post(a, body);
    expect(replay.status).toBe(409);
    expect(await replay.json()).toEqual({ ok: false, error: CONTEST_MESSAGES.alreadySubmitted });
  });

  it("refuses a post from another site, submitting nothing", async () => {
    const a = await attempt();
    const response = await post(a, JSON.stringify({ answers: [] }), { origin: "https://example.com" });
    expect(response.status).toBe(403);
    expect((await db.contestAttempt.findUniqueOrThrow({ where: { id: a.attemptId } })).submittedAt).toBeNull();
  });

  it("sends the page without JavaScript back to the attempt, with a tampered question id refused whole", async () => {
    const a = await attempt();
    const tampered = await post(a, "q999999999=0&tieBreakGuess=", { contentType: "application/x-www-form-urlencoded" });
    expect(tampered.status).toBe(303);
    expect(tampered.headers.get("location")).toMatch(new RegExp(`/thi-tim-hieu/nop-bai-thu/bai-thi/${a.attemptId}\\?loi=`));
    expect((await db.contestAttempt.findUniqueOrThrow({ where: { id: a.attemptId } })).submittedAt).toBeNull();
    const sent = await post(a, "tieBreakGuess=", { contentType: "application/x-www-form-urlencoded" });
    expect(sent.status).toBe(303);
    expect(sent.headers.get("location")).toBe(`/thi-tim-hieu/nop-bai-thu/bai-thi/${a.attemptId}`);
    expect((await db.contestAttempt.findUniqueOrThrow({ where: { id: a.attemptId } })).submittedAt).not.toBeNull();
  });
});
