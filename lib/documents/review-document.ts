import { refused } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import type { Changes } from "@/lib/changes";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { lockDocumentForChange } from "./locked-document";
import { notifyApprovers, notifyUsers } from "./notify-approvers";

// The approval of a document, as for an article of a one-level unit: Gửi duyệt (Nháp or Bị trả lại →
// Chờ duyệt), Duyệt và xuất bản (Chờ duyệt → Đã xuất bản; nobody approves their own document unless
// the unit allows it), Trả lại with a reason (Chờ duyệt → Bị trả lại).

export type ReviewResult = { ok: true; changes?: Changes } | { ok: false; error: string; fieldErrors?: Record<string, string> };

const NOT_WAITING = "Văn bản không ở trạng thái chờ duyệt (có thể người khác vừa xử lý).";

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

export async function approveDocument(actor: PolicyActor, raw: unknown): Promise<ReviewResult> {
  return db.$transaction(async (tx) => {
    const locked = await lockDocumentForChange(tx, actor, idOf(raw), "document.approve");
    if (!locked.ok) return locked;
    const document = locked.document;
    if (document.state !== "SUBMITTED") return refused(NOT_WAITING);
    await tx.legalDocument.update({ where: { id: document.id }, data: { state: "PUBLISHED", publishedAt: new Date() } });
    await notifyUsers(tx, [document.createdById], "document.published", `Văn bản ${document.number} đã được duyệt và xuất bản.`, `/quan-ly/van-ban/${document.id}`);
    await writeAudit(tx, { actorId: actor.id, action: "document.approve", targetType: "LegalDocument", targetId: document.id });
    return { ok: true, changes: { documents: true } };
  });
}

export async function returnDocument(actor: PolicyActor, raw: unknown): Promise<ReviewResult> {
  const reason = String((raw as { reason?: unknown } | null)?.reason ?? "").trim();
  if (!reason) return refused("Vui lòng nhập lý do trả lại.", { reason: "Vui lòng nhập lý do trả lại." });
  return db.$transaction(async (tx) => {
    const locked = await lockDocumentForChange(tx, actor, idOf(raw), "document.return");
    if (!locked.ok) return locked;
    const document = locked.document;
    if (document.state !== "SUBMITTED") return refused(NOT_WAITING);
    await tx.legalDocument.update({ where: { id: document.id }, data: { state: "RETURNED", returnReason: reason.slice(0, 1000) } });
    await notifyUsers(tx, [document.createdById], "document.returned", `Văn bản ${document.number} bị trả lại: ${reason.slice(0, 200)}`, `/quan-ly/van-ban/${document.id}`);
    await writeAudit(tx, { actorId: actor.id, action: "document.return", targetType: "LegalDocument", targetId: document.id, change: { reason } });
    return { ok: true };
  });
}
