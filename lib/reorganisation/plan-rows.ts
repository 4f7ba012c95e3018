import { foldDiacritics } from "@/lib/vietnamese";
import type { UnitTypeName } from "@/lib/units/labels";

// One line of a reorganisation plan, as the administrator wrote it in the sheet or on screen: an old
// unit and the unit it becomes. Pure, shared by the checker, the sheet reader and the pages.

export type PlanRow = {
  /** The line in the sheet (the header is line 1), so problems can say where to look. */
  line: number;
  /** The unit as it is today: its address (slug) or its exact name; blank to found a new unit (a split). */
  from: string;
  /** The unit it becomes: an existing unit (address or name), itself, or the name of a new unit. */
  to: string;
  /** The kind of the new unit, when one is created (blank: as the old unit, a commune for a district). */
  type: string;
  /** Where the unit it becomes sits: blank for directly under the province. */
  parent: string;
};

/** The sheet's columns, in order, as the template names them. */
export const PLAN_COLUMNS = ["Đơn vị cũ", "Đơn vị mới", "Loại đơn vị mới", "Đơn vị cấp trên mới"] as const;

const HEADER_KEYS: Record<string, keyof Omit<PlanRow, "line">> = {
  "don vi cu": "from",
  "don vi moi": "to",
  "loai don vi moi": "type",
  "loai don vi": "type",
  "don vi cap tren moi": "parent",
  "don vi cap tren": "parent",
  "cap tren": "parent",
};

/** A cell or header compared without case, diacritics or repeated spaces. */
export function foldKey(text: string): string {
  return foldDiacritics(text).toLowerCase().replace(/\s+/g, " ").trim();
}

export type SheetRead = { ok: true; rows: PlanRow[] } | { ok: false; error: string };

export const SHEET_MESSAGES = {
  EMPTY: "Tệp kế hoạch không có dòng nào.",
  NO_HEADER: `Dòng đầu của tệp phải là tên các cột: ${PLAN_COLUMNS.join(", ")}.`,
  TOO_MANY: "Kế hoạch có quá nhiều dòng (tối đa 5.000).",
} as const;

export const MAX_PLAN_ROWS = 5_000;

/**
 * The plan's rows from a table of cells (first row: the headers, in any order, named as in the
 * template). Blank lines are skipped; line numbers are kept as the sheet shows them.
 */
export function rowsFromTable(table: readonly (readonly string[])[]): SheetRead {
  const nonEmpty = table.findIndex((cells) => cells.some((cell) => cell.trim() !== ""));
  if (nonEmpty < 0) return { ok: false, error: SHEET_MESSAGES.EMPTY };
  const header = table[nonEmpty].map((cell) => HEADER_KEYS[foldKey(cell)]);
  if (!header.includes("from") || !header.includes("to")) return { ok: false, error: SHEET_MESSAGES.NO_HEADER };
  const rows: PlanRow[] = [];
  for (let index = nonEmpty + 1; index < table.length; index++) {
    const cells = table[index];
    if (!cells.some((cell) => cell.trim() !== "")) continue;
    const row: PlanRow = { line: index + 1, from: "", to: "", type: "", parent: "" };
    header.forEach((key, column) => {
      if (key) row[key] = (cells[column] ?? "").replace(/\s+/g, " ").trim();
    });
    rows.push(row);
  }
  if (rows.length === 0) return { ok: false, error: SHEET_MESSAGES.EMPTY };
  if (rows.length > MAX_PLAN_ROWS) return { ok: false, error: SHEET_MESSAGES.TOO_MANY };
  return { ok: true, rows };
}

/** The rows written back as a sheet (header first), for editing on screen and the template. */
export function rowsToTable(rows: readonly Omit<PlanRow, "line">[]): string[][] {
  return [[...PLAN_COLUMNS], ...rows.map((row) => [row.from, row.to, row.type, row.parent])];
}

const TYPE_WORDS: [string, UnitTypeName][] = [
  ["xa/phuong/thi tran", "COMMUNE"],
  ["xa, phuong, thi tran", "COMMUNE"],
  ["xa", "COMMUNE"],
  ["phuong", "COMMUNE"],
  ["thi tran", "COMMUNE"],
  ["dac khu", "COMMUNE"],
  ["commune", "COMMUNE"],
  ["huyen/thi xa/thanh pho", "DISTRICT"],
  ["huyen", "DISTRICT"],
  ["thi xa", "DISTRICT"],
  ["thanh pho", "DISTRICT"],
  ["district", "DISTRICT"],
  ["so/ban/nganh", "PROVINCIAL_AGENCY"],
  ["so, ban, nganh", "PROVINCIAL_AGENCY"],
  ["so", "PROVINCIAL_AGENCY"],
  ["ban", "PROVINCIAL_AGENCY"],
  ["nganh", "PROVINCIAL_AGENCY"],
  ["provincial_agency", "PROVINCIAL_AGENCY"],
];

/** The unit type a "Loại đơn vị mới" cell names; undefined for a blank cell, null for an unknown word. */
export function parseUnitType(text: string): UnitTypeName | null | undefined {
  const key = foldKey(text);
  if (key === "") return undefined;
  return TYPE_WORDS.find(([word]) => word === key)?.[1] ?? null;
}
