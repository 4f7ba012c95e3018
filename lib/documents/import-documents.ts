import { refused } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { cleanFileName } from "@/lib/storage/file-name";
import { foldDiacritics, slugify } from "@/lib/vietnamese";
import { checkDocumentFields, type DocumentFields } from "./document-fields";
import { DOCUMENT_UNIT_NOT_ACTIVE, isUniqueViolation } from "./locked-document";
import { notifyApprovers } from "./notify-approvers";
import { parseSheet, type Sheet, type SheetCell } from "./parse-sheet";
import { DOCUMENT_FILE_TYPES, documentData, duplicateMessage } from "./save-document";
import { numberKeyOf } from "./search-words";
import { DOCUMENT_TYPES, documentTypeLabel, EFFECT_LABELS, EFFECTS } from "./types";

// Nhập văn bản từ tệp: a CSV or Excel sheet, one document per row, each row's files named in the
// "Tệp" column and matched to files the person uploaded for the unit beforehand. Every row is checked
// first; one refusal and nothing is imported, with the report of every refused row. Imported documents
// wait for approval (Chờ duyệt) like any other.

export const IMPORT_COLUMNS = ["Số/ký hiệu", "Loại văn bản", "Cơ quan ban hành", "Người ký", "Ngày ban hành", "Ngày có hiệu lực", "Ngày hết hiệu lực", "Tình trạng hiệu lực", "Lĩnh vực", "Trích yếu", "Tệp"] as const;
const KEYS = ["number", "type", "issuer", "signer", "issuedOn", "effectiveFrom", "expiresOn", "effectSet", "legalField", "summary", "files"] as const;
type Key = (typeof KEYS)[number];

export const MAX_IMPORT_ROWS = 10_000;
/** The largest sheet taken; next.config.ts lets a server action's body be this big (and a little more). */
export const MAX_SHEET_BYTES = 20 * 1024 * 1024;
const NO_SHEET = "Chưa chọn tệp CSV hoặc Excel (tối đa 20 MB).";

export type RowRefusal = { line: number; number: string; problems: string[] };
export type ImportResult =
  | { ok: true; value: { imported: number } }
  | { ok: false; error: string; fieldErrors?: Record<string, string>; report?: RowRefusal[] };

type SheetInput = { name: string; bytes: Buffer };

const fold = (text: string) => foldDiacritics(text).toLowerCase().replace(/\s+/g, " ").trim();
const TYPE_BY_NAME = new Map(DOCUMENT_TYPES.flatMap((t) => [[fold(t.label), t.key], [t.key.toLowerCase(), t.key]]));
const EFFECT_BY_NAME = new Map(EFFECTS.map((e) => [fold(EFFECT_LABELS[e]), e]));

function tooLarge(name: string, size: number): string {
  const megabytes = (size / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 });
  return `Tệp “${name}” nặng ${megabytes} MB, quá giới hạn 20 MB của mỗi lần nhập. Vui lòng chia danh sách thành nhiều tệp nhỏ hơn.`;
}

/** The sheet sent, or the Vietnamese reason it is not taken (none chosen, or over MAX_SHEET_BYTES; read no further). */
async function readSheetInput(raw: unknown): Promise<{ ok: true; sheet: SheetInput } | { ok: false; error: string }> {
  if (raw && typeof raw === "object" && "arrayBuffer" in raw && typeof (raw as Blob).arrayBuffer === "function") {
    const file = raw as File;
    if (file.size === 0) return { ok: false, error: NO_SHEET };
    if (file.size > MAX_SHEET_BYTES) return { ok: false, error: tooLarge(file.name ?? "", file.size) };
    return { ok: true, sheet: { name: file.name ?? "", bytes: Buffer.from(await file.arrayBuffer()) } };
  }
  if (raw && typeof raw === "object" && "bytes" in raw) {
    const sheet = raw as SheetInput;
    return sheet.bytes.length > MAX_SHEET_BYTES ? { ok: false, error: tooLarge(sheet.name, sheet.bytes.length) } : { ok: true, sheet };
  }
  return { ok: false, error: NO_SHEET };
}

