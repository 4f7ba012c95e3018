import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { rowsFromTable, type SheetRead } from "./plan-rows";

// A plan sheet uploaded as Excel (.xlsx) or CSV (UTF-8, comma or semicolon separated, as Excel saves
// it in Vietnamese settings), read into the plan's rows.

export const MAX_SHEET_BYTES = 5 * 1024 * 1024;

export const READ_MESSAGES = {
  TOO_LARGE: "Tệp kế hoạch lớn hơn 5 MB.",
  UNREADABLE: "Không đọc được tệp: hãy dùng tệp Excel (.xlsx) hoặc CSV theo mẫu.",
  WRONG_KIND: "Tệp kế hoạch phải là Excel (.xlsx) hoặc CSV.",
} as const;

function tableOf(sheet: ExcelJS.Worksheet | undefined): string[][] {
  const table: string[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text ?? "";
    });
    table[number - 1] = Array.from(cells, (cell) => cell ?? "");
  });
  return Array.from(table, (cells) => cells ?? []);
}

/** The delimiter of a CSV text: a semicolon when the header has one and no comma. */
function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  return header.includes(";") && !header.includes(",") ? ";" : ",";
}

export async function readCsv(text: string): Promise<SheetRead> {
  const clean = text.replace(/^\uFEFF/, "");
  const workbook = new ExcelJS.Workbook();
  try {
    // Cells are kept as typed: no dates or numbers guessed from names.
    const sheet = await workbook.csv.read(Readable.from([clean]), { parserOptions: { delimiter: delimiterOf(clean) }, map: (value: unknown) => value });
    return rowsFromTable(tableOf(sheet));
  } catch {
    return { ok: false, error: READ_MESSAGES.UNREADABLE };
  }
}

/** Reads an uploaded plan file by its name and first bytes. */
export async function readPlanSheet(name: string, bytes: Buffer): Promise<SheetRead> {
  if (bytes.length > MAX_SHEET_BYTES) return { ok: false, error: READ_MESSAGES.TOO_LARGE };
  const isZip = bytes.subarray(0, 2).toString("latin1") === "PK";
  if (isZip || /\.xlsx$/i.test(name)) {
    if (!isZip) return { ok: false, error: READ_MESSAGES.UNREADABLE };
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      return { ok: false, error: READ_MESSAGES.UNREADABLE };
    }
    return rowsFromTable(tableOf(workbook.worksheets[0]));
  }
  if (!/\.(csv|txt)$/i.test(name) && name !== "") return { ok: false, error: READ_MESSAGES.WRONG_KIND };
  return readCsv(bytes.toString("utf8"));
}
