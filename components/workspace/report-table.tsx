import { SortDownIcon, SortUpIcon, WarningIcon } from "@/components/ui/icons";
import Link from "next/link";
import {
  FIGURE_COLUMNS,
  formatCount,
  formatFigure,
  NOTHING_PUBLISHED,
  UNIT_COLUMN_LABEL,
  type ColumnKey,
  type SortState,
} from "@/lib/reports/columns";
import type { Figures } from "@/lib/reports/figures";
import type { ReportRow, UnitReport } from "@/lib/reports/unit-report";
import { UNIT_TYPE_LABELS } from "@/lib/units/labels";

type Props = {
  report: UnitReport;
  /** The rows in the order chosen (sortRows). */
  rows: ReportRow[];
  sort: SortState;
  /** The address of each column heading's link (the other sort order). */
  sortLinks: Record<ColumnKey, string>;
};

/** Short notes under some headings, so a figure that is not "in the period" says so where it is read. */
const HEADING_HINTS: Partial<Record<ColumnKey, string>> = {
  "luot-xem": "đến nay, bài xuất bản trong kỳ",
  "luot-tai": "đến nay, bài xuất bản trong kỳ",
};

function SortHeading({ columnKey, label, sort, href, numeric }: { columnKey: ColumnKey; label: string; sort: SortState; href: string; numeric: boolean }) {
  const active = sort.key === columnKey;
  const direction = active ? (sort.descending ? "descending" : "ascending") : undefined;
  const hint = HEADING_HINTS[columnKey];
  return (
    <th scope="col" aria-sort={direction} className={`px-2 py-2 align-bottom ${numeric ? "text-right" : "text-left"}`}>
      <Link href={href} className="underline decoration-gray-400 underline-offset-2 hover:text-brand-700" title={`Sắp xếp theo ${label}`}>
        {label}
        {active && <> {sort.descending ? <SortDownIcon /> : <SortUpIcon />}</>}
      </Link>
      {hint && <span className="block text-xs font-normal text-muted">({hint})</span>}
    </th>
  );
}

function FigureCells({ figures }: { figures: Figures }) {
  return FIGURE_COLUMNS.map((column) => (
    <td key={column.key} className="whitespace-nowrap px-2 py-2 text-right tabular-nums">
      {formatFigure(column, figures)}
    </td>
  ));
}

function UnitCell({ row }: { row: ReportRow }) {
  return (
    <th scope="row" className="px-2 py-2 text-left font-normal">
      <span className="font-semibold">{row.name}</span>
      <span className="block text-xs text-muted">{UNIT_TYPE_LABELS[row.type]}</span>
      {row.mergedInto && <span className="block text-xs">Đã sáp nhập vào {row.mergedInto}</span>}
      {row.includesMerged.length > 0 && <span className="block text-xs">Gồm cả {row.includesMerged.join(", ")} (đã sáp nhập)</span>}
      {row.publishedNothing && (
        <span className="mt-1 inline-block rounded border border-amber-500 bg-amber-50 px-1.5 text-xs font-semibold text-amber-900">
          <WarningIcon className="mr-1 h-3.5 w-3.5" />
          {NOTHING_PUBLISHED}
        </span>
      )}
    </th>
  );
}

/** The report's table: one row per unit, then the totals per unit type and the grand total. */
export function ReportTable({ report, rows, sort, sortLinks }: Props) {
  return (
    <div className="overflow-x-auto rounded border border-gray-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">Báo cáo thống kê theo đơn vị, {report.period.label}</caption>
        <thead className="bg-gray-100">
          <tr>
            <SortHeading columnKey="don-vi" label={UNIT_COLUMN_LABEL} sort={sort} href={sortLinks["don-vi"]} numeric={false} />
            {FIGURE_COLUMNS.map((column) => (
              <SortHeading key={column.key} columnKey={column.key} label={column.label} sort={sort} href={sortLinks[column.key]} numeric />
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-200 align-top">
          {rows.map((row) => (
            <tr key={row.unitId} data-unit-id={row.unitId} className={row.publishedNothing ? "bg-amber-50/40" : undefined}>
              <UnitCell row={row} />
              <FigureCells figures={row.figures} />
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={FIGURE_COLUMNS.length + 1} className="px-2 py-4 text-muted">Không có đơn vị nào trong phạm vi báo cáo.</td>
            </tr>
          )}
        </tbody>
        <tfoot className="border-t-2 border-gray-400 bg-gray-50 align-top">
          {report.typeTotals.map((total) => (
            <tr key={total.type} className="border-t border-gray-200">
              <th scope="row" className="px-2 py-2 text-left">
                Tổng – {total.label}
                <span className="block text-xs font-normal text-muted">
                  {formatCount(total.units)} đơn vị, {formatCount(total.idleUnits)} chưa có bài xuất bản
                </span>
              </th>
              <FigureCells figures={total.figures} />
            </tr>
          ))}
          <tr className="border-t border-gray-300 font-semibold">
            <th scope="row" className="px-2 py-2 text-left">
              Tổng cộng
              <span className="block text-xs font-normal text-muted">
                {formatCount(report.total.units)} đơn vị, {formatCount(report.total.idleUnits)} chưa có bài xuất bản
              </span>
            </th>
            <FigureCells figures={report.total.figures} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
