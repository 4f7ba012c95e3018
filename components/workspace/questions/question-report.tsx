import { QUESTION_REPORT_HEADER, QUESTION_REPORT_NOTES, QUESTION_REPORT_TITLE, type QuestionReport } from "@/lib/reports/questions-labels";

const number = (n: number | null) => (n === null ? "—" : n.toLocaleString("vi-VN"));

/** Hỏi đáp pháp luật in Báo cáo thống kê: one row per answering unit, then the total. */
export function QuestionReportSection({ report }: { report: QuestionReport }) {
  return (
    <section aria-labelledby="bao-cao-hoi-dap" className="space-y-2">
      <h2 id="bao-cao-hoi-dap" className="text-lg font-semibold">{QUESTION_REPORT_TITLE}</h2>
      <div className="overflow-x-auto">
        <table className="min-w-full border-collapse text-sm">
          <thead>
            <tr className="bg-gray-100">
              {QUESTION_REPORT_HEADER.map((h, i) => (
                <th key={h} scope="col" className={`border border-gray-300 px-2 py-1 ${i === 0 ? "text-left" : "text-right"}`}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.rows.map((r) => (
              <tr key={r.unitId ?? "triage"}>
                <th scope="row" className="border border-gray-300 px-2 py-1 text-left font-normal">{r.name}</th>
                {[r.received, r.answered, r.declined, r.overdue, r.medianDays].map((v, i) => (
                  <td key={i} className={`border border-gray-300 px-2 py-1 text-right ${i === 3 && v ? "font-semibold text-red-700" : ""}`}>{number(v)}</td>
                ))}
              </tr>
            ))}
            <tr className="font-semibold">
              <th scope="row" className="border border-gray-300 px-2 py-1 text-left">Tổng cộng</th>
              {[report.total.received, report.total.answered, report.total.declined, report.total.overdue, report.total.medianDays].map((v, i) => (
                <td key={i} className="border border-gray-300 px-2 py-1 text-right">{number(v)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <div className="space-y-1 text-xs text-muted">
        {QUESTION_REPORT_NOTES.map((n) => <p key={n}>{n}</p>)}
      </div>
    </section>
  );
}
