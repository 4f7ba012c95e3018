import type { Prisma } from "@/generated/prisma/client";
import { scopeOf, type Action, type PolicyActor } from "@/lib/policy";

/**
 * The policy's scope of `action` as a condition on questions (lib/policy.ts `scopeOf`): portal-wide
 * roles reach every question, triage included; unit staff the questions their units hold.
 */
export function questionScopeWhere(actor: PolicyActor | null, action: Action = "question.view"): Prisma.QuestionWhereInput {
  const scope = scopeOf(actor, action);
  if (scope === "all") return {};
  const unitIds = [...new Set(scope.flatMap((clause) => clause.unitIds ?? []))];
  return unitIds.length > 0 ? { unitId: { in: unitIds } } : { id: { in: [] } };
}
