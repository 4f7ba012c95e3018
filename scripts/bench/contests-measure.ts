// Run by scripts/bench/contests.mjs against a database of its own. Registers BENCH_ENTRANTS entrants
// (default 2,000) and starts their attempts (not timed), then, timed:
//   1. answers as they go: every entrant's 20 answers, one small save each, from BENCH_CLIENTS
//      (default 50) at a time as fast as they are answered — the capacity for answers (in a real
//      15-minute round they arrive over the 15 minutes, 44 a second for 2,000 entrants);
//   2. Nộp bài: every entrant's submission within BENCH_SECONDS (default 60), arrivals spread evenly,
//      each carrying its 20 answers again (as a page that lost its connection would), plus a replay of
//      one in ten, which must be refused.
// Then checks that every attempt is submitted once with exactly its 20 answers, and prints p50/p95/p99.
// With BENCH_ORIGIN (set by contests.mjs when BENCH_HTTP=1) steps 1 and 2 go over HTTP to that
// production server, as the attempt page sends them: POST …/tra-loi and …/nop-bai with the entrant's
// cookie and the page's Origin, JSON in and out.
import { performance } from "node:perf_hooks";
import { registerEntrant } from "../../lib/contests/register-entrant";
import { saveAnswer } from "../../lib/contests/save-answer";
import { startAttempt } from "../../lib/contests/start-attempt";
import { submitAttempt } from "../../lib/contests/submit-attempt";
import { db } from "../../lib/db";

