// The report as rows of cells, shared by the CSV and the workbook so both say exactly what the page
// says: the units in the page's order, then the totals per unit type, then the grand total.
import { UNIT_TYPE_LABELS } from "@/lib/units/labels";
import { durationHours, FIGURE_COLUMNS, NOTHING_PUBLISHED, sortRows, UNIT_COLUMN_LABEL, UNIT_TYPE_COLUMN_LABEL, type SortState } from "./columns";
import type { ReportRow, ReportTotal, UnitReport } from "./unit-report";

export type Cell = string | number | null;
export type ExportLine = { kind: "unit" | "type-total" | "total"; cells: Cell[] };

export const NOTE_COLUMN_LABEL = "Ghi chú";

export const ATTRIBUTION_NOTE =
  "Bài viết được tính cho đơn vị viết bài; lịch sử của đơn vị đã sáp nhập được tính vào đơn vị tiếp nhận, trừ khi chọn “Theo đơn vị tại thời điểm”. Thời điểm theo giờ Việt Nam (GMT+7).";

/** Column headings; durations are given in hours in the exports. */
export function exportHeader(): string[] {
  return [
    UNIT_COLUMN_LABEL,
    UNIT_TYPE_COLUMN_LABEL,
    NOTE_COLUMN_LABEL,
    ...FIGURE_COLUMNS.map((c) => (c.duration ? `${c.label}, giờ` : c.label)),
  ];
}

function figureCells(figures: ReportRow["figures"]): Cell[] {
  return FIGURE_COLUMNS.map((c) => (c.duration ? durationHours(c.value(figures)) : c.value(figures)));
}

export function rowNote(row: Pick<ReportRow, "publishedNothing" | "mergedInto" | "includesMerged">): string {
  const notes: string[] = [];
  if (row.mergedInto) notes.push(`Đã sáp nhập vào ${row.mergedInto}`);
  if (row.includesMerged.length > 0) notes.push(`Gồm cả ${row.includesMerged.join(", ")} (đã sáp nhập)`);
  if (row.publishedNothing) notes.push(NOTHING_PUBLISHED);
  return notes.join("; ");
}

function totalNote(total: ReportTotal): string {
  return `${total.units} đơn vị, ${total.idleUnits} ${NOTHING_PUBLISHED.toLowerCase()}`;
}

export function exportLines(report: UnitReport, sort: SortState): ExportLine[] {
  return [
    ...sortRows(report.rows, sort).map((row) => ({
      kind: "unit" as const,
      cells: [row.name, UNIT_TYPE_LABELS[row.type], rowNote(row), ...figureCells(row.figures)],
    })),
    ...report.typeTotals.map((total) => ({
      kind: "type-total" as const,
      cells: [`Tổng – ${total.label}`, total.label, totalNote(total), ...figureCells(total.figures)],
    })),
    { kind: "total" as const, cells: ["Tổng cộng", "", totalNote(report.total), ...figureCells(report.total.figures)] },
  ];
}

/** The notes that define the figures, once each. */
export function exportNotes(): string[] {
  return [ATTRIBUTION_NOTE, ...FIGURE_COLUMNS.flatMap((c) => (c.note ? [`${c.label}: ${c.note}`] : []))];
}

/** "Báo cáo thống kê - Tháng 03-2026" (no slash: it is a file name). */
export function exportFileStem(report: UnitReport): string {
  return `Báo cáo thống kê - ${report.period.label.replace(/\//g, "-")}`;
}
