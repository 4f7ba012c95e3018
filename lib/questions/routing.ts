import type { Prisma } from "@/generated/prisma/client";

// Which unit answers a question, by the rules the provincial editor keeps (Quy tắc phân công). The most
// specific rule wins: field and commune together, then the field alone (a department competent for the
// whole province, e.g. Đất đai → Sở Nông nghiệp và Môi trường), then the commune alone (its People's
// Committee answers what no department claims). A rule whose unit is no longer active is skipped, so a
// merger never sends a question to a unit nobody works in. No rule: triage at the Sở Tư pháp (null).

export type RouteRule = { fieldId: number | null; communeId: number | null; unitId: number; unitActive: boolean };

function specificity(rule: RouteRule): number {
  if (rule.fieldId !== null && rule.communeId !== null) return 3;
  if (rule.fieldId !== null) return 2;
  if (rule.communeId !== null) return 1;
  return 0;
}

/** Pure: the unit the best matching rule names, or null. Ties go to the older rule (lower position). */
export function chooseRoute(rules: readonly RouteRule[], fieldId: number, communeId: number): number | null {
  let best: RouteRule | null = null;
  for (const rule of rules) {
    if (!rule.unitActive) continue;
    if (rule.fieldId !== null && rule.fieldId !== fieldId) continue;
    if (rule.communeId !== null && rule.communeId !== communeId) continue;
    if (!best || specificity(rule) > specificity(best)) best = rule;
  }
  return best?.unitId ?? null;
}

export async function routeFor(tx: Prisma.TransactionClient, fieldId: number, communeId: number): Promise<number | null> {
  const rows = await tx.questionRoutingRule.findMany({
    where: { OR: [{ fieldId }, { fieldId: null }], AND: [{ OR: [{ communeId }, { communeId: null }] }] },
    select: { fieldId: true, communeId: true, unitId: true, unit: { select: { status: true } } },
    orderBy: { id: "asc" },
  });
  return chooseRoute(
    rows.map((r) => ({ fieldId: r.fieldId, communeId: r.communeId, unitId: r.unitId, unitActive: r.unit.status === "ACTIVE" })),
    fieldId,
    communeId,
  );
}
