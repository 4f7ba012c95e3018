import type { Prisma } from "@/generated/prisma/client";
import { refused } from "@/lib/action-result";
import { check, type Action, type PolicyActor, type PolicyTarget } from "@/lib/policy";
import type { DocumentStateName } from "./types";

/** What every document use case decides on, read under the row lock so concurrent changes queue up. */
export type LockedDocument = {
  id: number;
  slug: string;
  number: string;
  state: DocumentStateName;
  unitId: number;
  createdById: number;
  effectSet: string | null;
  unitStatus: "ACTIVE" | "MERGED" | "ARCHIVED";
  allowSelfApproval: boolean;
  /** The unit's approval levels, as for its articles: 2 means the unit endorses and the province publishes. */
  approvalLevels: 1 | 2;
};

export const DOCUMENT_NOT_FOUND = "Không tìm thấy văn bản.";
export const DOCUMENT_UNIT_NOT_ACTIVE = "Đơn vị của văn bản đã được sáp nhập hoặc lưu trữ; không thể thay đổi văn bản.";

export async function lockDocument(tx: Prisma.TransactionClient, id: number): Promise<LockedDocument | null> {
  if (!Number.isInteger(id) || id <= 0 || id > 2147483647) return null;
  const rows = await tx.$queryRaw<LockedDocument[]>`
    SELECT d.id, d.slug, d.number, d.state::text AS state, d."unitId", d."createdById", d."effectSet"::text AS "effectSet",
           u.status::text AS "unitStatus", u."allowSelfApproval", u."approvalLevels"
    FROM "LegalDocument" d JOIN "Unit" u ON u.id = d."unitId"
    WHERE d.id = ${id}
    FOR UPDATE OF d`;
  return rows[0] ?? null;
}

export function documentTarget(document: LockedDocument): PolicyTarget {
  return { unitId: document.unitId, writerId: document.createdById, allowSelfApproval: document.allowSelfApproval, state: document.state };
}

/** The gate of every change: the document exists, the policy allows `action` on it, its unit is active. */
export async function lockDocumentForChange(
  tx: Prisma.TransactionClient,
  actor: PolicyActor | null,
  id: number,
  action: Action,
): Promise<{ ok: true; document: LockedDocument } | { ok: false; error: string }> {
  const document = await lockDocument(tx, id);
  if (!document) return refused(DOCUMENT_NOT_FOUND);
  const allowed = check(actor, action, documentTarget(document));
  if (!allowed.ok) return allowed;
  if (document.unitStatus !== "ACTIVE") return refused(DOCUMENT_UNIT_NOT_ACTIVE);
  return { ok: true, document };
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