const ENTRANTS = Number(process.env.BENCH_ENTRANTS ?? 2000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const QUESTIONS = 20;
const ORIGIN = process.env.BENCH_ORIGIN;
const SLUG = "do-hieu-nang";

const ANSWERS = process.env.BENCH_ANSWERS !== "0";

type Outcome = { ok: boolean };
/** Replies over HTTP that were neither an acceptance (200) nor a refusal (409), by status. */
const failures = new Map<string, number>();

/** One of the attempt page's POSTs; a refusal is { ok: false }, a failed request is counted apart. */
async function postFromPage(contestId: number, token: string, attemptId: number, action: "tra-loi" | "nop-bai", body: unknown): Promise<Outcome & { failed?: boolean }> {
  let status = "no reply";
  try {
    const response = await fetch(`${ORIGIN}/thi-tim-hieu/${SLUG}/bai-thi/${attemptId}/${action}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN!, cookie: `du-thi-${contestId}=${token}` },
      body: JSON.stringify(body),
    });
    status = `${action} ${response.status}`;
    const result = (await response.json()) as Outcome;
    if (response.status === (result.ok ? 200 : 409)) return result;
  } catch {
    // counted below
  }
  failures.set(status, (failures.get(status) ?? 0) + 1);
  return { ok: false, failed: true };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Runs `work(i)` for i in 0..n-1, starting each at its evenly spread moment within `seconds`. */
async function spread<T>(n: number, seconds: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const start = performance.now();
  return Promise.all(Array.from({ length: n }, async (_, i) => {
    await sleep(start + (i * seconds * 1000) / n - performance.now());
    return work(i);
  }));
}

async function limited<T>(n: number, concurrency: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(n);
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < n) {
      const i = next++;
      results[i] = await work(i);
    }
  }));
  return results;
}

async function main() {
  const now = Date.now();
  const communes = await Promise.all(
    Array.from({ length: 20 }, (_, i) => db.unit.create({ data: { name: `Xã Đo ${i}`, slug: `xa-do-${i}`, type: "COMMUNE" } })),
  );
  const contest = await db.contest.create({
    data: {
      slug: SLUG,
      name: "Cuộc thi đo hiệu năng",
      rules: {},
      opensAt: new Date(now - 3600_000),
      closesAt: new Date(now + 3 * 3600_000),
      groups: { create: [{ name: "Học sinh" }, { name: "Người lao động" }] },
      rounds: { create: [{ number: 1, name: "Vòng 1", opensAt: new Date(now - 3600_000), closesAt: new Date(now + 3 * 3600_000), questionCount: QUESTIONS, timeLimitSeconds: 3 * 3600, attemptsAllowed: 1 }] },
    },
    include: { groups: true, rounds: true },
  });
  await db.contestQuestion.createMany({
    data: Array.from({ length: 60 }, (_, i) => ({
      contestId: contest.id,
      groupId: i < 40 ? null : contest.groups[i % 2].id,
      kind: i % 5 === 0 ? ("MULTIPLE" as const) : ("SINGLE" as const),
      text: `Câu hỏi số ${i}`,
      options: ["A", "B", "C", "D"],
      correct: i % 5 === 0 ? [0, 2] : [i % 4],
      explanation: "Căn cứ pháp luật.",
    })),
  });
  const roundId = contest.rounds[0].id;

  const setupStart = performance.now();
  const entrants = await limited(ENTRANTS, 10, async (i) => {
    const registered = await registerEntrant({
      contestId: contest.id,
      fullName: `Người dự thi ${i}`,
      birthDate: "01/01/2000",
      phone: `09${String(i).padStart(8, "0")}`,
      communeId: communes[i % communes.length].id,
      groupId: contest.groups[i % 2].id,
    });
    if (!registered.ok) throw new Error(registered.error);
    const started = await startAttempt({ token: registered.value.token, roundId });
    if (!started.ok) throw new Error(started.error);
    const attempt = await db.contestAttempt.findUniqueOrThrow({ where: { id: started.value.attemptId }, select: { questionIds: true } });
    return { token: registered.value.token, attemptId: started.value.attemptId, questionIds: attempt.questionIds };
  });
  console.log(`Setup: ${ENTRANTS} entrants registered and started in ${((performance.now() - setupStart) / 1000).toFixed(1)} s (not timed below).`);

  const answer = (e: (typeof entrants)[number], input: { questionId: number; chosen: number[] }): Promise<Outcome> =>
    ORIGIN ? postFromPage(contest.id, e.token, e.attemptId, "tra-loi", input) : saveAnswer({ token: e.token, attemptId: e.attemptId, ...input });
  const submit = (e: (typeof entrants)[number], input: { tieBreakGuess: string; answers: { questionId: number; chosen: number[] }[] }): Promise<Outcome> =>
    ORIGIN ? postFromPage(contest.id, e.token, e.attemptId, "nop-bai", input) : submitAttempt({ token: e.token, attemptId: e.attemptId, ...input });
  if (ORIGIN) {
    // Both routes loaded once before timing (an attempt that does not exist: 404, nothing stored).
    for (const action of ["tra-loi", "nop-bai"]) {
      await fetch(`${ORIGIN}/thi-tim-hieu/${SLUG}/bai-thi/999999999/${action}`, { method: "POST", headers: { "content-type": "application/json", origin: ORIGIN }, body: "{}" });
    }
    console.log(`Over HTTP: ${ORIGIN} (the production server, one process).`);
  }

  // 1. Answers as they go: ENTRANTS × 20 saves, CLIENTS at a time.
  const answerTimes: number[] = [];
  let answerRefusals = 0;
  const answersStart = performance.now();
  // BENCH_ANSWERS=0 leaves this step out: Nộp bài then brings all 20 answers, as it does anyway.
  await limited(ANSWERS ? ENTRANTS * QUESTIONS : 0, CLIENTS, async (k) => {
    const e = entrants[k % ENTRANTS];
    const q = Math.floor(k / ENTRANTS);
    const t = performance.now();
    const result = await answer(e, { questionId: e.questionIds[q], chosen: [k % 3] });
    answerTimes.push(performance.now() - t);
    if (!result.ok) answerRefusals++;
  });
  const answersWall = (performance.now() - answersStart) / 1000;

  // 2. Nộp bài: ENTRANTS submissions within SECONDS, each carrying its 20 answers (as a page that
  // kept some offline would), and a replay of every tenth.
  const submitTimes: number[] = [];
  let submitted = 0;
  let replaysRefused = 0;
  const submitStart = performance.now();
  await spread(ENTRANTS, SECONDS, async (i) => {
    const e = entrants[i];
    const input = { tieBreakGuess: String(1500 + i), answers: e.questionIds.map((questionId) => ({ questionId, chosen: [1] })) };
    const t = performance.now();
    const result = await submit(e, input);
    submitTimes.push(performance.now() - t);
    if (result.ok) submitted++;
    if (i % 10 === 0) {
      const replay = await submit(e, input);
      if (!replay.ok && !("failed" in replay)) replaysRefused++;
    }
  });
  const submitWall = (performance.now() - submitStart) / 1000;

  const [check] = await db.$queryRaw<{ attempts: number; submitted: number; answers: number; wrongCount: number }[]>`
    SELECT count(*)::int AS attempts, count("submittedAt")::int AS submitted,
           (SELECT count(*)::int FROM "ContestAnswer") AS answers,
           (SELECT count(*)::int FROM "ContestAttempt" a WHERE (SELECT count(*) FROM "ContestAnswer" ca WHERE ca."attemptId" = a.id) <> ${QUESTIONS}) AS "wrongCount"
    FROM "ContestAttempt"`;
  const row = (name: string, times: number[], wall: number) =>
    `| ${name} | ${times.length} | ${wall.toFixed(1)} | ${(times.length / wall).toFixed(0)} | ${percentile(times, 50).toFixed(0)} | ${percentile(times, 95).toFixed(0)} | ${percentile(times, 99).toFixed(0)} | ${Math.max(...times).toFixed(0)} |`;
  console.log("\n| operation | count | seconds | per s | p50 ms | p95 ms | p99 ms | max ms |");
  console.log("|---|---|---|---|---|---|---|---|");
  if (ANSWERS) console.log(row(`answer saved (${CLIENTS} at a time)`, answerTimes, answersWall));
  console.log(row(`Nộp bài within ${SECONDS} s (with its 20 answers)`, submitTimes, submitWall));
  console.log(
    `\nChecks: ${check.attempts} attempts, ${check.submitted} submitted (${submitted} accepted), ${check.answers} answers ` +
      `(expected ${ENTRANTS * QUESTIONS}), attempts without exactly ${QUESTIONS} answers: ${check.wrongCount}, ` +
      `answer refusals: ${answerRefusals}, replays refused: ${replaysRefused}/${Math.ceil(ENTRANTS / 10)}` +
      (ORIGIN ? `, failed requests: ${failures.size ? [...failures].map(([status, n]) => `${n} × ${status}`).join(", ") : "none"}.` : "."),
  );
  const ok =
    check.submitted === ENTRANTS && submitted === ENTRANTS && check.answers === ENTRANTS * QUESTIONS && check.wrongCount === 0 &&
    answerRefusals === 0 && replaysRefused === Math.ceil(ENTRANTS / 10) && percentile(submitTimes, 95) < 1000;
  console.log(ok ? "PASS: none lost or doubled, p95 of a submission under 1 s." : "FAIL");
  await db.$disconnect();
  if (!ok) process.exit(1);
}

void main();
