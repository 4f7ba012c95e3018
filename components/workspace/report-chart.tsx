import { formatCount, NOTHING_PUBLISHED } from "@/lib/reports/columns";
import type { PeriodMonth } from "@/lib/reports/period";
import type { ReportRow } from "@/lib/reports/unit-report";

// Số bài xuất bản theo đơn vị và theo tháng, drawn on the server as SVG: one line per unit with its
// name written beside it, one column per month with its number written on it, so nothing is told by
// colour alone. The same figures follow as a table for screen readers and for copying.

type Bucket = { label: string; short: string; year: string; indexes: number[] };

/** A column per month; past two years, a column per year so the chart stays readable. */
function buckets(months: readonly PeriodMonth[]): Bucket[] {
  if (months.length <= 24) {
    return months.map((m, i) => {
      const [year, month] = m.key.split("-");
      return { label: m.label, short: `T${Number(month)}`, year, indexes: [i] };
    });
  }
  const byYear = new Map<string, number[]>();
  months.forEach((m, i) => byYear.set(m.key.slice(0, 4), [...(byYear.get(m.key.slice(0, 4)) ?? []), i]));
  return [...byYear].map(([year, indexes]) => ({ label: `Năm ${year}`, short: year, year, indexes }));
}

const LABEL_WIDTH = 240;
const TOTAL_WIDTH = 64;
const ROW_HEIGHT = 46;
const HEADER_HEIGHT = 40;
const BAR_ROOM = ROW_HEIGHT - 20;

function shorten(name: string, max = 34): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}

