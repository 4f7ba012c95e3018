import type { Prisma } from "@/generated/prisma/client";
import { INVALID_FORM, refused, type FieldErrors } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import type { Changes } from "@/lib/changes";
import { db } from "@/lib/db";
import { can, check, type PolicyActor } from "@/lib/policy";
import { slugify } from "@/lib/vietnamese";
import { dayToDate } from "./days";
import { checkDocumentFields, checkRelations, type DocumentFields, type RawDocumentFields, type RelationInput } from "./document-fields";
import { documentTarget, DOCUMENT_UNIT_NOT_ACTIVE, isUniqueViolation, lockDocumentForChange } from "./locked-document";
import { notifyApprovers } from "./notify-approvers";
import { numberKeyOf, searchWordsFor } from "./search-words";
import { documentTypeLabel } from "./types";

// Lưu văn bản: creates a document in a unit (Nháp) or changes one, with its files and relations, and
// sends it for approval when asked (Gửi duyệt). An author changes their own Nháp or Bị trả lại; an
// approver any document of the unit, a published one included (the change shows at once).

export type SaveDocumentInput = {
  id?: unknown;
  unitId?: unknown;
  intent?: unknown;
  fileIds?: unknown[];
  relationKinds?: unknown[];
  relationNumbers?: unknown[];
} & Record<string, unknown>;

export type SaveDocumentResult = { ok: true; value: { id: number; slug: string; submitted: boolean }; changes?: Changes } | { ok: false; error: string; fieldErrors?: FieldErrors };

/** Files a document may carry: PDF and Word (and OpenDocument text), as readers download them. */
export const DOCUMENT_FILE_TYPES = new Set([
  "application/pdf",
  "application/msword",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.oasis.opendocument.text",
]);

export async function saveDocument(actor: PolicyActor, raw: unknown): Promise<SaveDocumentResult> {
  const input = (raw ?? {}) as SaveDocumentInput;
  const fields = checkDocumentFields(input as RawDocumentFields);
  if (!fields.ok) return refused(INVALID_FORM, fields.fieldErrors);
  const relations = checkRelations(input.relationKinds ?? [], input.relationNumbers ?? []);
  if (!relations.ok) return refused(relations.error, { relations: relations.error });
  const fileIds = [...new Set((input.fileIds ?? []).map(Number).filter((id) => Number.isInteger(id) && id > 0))];
  const id = input.id === undefined || input.id === "" ? null : Number(input.id);
  const submit = input.intent === "submit";

  try {
    return await db.$transaction(async (tx) => {
      let unitId: number;
      let existing: { id: number; slug: string; state: string; createdById: number } | null = null;
      if (id !== null) {
        const locked = await lockDocumentForChange(tx, actor, id, "document.edit");
        if (!locked.ok) return locked;
        const document = locked.document;
        // Once sent, only those who decide on it may change it.
        if ((document.state === "SUBMITTED" || document.state === "ENDORSED" || document.state === "PUBLISHED") && !can(actor, "document.return", documentTarget(document))) {
          return refused("Văn bản đã gửi duyệt hoặc đã xuất bản; chỉ người duyệt được sửa.");
        }
        unitId = document.unitId;
        existing = document;
      } else {
        unitId = Number(input.unitId);
        const allowed = check(actor, "document.create", { unitId });
        if (!allowed.ok) return allowed;
        const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { status: true } });
        if (unit?.status !== "ACTIVE") return refused(DOCUMENT_UNIT_NOT_ACTIVE);
      }
      const problems = await checkReferences(tx, actor, { documentId: existing?.id ?? null, unitId, fields: fields.value, fileIds, relations: relations.value });
      if (problems) return refused(INVALID_FORM, problems.fieldErrors);
      const resolved = await resolveRelations(tx, relations.value, existing?.id ?? null);

      const data = documentData(fields.value);
      const state = submit ? "SUBMITTED" : ((existing?.state as "DRAFT" | "RETURNED" | "SUBMITTED" | "ENDORSED" | "PUBLISHED" | undefined) ?? "DRAFT");
      if (submit && existing && !check(actor, "document.submit", { unitId, writerId: existing.createdById }).ok) return refused("Bạn không có quyền gửi duyệt văn bản này.");
      if (submit && existing?.state === "PUBLISHED") return refused("Văn bản đã xuất bản.");
      if (submit && existing?.state === "ENDORSED") return refused("Văn bản đã được đơn vị duyệt và đang chờ biên tập cấp tỉnh xuất bản.");
      const saved = existing
        ? await tx.legalDocument.update({
            where: { id: existing.id },
            data: { ...data, state, ...(submit ? { submittedAt: new Date(), returnReason: null } : {}) },
            select: { id: true, slug: true, state: true },
          })
        : await tx.legalDocument.create({
            data: { ...data, slug: await freeSlug(tx, fields.value), unitId, createdById: actor.id, state, submittedAt: submit ? new Date() : null },
            select: { id: true, slug: true, state: true },
          });
      await tx.legalDocumentFile.deleteMany({ where: { documentId: saved.id } });
      if (fileIds.length > 0) await tx.legalDocumentFile.createMany({ data: fileIds.map((fileId, sortOrder) => ({ documentId: saved.id, fileId, sortOrder })) });
      await tx.legalDocumentRelation.deleteMany({ where: { fromId: saved.id } });
      if (resolved.length > 0) await tx.legalDocumentRelation.createMany({ data: resolved.map((r) => ({ fromId: saved.id, toId: r.toId, kind: r.kind })), skipDuplicates: true });
      if (submit) await notifyApprovers(tx, unitId, `Văn bản chờ duyệt: ${documentTypeLabel(fields.value.type)} ${fields.value.number}`, `/quan-ly/van-ban/${saved.id}`);
      await writeAudit(tx, { actorId: actor.id, action: existing ? (submit ? "document.submit" : "document.edit") : "document.create", targetType: "LegalDocument", targetId: saved.id, change: { number: fields.value.number, state } });
      const readersSee = saved.state === "PUBLISHED";
      return { ok: true as const, value: { id: saved.id, slug: saved.slug, submitted: submit }, changes: readersSee ? { documents: true as const } : undefined };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refused(INVALID_FORM, { number: duplicateMessage(fields.value) });
    throw error;
  }
}

