// Hỏi đáp pháp luật in Báo cáo thống kê: per answering unit and period — questions received, answered,
// declined, overdue, and the median days from receipt to the published answer. The same scope as the
// rest of the report (lib/reports/scope.ts). Counted in PostgreSQL, one query.
import { db } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import type ExcelJS from "exceljs";
import type { PolicyActor } from "@/lib/policy";
import { csvField } from "./export-csv";
import { QUESTION_REPORT_HEADER, QUESTION_REPORT_NOTES, QUESTION_REPORT_TITLE, type QuestionReport, type QuestionReportRow } from "./questions-labels";
import { reportScope, type ReportScope } from "./scope";

export type { QuestionReport, QuestionReportRow };
export { QUESTION_REPORT_HEADER, QUESTION_REPORT_NOTES, QUESTION_REPORT_TITLE };

const TRIAGE_NAME = "Chờ phân công (Sở Tư pháp)";

export async function getQuestionReport(scope: ReportScope, period: { from: Date; to: Date }, now: Date = new Date()): Promise<QuestionReport> {
  const unitFilter = scope.portalWide ? Prisma.empty : Prisma.sql`AND q."unitId" IN (${Prisma.join(scope.unitIds.length > 0 ? scope.unitIds : [-1])})`;
  const { from, to } = period;
  const rows = await db.$queryRaw<{ unitId: number | null; name: string | null; received: number; answered: number; declined: number; overdue: number; median: number | null }[]>`
    SELECT q."unitId", u.name,
      count(*) FILTER (WHERE q."createdAt" >= ${from} AND q."createdAt" < ${to})::int AS received,
      count(*) FILTER (WHERE q.state = 'ANSWERED' AND q."answeredAt" >= ${from} AND q."answeredAt" < ${to})::int AS answered,
      count(*) FILTER (WHERE q.state = 'DECLINED' AND q."declinedAt" >= ${from} AND q."declinedAt" < ${to})::int AS declined,
      count(*) FILTER (WHERE q."createdAt" >= ${from} AND q."createdAt" < ${to} AND (
        (q.state IN ('NEW', 'ROUTED', 'SUBMITTED', 'ENDORSED') AND q."dueAt" < ${now})
        OR COALESCE(q."answeredAt", q."declinedAt") > q."dueAt"))::int AS overdue,
      round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM q."answeredAt" - q."createdAt") / 86400)
        FILTER (WHERE q.state = 'ANSWERED' AND q."answeredAt" >= ${from} AND q."answeredAt" < ${to}))::numeric, 1)::float8 AS median
    FROM "Question" q LEFT JOIN "Unit" u ON u.id = q."unitId"
    WHERE (q."createdAt" < ${to}) ${unitFilter}
    GROUP BY q."unitId", u.name`;
  const all = rows
    .map((r) => ({ unitId: r.unitId, name: r.name ?? TRIAGE_NAME, received: r.received, answered: r.answered, declined: r.declined, overdue: r.overdue, medianDays: r.median }))
    .filter((r) => r.received + r.answered + r.declined + r.overdue > 0)
    .sort((a, b) => (a.unitId === null ? -1 : b.unitId === null ? 1 : a.name.localeCompare(b.name, "vi")));
  const sum = (key: "received" | "answered" | "declined" | "overdue") => all.reduce((n, r) => n + r[key], 0);
  const [median] = await db.$queryRaw<{ median: number | null }[]>`
    SELECT round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM q."answeredAt" - q."createdAt") / 86400))::numeric, 1)::float8 AS median
    FROM "Question" q WHERE q.state = 'ANSWERED' AND q."answeredAt" >= ${from} AND q."answeredAt" < ${to} ${unitFilter}`;
  return { rows: all, total: { received: sum("received"), answered: sum("answered"), declined: sum("declined"), overdue: sum("overdue"), medianDays: median?.median ?? null } };
}

/** The section as rows of cells, for the CSV and the workbook. */
export function questionReportLines(report: QuestionReport): (string | number | null)[][] {
  return [
    ...report.rows.map((r) => [r.name, r.received, r.answered, r.declined, r.overdue, r.medianDays]),
    ["Tổng cộng", report.total.received, report.total.answered, report.total.declined, report.total.overdue, report.total.medianDays],
  ];
}

/** The section for this person's report scope; null when they may not see reports. */
export async function questionReportFor(actor: PolicyActor | null, period: { from: Date; to: Date }, now: Date = new Date()): Promise<QuestionReport | null> {
  const scope = reportScope(actor);
  return scope.ok ? getQuestionReport(scope.value, period, now) : null;
}

/** The section appended to the CSV after the units' table: a blank line, the title, the table, the notes. */
export function questionReportCsv(report: QuestionReport): string {
  const rows = [[], [QUESTION_REPORT_TITLE], QUESTION_REPORT_HEADER, ...questionReportLines(report), ...QUESTION_REPORT_NOTES.map((n) => [n])];
  return rows.map((cells) => cells.map((c) => csvField(c)).join(",")).join("\r\n") + "\r\n";
}

/** The section as its own sheet of the workbook. */
export function addQuestionSheet(workbook: ExcelJS.Workbook, report: QuestionReport, periodLabel: string): void {
  const sheet = workbook.addWorksheet(QUESTION_REPORT_TITLE);
  sheet.addRow([`${QUESTION_REPORT_TITLE} — ${periodLabel}`]).font = { bold: true };
  sheet.addRow([]);
  sheet.addRow(QUESTION_REPORT_HEADER).font = { bold: true };
  for (const line of questionReportLines(report)) sheet.addRow(line);
  sheet.lastRow!.font = { bold: true };
  sheet.addRow([]);
  for (const note of QUESTION_REPORT_NOTES) sheet.addRow([note]).font = { italic: true, size: 9 };
  sheet.getColumn(1).width = 38;
  for (let i = 2; i <= QUESTION_REPORT_HEADER.length; i++) sheet.getColumn(i).width = 14;
}