export function ReportChart({ rows, months, periodLabel }: { rows: ReportRow[]; months: readonly PeriodMonth[]; periodLabel: string }) {
  const columns = buckets(months);
  const charted = rows.filter((row) => !row.publishedNothing);
  const idle = rows.filter((row) => row.publishedNothing);
  const valuesOf = (row: ReportRow) => columns.map((b) => b.indexes.reduce((n, i) => n + row.publishedByMonth[i], 0));
  const max = Math.max(1, ...charted.flatMap(valuesOf));
  const cell = Math.max(30, Math.min(64, Math.floor(720 / Math.max(columns.length, 1))));
  const width = LABEL_WIDTH + columns.length * cell + TOTAL_WIDTH;
  const height = HEADER_HEIGHT + Math.max(charted.length, 1) * ROW_HEIGHT + 8;
  // Columns are labelled T1…T12; the year is written above the first column of each year when the
  // period spans more than one (otherwise the caption names it).
  const showYears = new Set(columns.map((b) => b.year)).size > 1 && columns.length <= 24;
  const top = [...charted].sort((a, b) => b.figures.published - a.figures.published)[0];
  const span = columns.length > 1 ? `${columns[0].label} – ${columns[columns.length - 1].label}` : columns[0]?.label ?? periodLabel;
  const description =
    `Biểu đồ cột: số bài xuất bản của ${charted.length} đơn vị theo ${columns.length <= 24 ? "tháng" : "năm"}, ${span}.` +
    (top ? ` Nhiều nhất: ${top.name} với ${formatCount(top.figures.published)} bài.` : "") +
    ` ${idle.length} đơn vị chưa có bài xuất bản. Số liệu chi tiết ở bảng ngay dưới biểu đồ.`;

  return (
    <figure className="space-y-3 rounded border border-gray-200 bg-white p-4">
      <figcaption className="font-semibold">Số bài xuất bản theo đơn vị và theo tháng — {periodLabel}</figcaption>
      {charted.length === 0 ? (
        <p className="text-muted">Không đơn vị nào có bài xuất bản trong kỳ.</p>
      ) : (
        // Wider than a phone: the keyboard can focus it to scroll it sideways.
        <div tabIndex={0} role="region" aria-label="Biểu đồ số bài xuất bản (cuộn ngang)" className="overflow-x-auto focus:outline-2 focus:outline-brand-600">
          <svg
            role="img"
            aria-labelledby="bieu-do-tieu-de"
            aria-describedby="bieu-do-mo-ta"
            viewBox={`0 0 ${width} ${height}`}
            width={width}
            height={height}
            className="max-w-none font-sans"
          >
            <title id="bieu-do-tieu-de">Số bài xuất bản theo đơn vị và theo tháng</title>
            <desc id="bieu-do-mo-ta">{description}</desc>
            {columns.map((bucket, j) => {
              const x = LABEL_WIDTH + j * cell + cell / 2;
              return (
                <g key={bucket.label}>
                  {showYears && (j === 0 || bucket.year !== columns[j - 1].year) && (
                    <text x={LABEL_WIDTH + j * cell + 2} y={12} fontSize={11} fill="#57606a">{bucket.year}</text>
                  )}
                  <text x={x} y={30} fontSize={12} textAnchor="middle" fontWeight={600} fill="#1f2328">
                    {bucket.short}
                  </text>
                </g>
              );
            })}
            <text x={LABEL_WIDTH + columns.length * cell + TOTAL_WIDTH / 2} y={30} fontSize={12} textAnchor="middle" fontWeight={700} fill="#1f2328">Tổng</text>
            {charted.map((row, i) => {
              const y0 = HEADER_HEIGHT + i * ROW_HEIGHT;
              const baseline = y0 + ROW_HEIGHT - 6;
              return (
                <g key={row.unitId}>
                  <title>{`${row.name}: ${formatCount(row.figures.published)} bài xuất bản`}</title>
                  {i > 0 && <line x1={0} x2={width} y1={y0} y2={y0} stroke="#e5e7eb" />}
                  <text x={0} y={baseline - 8} fontSize={12} fill="#1f2328">{shorten(row.name)}</text>
                  <line x1={LABEL_WIDTH} x2={LABEL_WIDTH + columns.length * cell} y1={baseline} y2={baseline} stroke="#8c959f" />
                  {valuesOf(row).map((value, j) => {
                    const barHeight = value === 0 ? 0 : Math.max(2, Math.round((value / max) * BAR_ROOM));
                    const x = LABEL_WIDTH + j * cell;
                    return (
                      <g key={columns[j].label}>
                        {value > 0 && <rect x={x + 5} y={baseline - barHeight} width={cell - 10} height={barHeight} fill="#b3261e" stroke="#74170f" />}
                        {value > 0 && (
                          <text
                            x={x + cell / 2}
                            y={barHeight > 15 ? baseline - barHeight + 12 : baseline - barHeight - 3}
                            fontSize={11}
                            textAnchor="middle"
                            fontWeight={700}
                            fill={barHeight > 15 ? "#ffffff" : "#1f2328"}
                          >
                            {formatCount(value)}
                          </text>
                        )}
                      </g>
                    );
                  })}
                  <text x={LABEL_WIDTH + columns.length * cell + TOTAL_WIDTH / 2} y={baseline - 8} fontSize={13} fontWeight={700} textAnchor="middle" fill="#1f2328">
                    {formatCount(row.figures.published)}
                  </text>
                </g>
              );
            })}
          </svg>
        </div>
      )}
      {idle.length > 0 && (
        <p className="text-sm">
          <span className="font-semibold">{NOTHING_PUBLISHED}:</span> {idle.map((row) => row.name).join(", ")}.
        </p>
      )}
      <details>
        <summary className="cursor-pointer text-sm font-semibold">Bảng số liệu của biểu đồ</summary>
        <div tabIndex={0} role="region" aria-label="Bảng số liệu của biểu đồ (cuộn ngang)" className="mt-2 overflow-x-auto focus:outline-2 focus:outline-brand-600">
          <table className="text-sm">
            <caption className="sr-only">Số bài xuất bản theo đơn vị và theo tháng</caption>
            <thead>
              <tr className="border-b border-gray-300">
                <th scope="col" className="px-2 py-1 text-left">Đơn vị</th>
                {columns.map((bucket) => (
                  <th key={bucket.label} scope="col" className="px-2 py-1 text-right">{bucket.label}</th>
                ))}
                <th scope="col" className="px-2 py-1 text-right">Tổng</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.unitId} className="border-b border-gray-100">
                  <th scope="row" className="px-2 py-1 text-left font-normal">{row.name}</th>
                  {valuesOf(row).map((value, j) => (
                    <td key={columns[j].label} className="px-2 py-1 text-right tabular-nums">{formatCount(value)}</td>
                  ))}
                  <td className="px-2 py-1 text-right font-semibold tabular-nums">{formatCount(row.figures.published)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
