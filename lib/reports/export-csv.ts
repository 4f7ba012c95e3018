// The report as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads the Vietnamese
// as Windows-1252), commas, CRLF line ends, durations in hours with a decimal point.
import { exportHeader, exportLines, type Cell } from "./export-table";
import type { SortState } from "./columns";
import type { UnitReport } from "./unit-report";

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";
const BOM = "\uFEFF";

/**
 * One field: quoted when it holds a comma, quote or line break. Text that a spreadsheet would run as
 * a formula (=, +, -, @ first) gets a leading apostrophe: unit names are typed by people.
 */
export function csvField(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell);
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function reportCsv(report: UnitReport, sort: SortState): string {
  const lines = [exportHeader(), ...exportLines(report, sort).map((line) => line.cells)];
  return BOM + lines.map((cells) => cells.map(csvField).join(",")).join("\r\n") + "\r\n";
}
