// What the two download routes answer: the same query, scope and figures as the page, as a file.
import type { PolicyActor } from "@/lib/policy";
import { contentDisposition } from "@/lib/storage/download-headers";
import { CSV_CONTENT_TYPE, reportCsv } from "./export-csv";
import { exportFileStem } from "./export-table";
import { reportWorkbook, XLSX_CONTENT_TYPE } from "./export-xlsx";
import { parseReportQuery, type SearchParams } from "./report-query";
import { SIGN_IN_REFUSAL } from "./scope";
import { addQuestionSheet, questionReportCsv, questionReportFor } from "./questions";
import { getUnitReport } from "./unit-report";

export type ExportFormat = "csv" | "xlsx";

export async function exportReport(actor: PolicyActor | null, params: SearchParams, format: ExportFormat, now: Date = new Date()): Promise<Response> {
  const refuse = (status: number, message: string) =>
    new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  if (!actor) return refuse(401, SIGN_IN_REFUSAL);
  const query = parseReportQuery(params, now);
  if (!query.ok) return refuse(400, query.error);
  const result = await getUnitReport(actor, { period: query.value.period, separateMerged: query.value.separateMerged, now });
  if (!result.ok) return refuse(403, result.error);

  const report = result.value;
  const contentType = format === "csv" ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE;
  const questions = await questionReportFor(actor, query.value.period, now);
  const body =
    format === "csv"
      ? Buffer.from(reportCsv(report, query.value.sort) + (questions ? questionReportCsv(questions) : ""), "utf8")
      : await reportWorkbook(report, query.value.sort, (workbook) => questions && addQuestionSheet(workbook, questions, report.period.label));
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(body.length),
      "Content-Disposition": contentDisposition(`${exportFileStem(report)}.${format}`, contentType, true),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** A request's query as the parser reads it. */
export function searchParamsOf(request: Request): SearchParams {
  const params: SearchParams = {};
  for (const [key, value] of new URL(request.url).searchParams) params[key] ??= value;
  return params;
}
