import type { Prisma } from "@/generated/prisma/client";
import { formatDateTime } from "@/lib/vietnamese";
import type { LockedDocument } from "./locked-document";
import { DOCUMENT_STATE_LABELS } from "./types";

// What a reviewer who comes late is told: the document's state and the last review step taken on it,
// by whom and when, read from the audit log (every step writes one entry).

const STEP_VERBS: Record<string, string> = {
  "document.submit": "gửi duyệt",
  "document.endorse": "duyệt và chuyển lên cấp tỉnh",
  "document.approve": "duyệt và xuất bản",
  "document.return": "trả lại",
};

export async function whatHappenedToDocument(tx: Prisma.TransactionClient, document: Pick<LockedDocument, "id" | "state">): Promise<string> {
  const last = await tx.auditEntry.findFirst({
    where: { targetType: "LegalDocument", targetId: String(document.id), action: { in: Object.keys(STEP_VERBS) } },
    orderBy: { id: "desc" },
    select: { action: true, createdAt: true, actor: { select: { name: true } } },
  });
  const state = `Văn bản đang ở trạng thái “${DOCUMENT_STATE_LABELS[document.state]}”`;
  if (!last) return `${state}; không thể thực hiện thao tác này.`;
  return `${state}: ${last.actor?.name ?? "Hệ thống"} đã ${STEP_VERBS[last.action]} lúc ${formatDateTime(last.createdAt)}.`;
}
