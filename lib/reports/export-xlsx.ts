// The report as an Excel workbook: a sheet with the title, the period, the date it was made, the
// table (units, totals per unit type, grand total) and the definitions; a second sheet with the
// publications per month (the chart's figures).
import ExcelJS from "exceljs";
import { formatDateTime } from "@/lib/vietnamese";
import { CURRENT_STRUCTURE_LABEL, UNIT_COLUMN_LABEL, SEPARATE_MERGED_LABEL, type SortState, sortRows } from "./columns";
import { exportHeader, exportLines, exportNotes } from "./export-table";
import { periodDays } from "./period";
import type { UnitReport } from "./unit-report";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const REPORT_SHEET = "Báo cáo thống kê";
export const MONTHLY_SHEET = "Xuất bản theo tháng";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EAED" } };

export function reportScopeLine(report: UnitReport): string {
  const scope = report.portalWide ? "Toàn tỉnh" : `Đơn vị: ${report.rows.filter((r) => r.status !== "MERGED").map((r) => r.name).join(", ")}`;
  return `Phạm vi: ${scope}. ${report.separateMerged ? SEPARATE_MERGED_LABEL : CURRENT_STRUCTURE_LABEL}.`;
}

/** `extend` adds sheets of other sections (Hỏi đáp pháp luật: lib/reports/questions.ts). */
export async function reportWorkbook(report: UnitReport, sort: SortState, extend?: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Cổng thông tin phổ biến, giáo dục pháp luật";
  workbook.created = report.generatedAt;

  const sheet = workbook.addWorksheet(REPORT_SHEET, { views: [{ state: "frozen", ySplit: 6, xSplit: 1 }] });
  const header = exportHeader();
  sheet.addRow([REPORT_SHEET]).font = { bold: true, size: 14 };
  sheet.addRow([`Kỳ báo cáo: ${report.period.label} (${periodDays(report.period)})`]);
  sheet.addRow([`Ngày lập: ${formatDateTime(report.generatedAt)} (giờ Việt Nam)`]);
  sheet.addRow([reportScopeLine(report)]);
  sheet.addRow([]);
  const headerRow = sheet.addRow(header);
  headerRow.font = { bold: true };
  headerRow.alignment = { wrapText: true, vertical: "middle" };
  headerRow.eachCell((cell) => (cell.fill = HEADER_FILL));

  for (const line of exportLines(report, sort)) {
    const row = sheet.addRow(line.cells.map((cell) => (cell === "" ? null : cell)));
    if (line.kind !== "unit") row.font = { bold: true };
  }
  sheet.addRow([]);
  for (const note of exportNotes()) sheet.addRow([note]).font = { italic: true, size: 9 };

  sheet.getColumn(1).width = 38;
  sheet.getColumn(2).width = 22;
  sheet.getColumn(3).width = 30;
  for (let i = 4; i <= header.length; i++) {
    const column = sheet.getColumn(i);
    column.width = 13;
    column.numFmt = header[i - 1].endsWith(", giờ") ? "0.00" : "#,##0";
  }

  const monthly = workbook.addWorksheet(MONTHLY_SHEET, { views: [{ state: "frozen", ySplit: 3, xSplit: 1 }] });
  monthly.addRow([`Số bài xuất bản theo tháng — ${report.period.label} (${periodDays(report.period)})`]).font = { bold: true };
  monthly.addRow([]);
  const monthHeader = monthly.addRow([UNIT_COLUMN_LABEL, ...report.period.months.map((m) => m.label), "Tổng"]);
  monthHeader.font = { bold: true };
  monthHeader.eachCell((cell) => (cell.fill = HEADER_FILL));
  for (const row of sortRows(report.rows, sort)) monthly.addRow([row.name, ...row.publishedByMonth, row.figures.published]);
  monthly.addRow(["Tổng cộng", ...report.total.publishedByMonth, report.total.figures.published]).font = { bold: true };
  monthly.getColumn(1).width = 38;
  extend?.(workbook);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
