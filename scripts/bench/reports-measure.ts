// Times getUnitReport (the query use case behind /quan-ly/bao-cao and its downloads) and the two
// exports on the data scripts/bench/reports.mjs made. Prints a table; aim: a year portal-wide under 1 s.
import { performance } from "node:perf_hooks";
import { DEFAULT_SORT } from "../../lib/reports/columns";
import { reportCsv } from "../../lib/reports/export-csv";
import { reportWorkbook } from "../../lib/reports/export-xlsx";
import { parsePeriod, type PeriodParams } from "../../lib/reports/period";
import { getUnitReport, type UnitReport } from "../../lib/reports/unit-report";
import { db } from "../../lib/db";
import type { PolicyActor } from "../../lib/policy";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const editor: PolicyActor = { id: 1, portalRoles: ["PROVINCIAL_EDITOR"], memberships: [] };
const approver: PolicyActor = { id: 1, portalRoles: [], memberships: [{ unitId: 47, role: "APPROVER" }] };

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm-up: plans cached, pool connected
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return times;
}

async function report(actor: PolicyActor, params: PeriodParams, separateMerged = false): Promise<UnitReport> {
  const period = parsePeriod(params);
  if (!period.ok) throw new Error(period.error);
  const result = await getUnitReport(actor, { period: period.value, separateMerged });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

async function main() {
  const cases: [string, () => Promise<unknown>][] = [
    ["year 2026, portal-wide", () => report(editor, { ky: "nam", nam: "2026" })],
    ["year 2026, merged units apart", () => report(editor, { ky: "nam", nam: "2026" }, true)],
    ["custom 01/01/2025–28/11/2026 (all)", () => report(editor, { ky: "tuy-chon", tu: "2025-01-01", den: "2026-11-28" })],
    ["quarter 3/2026, portal-wide", () => report(editor, { ky: "quy", nam: "2026", quy: "3" })],
    ["month 10/2026, portal-wide", () => report(editor, { ky: "thang", nam: "2026", thang: "10" })],
    ["year 2026, one approver's unit", () => report(approver, { ky: "nam", nam: "2026" })],
  ];
  const year = await report(editor, { ky: "nam", nam: "2026" });
  cases.push(["CSV of the year (from the report)", async () => reportCsv(year, DEFAULT_SORT)]);
  cases.push(["Excel of the year (from the report)", () => reportWorkbook(year, DEFAULT_SORT)]);

  console.log(`Year 2026: ${year.total.figures.published} publications, ${year.total.figures.submitted} submissions, ${year.rows.length} rows; ${ROUNDS} rounds`);
  console.log(`${"".padEnd(40)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"max ms".padStart(8)}`);
  const results = new Map<string, number[]>();
  for (const [name, fn] of cases) {
    const times = await time(fn);
    results.set(name, times);
    console.log(`${name.padEnd(40)} ${percentile(times, 50).toFixed(1).padStart(8)} ${percentile(times, 95).toFixed(1).padStart(8)} ${Math.max(...times).toFixed(1).padStart(8)}`);
  }
  const yearP95 = percentile(results.get("year 2026, portal-wide")!, 95);
  console.log(`Aim: a year's report, portal-wide, under 1000 ms — ${yearP95 < 1000 ? "met" : "NOT met"} (p95 ${yearP95.toFixed(0)} ms).`);
  await db.$disconnect();
}

main().catch(async (error) => {
  console.error(error);
  await db.$disconnect();
  process.exit(1);
});