export async function importDocuments(actor: PolicyActor, raw: unknown): Promise<ImportResult> {
  const input = (raw ?? {}) as { unitId?: unknown; sheet?: unknown };
  const unitId = Number(input.unitId);
  const allowed = check(actor, "document.import", { unitId });
  if (!allowed.ok) return allowed;
  const read = await readSheetInput(input.sheet);
  if (!read.ok) return refused(read.error, { sheet: read.error });
  const sheetInput = read.sheet;
  const parsed = await parseSheet(sheetInput.name, sheetInput.bytes);
  if (!parsed.ok) return refused(parsed.error, { sheet: parsed.error });
  const columns = columnsOf(parsed.sheet);
  if (!columns.ok) return refused(columns.error, { sheet: columns.error });
  if (parsed.sheet.rows.length === 0) return refused("Tệp không có dòng văn bản nào.", { sheet: "Tệp không có dòng văn bản nào." });
  if (parsed.sheet.rows.length > MAX_IMPORT_ROWS) return refused(`Mỗi lần nhập tối đa ${MAX_IMPORT_ROWS} dòng.`, { sheet: `Mỗi lần nhập tối đa ${MAX_IMPORT_ROWS} dòng.` });

  const [unit, fields, uploads] = await Promise.all([
    db.unit.findUnique({ where: { id: unitId }, select: { status: true } }),
    db.legalField.findMany({ select: { id: true, name: true } }),
    db.storedFile.findMany({ where: { uploadedById: actor.id, unitId }, orderBy: { id: "desc" }, select: { id: true, originalName: true, mimeType: true } }),
  ]);
  if (unit?.status !== "ACTIVE") return refused(DOCUMENT_UNIT_NOT_ACTIVE);
  const fieldByName = new Map(fields.map((f) => [fold(f.name), f.id]));
  const fileByName = new Map<string, { id: number; mimeType: string }>();
  for (const file of uploads) if (!fileByName.has(file.originalName.normalize("NFC"))) fileByName.set(file.originalName.normalize("NFC"), file);

  const report: RowRefusal[] = [];
  const ready: { fields: DocumentFields; fileIds: number[] }[] = [];
  const seen = new Map<string, number>();
  for (const row of parsed.sheet.rows) {
    const get = (key: Key): SheetCell => (columns.index[key] === undefined ? null : (row.cells[columns.index[key]!] ?? null));
    const text = (key: Key) => {
      const value = get(key);
      return value instanceof Date ? value.toISOString().slice(0, 10) : (value ?? "").trim();
    };
    const problems: string[] = [];
    for (const column of row.formulaColumns) problems.push(`Ô “${parsed.sheet.header[column] ?? `cột ${column + 1}`}” chứa công thức; chỉ nhận giá trị.`);
    const typeText = text("type");
    const effectText = text("effectSet");
    const fieldText = text("legalField");
    const checked = checkDocumentFields({
      number: text("number"),
      type: typeText ? (TYPE_BY_NAME.get(fold(typeText)) ?? typeText) : "",
      issuer: text("issuer"),
      signer: text("signer"),
      issuedOn: get("issuedOn") ?? "",
      effectiveFrom: get("effectiveFrom"),
      expiresOn: get("expiresOn"),
      effectSet: effectText ? (EFFECT_BY_NAME.get(fold(effectText)) ?? effectText) : "",
      summary: text("summary"),
      legalFieldId: fieldText ? String(fieldByName.get(fold(fieldText)) ?? "") : "",
    });
    if (!checked.ok) problems.push(...Object.values(checked.fieldErrors));
    if (fieldText && !fieldByName.has(fold(fieldText))) problems.push(`Lĩnh vực “${fieldText}” không có trong danh sách.`);
    const fileIds: number[] = [];
    for (const name of text("files").split(/[;\n]/).map((n) => cleanFileName(n.trim())).filter((n) => n !== "tệp")) {
      const file = fileByName.get(name);
      if (!file) problems.push(`Không tìm thấy tệp “${name}” trong các tệp đã tải lên cho đơn vị.`);
      else if (!DOCUMENT_FILE_TYPES.has(file.mimeType)) problems.push(`Tệp “${name}” không phải PDF hoặc Word.`);
      else if (!fileIds.includes(file.id)) fileIds.push(file.id);
    }
    if (checked.ok) {
      const key = `${numberKeyOf(checked.value.number)}\u0000${checked.value.issuer}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) problems.push(`Trùng số/ký hiệu với dòng ${earlier}.`);
      else seen.set(key, row.line);
    }
    if (problems.length > 0) report.push({ line: row.line, number: text("number"), problems });
    else if (checked.ok) ready.push({ fields: checked.value, fileIds });
  }
  // Numbers already in the library, looked up in one query for the whole sheet.
  if (ready.length > 0) {
    const existing = await db.legalDocument.findMany({
      where: { numberKey: { in: ready.map((r) => numberKeyOf(r.fields.number)) } },
      select: { numberKey: true, issuer: true },
    });
    const taken = new Set(existing.map((e) => `${e.numberKey}\u0000${e.issuer}`));
    for (const item of ready) {
      if (taken.has(`${numberKeyOf(item.fields.number)}\u0000${item.fields.issuer}`)) {
        const line = seen.get(`${numberKeyOf(item.fields.number)}\u0000${item.fields.issuer}`)!;
        report.push({ line, number: item.fields.number, problems: [duplicateMessage(item.fields)] });
      }
    }
  }
  if (report.length > 0) {
    report.sort((a, b) => a.line - b.line);
    return { ok: false, error: `Không nhập văn bản nào: ${report.length} dòng chưa hợp lệ. Sửa các dòng dưới đây rồi nhập lại cả tệp.`, report };
  }

  const bases = ready.map((r) => slugify(`${documentTypeLabel(r.fields.type)} ${r.fields.number}`, 90));
  const usedSlugs = new Set((await db.legalDocument.findMany({ where: { slug: { in: bases } }, select: { slug: true } })).map((d) => d.slug));
  const slugs = bases.map((base) => {
    let slug = base;
    for (let n = 2; usedSlugs.has(slug); n++) slug = `${base}-${n}`;
    usedSlugs.add(slug);
    return slug;
  });
  const now = new Date();
  try {
  await db.$transaction(async (tx) => {
    for (let start = 0; start < ready.length; start += 1000) {
      const batch = ready.slice(start, start + 1000);
      const created = await tx.legalDocument.createManyAndReturn({
        data: batch.map((item, i) => ({ ...documentData(item.fields), slug: slugs[start + i], unitId, createdById: actor.id, state: "SUBMITTED" as const, submittedAt: now })),
        select: { id: true, slug: true },
      });
      const idBySlug = new Map(created.map((c) => [c.slug, c.id]));
      const files = batch.flatMap((item, i) => item.fileIds.map((fileId, sortOrder) => ({ documentId: idBySlug.get(slugs[start + i])!, fileId, sortOrder })));
      if (files.length > 0) await tx.legalDocumentFile.createMany({ data: files });
    }
    await notifyApprovers(tx, unitId, `${ready.length} văn bản nhập từ tệp đang chờ duyệt.`, "/quan-ly/van-ban?trang_thai=SUBMITTED");
    await writeAudit(tx, { actorId: actor.id, action: "document.import", targetType: "Unit", targetId: unitId, change: { sheet: sheetInput.name, imported: ready.length } });
  }, { timeout: 60_000 });
  } catch (error) {
    // Someone entered one of the numbers while the sheet was being checked: nothing was imported.
    if (isUniqueViolation(error)) return refused("Không nhập văn bản nào: một số/ký hiệu vừa được người khác nhập. Vui lòng nhập lại tệp để xem dòng trùng.");
    throw error;
  }
  return { ok: true, value: { imported: ready.length } };
}

function columnsOf(sheet: Sheet): { ok: true; index: Partial<Record<Key, number>> } | { ok: false; error: string } {
  const index: Partial<Record<Key, number>> = {};
  const folded = sheet.header.map((h) => fold(h));
  IMPORT_COLUMNS.forEach((name, i) => {
    const at = folded.indexOf(fold(name));
    if (at >= 0) index[KEYS[i]] = at;
  });
  const missing = IMPORT_COLUMNS.filter((name, i) => ["number", "type", "issuer", "issuedOn", "summary"].includes(KEYS[i]) && index[KEYS[i]] === undefined);
  if (missing.length > 0) return { ok: false, error: `Dòng tiêu đề thiếu cột: ${missing.join(", ")}.` };
  return { ok: true, index };
}
