import { refused } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import type { Changes } from "@/lib/changes";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { reviewersOf } from "@/lib/notifications/notify";
import { can, check, type PolicyActor } from "@/lib/policy";
import { documentTarget, DOCUMENT_NOT_FOUND, DOCUMENT_UNIT_NOT_ACTIVE, lockDocument, lockDocumentForChange, type LockedDocument } from "./locked-document";
import { notifyApprovers, notifyUsers } from "./notify-approvers";
import { effectOf } from "./effect";
import { whatHappenedToDocument } from "./review-history";
import type { DocumentStateName } from "./types";

// The approval of a document, the same as its unit's articles: Gửi duyệt (Nháp or Bị trả lại → Chờ
// duyệt); in a one-level unit Duyệt và xuất bản (Chờ duyệt → Đã xuất bản); in a two-level unit the
// unit approver endorses (Chờ duyệt → Chờ duyệt cấp tỉnh) and a provincial editor publishes. Nobody
// approves their own document unless the unit allows it; Trả lại with a reason from either waiting
// state. A reviewer who comes late is told who did what, and when (the audit log keeps the steps).

export type ReviewResult =
  | { ok: true; value?: { state: DocumentStateName }; changes?: Changes }
  | { ok: false; error: string; fieldErrors?: Record<string, string> };

const WAITING: readonly DocumentStateName[] = ["SUBMITTED", "ENDORSED"];

function idOf(raw: unknown): number {
  return Number((raw as { id?: unknown } | null)?.id);
}

export async function submitDocument(actor: PolicyActor, raw: unknown): Promise<ReviewResult> {
  return db.$transaction(async (tx) => {
    const locked = await lockDocumentForChange(tx, actor, idOf(raw), "document.submit");
    if (!locked.ok) return locked;
    const document = locked.document;
    if (document.state !== "DRAFT" && document.state !== "RETURNED") return refused("Chỉ gửi duyệt được văn bản Nháp hoặc Bị trả lại.");
    await tx.legalDocument.update({ where: { id: document.id }, data: { state: "SUBMITTED", submittedAt: new Date(), returnReason: null } });
    await notifyApprovers(tx, document.unitId, `Văn bản chờ duyệt: ${document.number}`, `/quan-ly/van-ban/${document.id}`);
    await writeAudit(tx, { actorId: actor.id, action: "document.submit", targetType: "LegalDocument", targetId: document.id });
    return { ok: true };
  });
}

/**
 * The gate of a decision: the document exists and this person may see it; it still waits (otherwise
 * the refusal says who decided, when); this person may decide on it now (a unit approver of what the
 * unit already endorsed is told it waits for the province); its unit is active.
 */
async function lockWaiting(tx: Prisma.TransactionClient, actor: PolicyActor, raw: unknown, action: "document.approve" | "document.return") {
  const document = await lockDocument(tx, idOf(raw));
  if (!document) return refused(DOCUMENT_NOT_FOUND);
  const target = documentTarget(document);
  if (!can(actor, "document.view", target)) return refused(DOCUMENT_NOT_FOUND);
  if (!WAITING.includes(document.state)) return refused(await whatHappenedToDocument(tx, document));
  const allowed = check(actor, action, target);
  if (!allowed.ok) {
    const wouldBeAllowed = document.state === "ENDORSED" && can(actor, action, { ...target, state: "SUBMITTED" });
    return wouldBeAllowed ? refused(await whatHappenedToDocument(tx, document)) : allowed;
  }
  if (document.unitStatus !== "ACTIVE") return refused(DOCUMENT_UNIT_NOT_ACTIVE);
  return { ok: true as const, document };
}

export async function approveDocument(actor: PolicyActor, raw: unknown): Promise<ReviewResult> {
  return db.$transaction(async (tx): Promise<ReviewResult> => {
    const gate = await lockWaiting(tx, actor, raw, "document.approve");
    if (!gate.ok) return gate;
    const document: LockedDocument = gate.document;
    const link = `/quan-ly/van-ban/${document.id}`;
    if (document.state === "SUBMITTED" && document.approvalLevels === 2) {
      await tx.legalDocument.update({ where: { id: document.id }, data: { state: "ENDORSED" } });
      await notifyUsers(tx, await reviewersOf(tx, document.unitId, true), "document.waiting", `Văn bản đã được đơn vị duyệt, chờ biên tập cấp tỉnh xuất bản: ${document.number}`, link);
      await writeAudit(tx, { actorId: actor.id, action: "document.endorse", targetType: "LegalDocument", targetId: document.id });
      return { ok: true, value: { state: "ENDORSED" } };
    }
    const published = await tx.legalDocument.update({ where: { id: document.id }, data: { state: "PUBLISHED", publishedAt: new Date() }, select: { effectSet: true, effectiveFrom: true, expiresOn: true } });
    // What readers first see is the effect the scheduler compares against when the dates pass.
    await tx.legalDocument.update({ where: { id: document.id }, data: { effectSeen: effectOf(published) } });
    await notifyUsers(tx, [document.createdById], "document.published", `Văn bản ${document.number} đã được duyệt và xuất bản.`, link);
    await writeAudit(tx, { actorId: actor.id, action: "document.approve", targetType: "LegalDocument", targetId: document.id });
    return { ok: true, value: { state: "PUBLISHED" }, changes: { documents: true } };
  });
}

export async function returnDocument(actor: PolicyActor, raw: unknown): Promise<ReviewResult> {
  const reason = String((raw as { reason?: unknown } | null)?.reason ?? "").trim();
  if (!reason) return refused("Vui lòng nhập lý do trả lại.", { reason: "Vui lòng nhập lý do trả lại." });
  return db.$transaction(async (tx): Promise<ReviewResult> => {
    const gate = await lockWaiting(tx, actor, raw, "document.return");
    if (!gate.ok) return gate;
    const document = gate.document;
    await tx.legalDocument.update({ where: { id: document.id }, data: { state: "RETURNED", returnReason: reason.slice(0, 1000) } });
    await notifyUsers(tx, [document.createdById], "document.returned", `Văn bản ${document.number} bị trả lại: ${reason.slice(0, 200)}`, `/quan-ly/van-ban/${document.id}`);
    await writeAudit(tx, { actorId: actor.id, action: "document.return", targetType: "LegalDocument", targetId: document.id, change: { reason } });
    return { ok: true, value: { state: "RETURNED" } };
  });
}
