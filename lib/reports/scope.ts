// Whose figures a person may see in Báo cáo thống kê: provincial editors and administrators every
// unit, a unit approver the units they approve for (and the history of units merged into them).
import { unitsInScope } from "@/lib/articles/scope";
import { canSomewhere, type PolicyActor } from "@/lib/policy";

export type ReportScope = { portalWide: true } | { portalWide: false; unitIds: number[] };

export const REPORT_REFUSAL = "Bạn không có quyền xem báo cáo thống kê.";
export const SIGN_IN_REFUSAL = "Bạn cần đăng nhập để xem báo cáo thống kê.";

export function reportScope(actor: PolicyActor | null): { ok: true; value: ReportScope } | { ok: false; error: string } {
  if (!actor) return { ok: false, error: SIGN_IN_REFUSAL };
  if (!canSomewhere(actor, "report.view")) return { ok: false, error: REPORT_REFUSAL };
  const unitIds = unitsInScope(actor, "report.view");
  if (unitIds === "all") return { ok: true, value: { portalWide: true } };
  if (unitIds.length === 0) return { ok: false, error: REPORT_REFUSAL };
  return { ok: true, value: { portalWide: false, unitIds } };
}