export function duplicateMessage(fields: Pick<DocumentFields, "number" | "issuer">): string {
  return `Đã có văn bản số ${fields.number} của ${fields.issuer}.`;
}

export function documentData(fields: DocumentFields) {
  return {
    number: fields.number,
    numberKey: numberKeyOf(fields.number),
    type: fields.type,
    issuer: fields.issuer,
    signer: fields.signer,
    issuedOn: dayToDate(fields.issuedOn),
    effectiveFrom: fields.effectiveFrom ? dayToDate(fields.effectiveFrom) : null,
    expiresOn: fields.expiresOn ? dayToDate(fields.expiresOn) : null,
    effectSet: fields.effectSet,
    summary: fields.summary,
    legalFieldId: fields.legalFieldId,
    searchWords: searchWordsFor(fields),
  };
}

async function freeSlug(tx: Prisma.TransactionClient, fields: DocumentFields): Promise<string> {
  const base = slugify(`${documentTypeLabel(fields.type)} ${fields.number}`, 90);
  const taken = new Set((await tx.legalDocument.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((d) => d.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

async function checkReferences(
  tx: Prisma.TransactionClient,
  actor: PolicyActor,
  { documentId, unitId, fields, fileIds, relations }: { documentId: number | null; unitId: number; fields: DocumentFields; fileIds: number[]; relations: RelationInput[] },
): Promise<{ fieldErrors: FieldErrors } | null> {
  const errors: FieldErrors = {};
  const duplicate = await tx.legalDocument.findFirst({ where: { numberKey: numberKeyOf(fields.number), issuer: fields.issuer, id: documentId ? { not: documentId } : undefined }, select: { id: true } });
  if (duplicate) errors.number = duplicateMessage(fields);
  if (fields.legalFieldId && !(await tx.legalField.findUnique({ where: { id: fields.legalFieldId }, select: { id: true } }))) errors.legalFieldId = "Lĩnh vực không hợp lệ.";
  if (fileIds.length > 0) {
    // A file the person uploaded for this unit, or one the document already carries: never someone
    // else's upload taken by its sequential id.
    const files = await tx.storedFile.findMany({
      where: { id: { in: fileIds }, OR: [{ uploadedById: actor.id, unitId }, ...(documentId ? [{ legalDocuments: { some: { documentId } } }] : [])] },
      select: { id: true, mimeType: true, originalName: true },
    });
    if (files.length !== fileIds.length) errors.files = "Không tìm thấy tệp đã chọn. Vui lòng tải tệp lên lại.";
    const wrong = files.find((file) => !DOCUMENT_FILE_TYPES.has(file.mimeType));
    if (wrong) errors.files = `Tệp “${wrong.originalName}” không phải PDF hoặc Word.`;
  }
  for (const relation of relations) {
    const key = numberKeyOf(relation.number);
    if (key === numberKeyOf(fields.number)) errors.relations = "Văn bản không thể liên quan đến chính nó.";
    else if (!(await tx.legalDocument.findFirst({ where: { numberKey: key }, select: { id: true } }))) errors.relations = `Không tìm thấy văn bản số ${relation.number}.`;
  }
  return Object.keys(errors).length > 0 ? { fieldErrors: errors } : null;
}

async function resolveRelations(tx: Prisma.TransactionClient, relations: RelationInput[], selfId: number | null) {
  const resolved: { toId: number; kind: RelationInput["kind"] }[] = [];
  for (const relation of relations) {
    const target = await tx.legalDocument.findFirst({ where: { numberKey: numberKeyOf(relation.number), id: selfId ? { not: selfId } : undefined }, orderBy: [{ state: "asc" }, { id: "asc" }], select: { id: true } });
    if (target) resolved.push({ toId: target.id, kind: relation.kind });
  }
  return resolved;
}
