// Sends 500 questions from 20 concurrent clients through submitQuestion on the data
// scripts/bench/questions.mjs made, each form twice, then checks that none was lost or doubled.
import { performance } from "node:perf_hooks";
import { db } from "../../lib/db";
import { issueQuestionToken } from "../../lib/questions/form-subject";
import { submitQuestion } from "../../lib/questions/submit-question";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const PER_CLIENT = Number(process.env.BENCH_QUESTIONS_PER_CLIENT ?? 25);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const communes = (await db.unit.findMany({ where: { type: "COMMUNE" }, select: { id: true } })).map((c) => c.id);
  const fields = (await db.legalField.findMany({ select: { id: true } })).map((f) => f.id);
  const times: number[] = [];
  const accepted: { code: string; title: string }[] = [];
  const refusals = new Map<string, number>();
  const started = performance.now();

  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      const address = `10.20.0.${client + 1}`;
      for (let i = 0; i < PER_CLIENT; i++) {
        const n = client * PER_CLIENT + i;
        const form = {
          name: `Người hỏi số ${n}`,
          email: `nguoi.hoi.${n}@example.vn`,
          communeId: String(communes[n % communes.length]),
          fieldId: String(fields[n % fields.length]),
          title: `Câu hỏi thử tải số ${n} về thủ tục`,
          content: `Nội dung câu hỏi thử tải số ${n}: xin hỏi thủ tục và thời hạn giải quyết như thế nào?`,
          consent: "on",
          website: "",
          token: issueQuestionToken(Date.now() - 5000),
        };
        const t0 = performance.now();
        // A double tap: the same form twice at once. Exactly one may be stored.
        const results = await Promise.all([submitQuestion(form, { address }), submitQuestion({ ...form }, { address })]);
        times.push(performance.now() - t0);
        for (const result of results) {
          if (result.ok) accepted.push({ code: result.value.code, title: form.title });
          else refusals.set(result.reason, (refusals.get(result.reason) ?? 0) + 1);
        }
      }
    }),
  );
  const elapsed = performance.now() - started;
  const expected = CLIENTS * PER_CLIENT;
  const stored = await db.question.count();
  const distinctTitles = (await db.question.groupBy({ by: ["title"] })).length;
  const distinctCodes = new Set(accepted.map((a) => a.code)).size;
  const routed = await db.question.count({ where: { state: "ROUTED" } });
  const events = await db.questionEvent.count();

  console.log(`Clients: ${CLIENTS}, forms: ${expected}, each sent twice at once (${expected * 2} submissions)`);
  console.log(`Accepted: ${accepted.length}; refused: ${JSON.stringify(Object.fromEntries(refusals))}`);
  console.log(`Stored: ${stored} questions (${distinctTitles} distinct), ${distinctCodes} distinct tracking codes, ${routed} routed by rule, ${events} events`);
  console.log(
    `Time: ${(elapsed / 1000).toFixed(1)} s in all, ${(expected / (elapsed / 1000)).toFixed(0)} forms/s; per form (both sends) ` +
      `median ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`,
  );
  const ok = accepted.length === expected && stored === expected && distinctTitles === expected && distinctCodes === expected && events === expected && refusals.get("token-used") === expected;
  await db.$disconnect();
  if (!ok) {
    console.error("✖ questions lost or doubled");
    process.exit(1);
  }
  console.log("✔ none lost, none doubled");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
