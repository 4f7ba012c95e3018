import type { FieldErrors } from "@/lib/action-result";
import { readDay } from "./days";
import { documentType, EFFECTS, RELATION_KINDS, type EffectName, type RelationKindName } from "./types";

// The fields of a document as the form and the import sheet send them (strings), checked into values
// with one Vietnamese message per field. Shared by saving and importing so both refuse the same things.

export type DocumentFields = {
  number: string;
  type: string;
  issuer: string;
  signer: string | null;
  issuedOn: string;
  effectiveFrom: string | null;
  expiresOn: string | null;
  effectSet: EffectName | null;
  summary: string;
  legalFieldId: number | null;
};

export type RawDocumentFields = Partial<Record<keyof DocumentFields, unknown>>;

export const FIELD_LIMITS = { number: 60, issuer: 200, signer: 100, summary: 1000 } as const;

function text(value: unknown): string {
  return typeof value === "string" ? value.trim().replace(/\s+/g, " ") : typeof value === "number" ? String(value) : "";
}

function optionalDay(value: unknown, errors: FieldErrors, field: string, label: string): string | null {
  if (value === undefined || value === null || text(value) === "" && !(value instanceof Date)) return null;
  const day = readDay(value);
  if (!day.ok) errors[field] = `${label}: ${day.error}`;
  return day.ok ? day.iso : null;
}

export function checkDocumentFields(raw: RawDocumentFields): { ok: true; value: DocumentFields } | { ok: false; fieldErrors: FieldErrors } {
  const errors: FieldErrors = {};
  const number = text(raw.number);
  if (!number) errors.number = "Chưa nhập số/ký hiệu.";
  else if (number.length > FIELD_LIMITS.number) errors.number = `Số/ký hiệu dài quá ${FIELD_LIMITS.number} ký tự.`;
  const type = text(raw.type);
  if (!documentType(type)) errors.type = type ? `Loại văn bản “${type}” không có trong danh sách.` : "Chưa chọn loại văn bản.";
  const issuer = text(raw.issuer);
  if (!issuer) errors.issuer = "Chưa nhập cơ quan ban hành.";
  else if (issuer.length > FIELD_LIMITS.issuer) errors.issuer = `Cơ quan ban hành dài quá ${FIELD_LIMITS.issuer} ký tự.`;
  const signer = text(raw.signer) || null;
  if (signer && signer.length > FIELD_LIMITS.signer) errors.signer = `Người ký dài quá ${FIELD_LIMITS.signer} ký tự.`;
  const summary = text(raw.summary);
  if (!summary) errors.summary = "Chưa nhập trích yếu.";
  else if (summary.length > FIELD_LIMITS.summary) errors.summary = `Trích yếu dài quá ${FIELD_LIMITS.summary} ký tự.`;

  let issuedOn: string | null = null;
  if (raw.issuedOn === undefined || raw.issuedOn === null || (text(raw.issuedOn) === "" && !(raw.issuedOn instanceof Date))) errors.issuedOn = "Chưa nhập ngày ban hành.";
  else {
    const day = readDay(raw.issuedOn);
    if (day.ok) issuedOn = day.iso;
    else errors.issuedOn = `Ngày ban hành: ${day.error}`;
  }
  const effectiveFrom = optionalDay(raw.effectiveFrom, errors, "effectiveFrom", "Ngày có hiệu lực");
  const expiresOn = optionalDay(raw.expiresOn, errors, "expiresOn", "Ngày hết hiệu lực");
  if (issuedOn && effectiveFrom && effectiveFrom < issuedOn) errors.effectiveFrom = "Ngày có hiệu lực không được trước ngày ban hành.";
  if (expiresOn && (effectiveFrom ?? issuedOn) && expiresOn <= (effectiveFrom ?? issuedOn)!) errors.expiresOn = "Ngày hết hiệu lực phải sau ngày có hiệu lực.";

  const effectText = text(raw.effectSet);
  const effectSet = effectText ? (EFFECTS.includes(effectText as EffectName) ? (effectText as EffectName) : null) : null;
  if (effectText && !effectSet) errors.effectSet = "Tình trạng hiệu lực không hợp lệ.";
  const fieldText = text(raw.legalFieldId);
  const legalFieldId = fieldText ? Number(fieldText) : null;
  if (legalFieldId !== null && !(Number.isInteger(legalFieldId) && legalFieldId > 0)) errors.legalFieldId = "Lĩnh vực không hợp lệ.";

  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  return { ok: true, value: { number, type, issuer, signer, issuedOn: issuedOn!, effectiveFrom, expiresOn, effectSet, summary, legalFieldId } };
}

export type RelationInput = { kind: RelationKindName; number: string };

/** The relation lines of the form: a kind and a number each; blank lines are dropped. */
export function checkRelations(kinds: unknown[], numbers: unknown[]): { ok: true; value: RelationInput[] } | { ok: false; error: string } {
  const value: RelationInput[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const number = text(numbers[i]);
    if (!number) continue;
    const kind = text(kinds[i]);
    if (!RELATION_KINDS.includes(kind as RelationKindName)) return { ok: false, error: "Quan hệ văn bản không hợp lệ." };
    value.push({ kind: kind as RelationKindName, number });
  }
  return { ok: true, value };
}
