import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { QuestionReportSection } from "@/components/workspace/questions/question-report";
import { ReportChart } from "@/components/workspace/report-chart";
import { ReportPeriodForm } from "@/components/workspace/report-period-form";
import { ReportTable } from "@/components/workspace/report-table";
import { getWorkingActor } from "@/lib/auth/session";
import { canSomewhere } from "@/lib/policy";
import { COLUMN_KEYS, FIGURE_COLUMNS, nextSort, sortParam, sortRows, type ColumnKey } from "@/lib/reports/columns";
import { ATTRIBUTION_NOTE } from "@/lib/reports/export-table";
import { periodDays, vietnamToday } from "@/lib/reports/period";
import { parseReportQuery, reportQueryString, type SearchParams } from "@/lib/reports/report-query";
import { questionReportFor } from "@/lib/reports/questions";
import { getUnitReport } from "@/lib/reports/unit-report";
import { formatDateTime } from "@/lib/vietnamese";

export const metadata: Metadata = { title: "Báo cáo thống kê" };

const PAGE = "/quan-ly/bao-cao";

export default async function ReportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await getWorkingActor();
  if (!actor) redirect("/dang-nhap");
  if (!canSomewhere(actor, "report.view")) redirect("/quan-ly?khong-co-quyen");
  const params = await searchParams;
  const now = new Date();
  const query = parseReportQuery(params, now);
  const today = vietnamToday(now);
  const thisYear = today.year;
  // Only years that have begun: a period still to come would show an empty report.
  const years = Array.from({ length: 12 }, (_, i) => thisYear - i);

  if (!query.ok) {
    return (
      <div className="space-y-5">
        <h1 className="text-2xl font-bold">Báo cáo thống kê</h1>
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">{query.error}</p>
        <ReportPeriodForm
          fields={query.fields}
          separateMerged={query.separateMerged}
          sort={sortParam(query.sort)}
          fieldErrors={query.fieldErrors}
          years={years}
          today={today}
        />
      </div>
    );
  }

  const result = await getUnitReport(actor, { period: query.value.period, separateMerged: query.value.separateMerged, now });
  if (!result.ok) {
    return (
      <div className="space-y-5">
        <h1 className="text-2xl font-bold">Báo cáo thống kê</h1>
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">{result.error}</p>
      </div>
    );
  }
  const report = result.value;
  const questions = await questionReportFor(actor, query.value.period, now);
  const { sort, period } = query.value;
  const rows = sortRows(report.rows, sort);
  const sortLinks = Object.fromEntries(
    COLUMN_KEYS.map((key) => [key, `${PAGE}${reportQueryString(query.value, { sort: nextSort(sort, key) })}`]),
  ) as Record<ColumnKey, string>;
  const exportQuery = reportQueryString(query.value);

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Báo cáo thống kê</h1>
      <ReportPeriodForm fields={period.fields} separateMerged={report.separateMerged} sort={sortParam(sort)} fieldErrors={{}} years={years} today={today} />

      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status" className="text-sm">
          <span className="font-semibold">Kỳ báo cáo: {period.label}</span> ({periodDays(period)}, giờ Việt Nam).{" "}
          {report.portalWide ? "Toàn tỉnh" : "Đơn vị bạn duyệt"}: {report.total.units} đơn vị, {report.total.idleUnits} chưa có bài xuất bản. Lập lúc{" "}
          {formatDateTime(report.generatedAt)}.
        </p>
        <div className="flex gap-2 text-sm">
          <a href={`${PAGE}/csv${exportQuery}`} className="rounded border border-gray-400 bg-white px-3 py-2 hover:bg-gray-100" download>
            Tải CSV
          </a>
          <a href={`${PAGE}/excel${exportQuery}`} className="rounded border border-gray-400 bg-white px-3 py-2 hover:bg-gray-100" download>
            Tải Excel
          </a>
        </div>
      </div>

      <ReportTable report={report} rows={rows} sort={sort} sortLinks={sortLinks} />

      <div className="space-y-1 text-xs text-muted">
        <p>{ATTRIBUTION_NOTE}</p>
        {FIGURE_COLUMNS.filter((c) => c.note).map((c) => (
          <p key={c.key}>
            <span className="font-semibold">{c.label}:</span> {c.note}
          </p>
        ))}
      </div>

      <ReportChart rows={rows} months={period.months} periodLabel={period.label} />
      {questions && <QuestionReportSection report={questions} />}
    </div>
  );
}
