import { z } from "zod";
import { idField } from "@/lib/units/fields";
import { PLAN_MESSAGES } from "./messages";
import { rowsFromTable, type PlanRow, type SheetRead } from "./plan-rows";
import { readCsv, readPlanSheet } from "./read-sheet";

// The fields the plan use cases read the same way. A plan's lines come from an uploaded sheet or
// from the text box on screen (CSV, the same columns), whichever was given.

export const planIdField = idField(PLAN_MESSAGES.NOT_FOUND);

export const planTitleField = z
  .string({ message: PLAN_MESSAGES.TITLE_REQUIRED })
  .transform((title) => title.normalize("NFC").replace(/\s+/g, " ").trim())
  .pipe(z.string().min(1, PLAN_MESSAGES.TITLE_REQUIRED).max(200, PLAN_MESSAGES.TITLE_TOO_LONG));

/** Something with a name and bytes: a File from a form, or a buffer from code. */
type SheetLike = { name: string; arrayBuffer(): Promise<ArrayBuffer> } | { name: string; bytes: Buffer };

function isSheet(value: unknown): value is SheetLike {
  if (typeof value !== "object" || value === null || typeof (value as { name?: unknown }).name !== "string") return false;
  return Buffer.isBuffer((value as { bytes?: unknown }).bytes) || typeof (value as { arrayBuffer?: unknown }).arrayBuffer === "function";
}

/** The rows of a plan from `sheet` (an upload) or `text` (typed on screen); null when neither was given. */
export async function readPlanInput(input: { sheet?: unknown; text?: unknown; rows?: unknown }): Promise<SheetRead | null> {
  if (Array.isArray(input.rows)) return rowsFromTable([["Đơn vị cũ", "Đơn vị mới", "Loại đơn vị mới", "Đơn vị cấp trên mới"], ...(input.rows as PlanRow[]).map((r) => [r.from, r.to, r.type ?? "", r.parent ?? ""])]);
  if (isSheet(input.sheet)) {
    // A File has a bytes() method of its own (Blob.bytes), so test for the Buffer, not the name.
    const sheet = input.sheet as { name: string; bytes?: unknown; arrayBuffer?: () => Promise<ArrayBuffer> };
    const bytes = Buffer.isBuffer(sheet.bytes) ? sheet.bytes : Buffer.from(await sheet.arrayBuffer!());
    if (bytes.length > 0) return readPlanSheet(input.sheet.name, bytes);
  }
  if (typeof input.text === "string" && input.text.trim() !== "") return readCsv(input.text);
  return null;
}
