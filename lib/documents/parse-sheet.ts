import ExcelJS from "exceljs";

// A sheet of documents to import, CSV (UTF-8, comma or semicolon) or Excel (.xlsx), read into rows of
// cells. A cell holding a formula is reported, never evaluated: an imported sheet is data, and a
// formula in it is either a mistake or an attempt to run something in whoever opens the export later.

export type SheetCell = string | Date | null;
export type SheetRow = { line: number; cells: SheetCell[]; formulaColumns: number[] };
export type Sheet = { header: string[]; rows: SheetRow[] };

/** CSV cells that a spreadsheet would run as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^\s*[=+@]|^[\t\r]|^\s*-[^\d\s]/;

export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, "");
  const firstLine = source.split(/\r?\n/, 1)[0] ?? "";
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === separator) {
      row.push(cell);
      cell = "";
    }
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && source[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function fromCsv(text: string): Sheet {
  const [header = [], ...lines] = parseCsv(text);
  const rows = lines.map((cells, index) => ({
    line: index + 2,
    cells: cells.map((c) => (c.trim() === "" ? null : c)),
    formulaColumns: cells.flatMap((c, column) => (c.trim() !== "" && FORMULA_START.test(c) ? [column] : [])),
  }));
  return { header: header.map((h) => h.trim()), rows: rows.filter((r) => r.cells.some((c) => c !== null)) };
}

async function fromXlsx(bytes: Buffer): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { header: [], rows: [] };
  const header: string[] = [];
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: SheetCell[] = [];
    const formulaColumns: number[] = [];
    for (let column = 1; column <= Math.max(row.cellCount, header.length); column++) {
      const cell = row.getCell(column);
      if (cell.type === ExcelJS.ValueType.Formula) formulaColumns.push(column - 1);
      const value = cell.value;
      if (value === null || value === undefined) cells.push(null);
      else if (value instanceof Date) cells.push(value);
      else if (typeof value === "object" && "richText" in value) cells.push(value.richText.map((part) => part.text).join(""));
      else if (typeof value === "object" && "text" in value) cells.push(String(value.text));
      else if (typeof value === "object") cells.push(cell.text || null);
      else cells.push(String(value));
    }
    if (line === 1) header.push(...cells.map((c) => String(c ?? "").trim()));
    else rows.push({ line, cells, formulaColumns });
  });
  return { header, rows };
}

export type ParsedSheet = { ok: true; sheet: Sheet } | { ok: false; error: string };

export async function parseSheet(name: string, bytes: Buffer): Promise<ParsedSheet> {
  const lower = name.toLowerCase();
  try {
    if (lower.endsWith(".xlsx")) return { ok: true, sheet: await fromXlsx(bytes) };
    if (lower.endsWith(".csv") || lower.endsWith(".txt")) return { ok: true, sheet: fromCsv(bytes.toString("utf8")) };
  } catch {
    return { ok: false, error: "Không đọc được tệp bảng tính (tệp hỏng hoặc không đúng định dạng)." };
  }
  return { ok: false, error: "Chỉ nhận tệp CSV (UTF-8) hoặc Excel (.xlsx)." };
}
