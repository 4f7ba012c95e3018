import type { Prisma } from "@/generated/prisma/client";
import { scopeOf, type Action, type PolicyActor, type ScopeClause } from "@/lib/policy";

/** The policy's scope of `action` (lib/policy.ts `scopeOf`) as a condition on articles. */
export function articleScopeWhere(actor: PolicyActor | null, action: Action): Prisma.ArticleWhereInput {
  const scope = scopeOf(actor, action);
  if (scope === "all") return {};
  // No clause: no row. (An empty OR would match every row in Prisma.)
  if (scope.length === 0) return { id: { in: [] } };
  return { OR: scope.map((clause) => clauseWhere(clause, actor!.id)) };
}

function clauseWhere(clause: ScopeClause, actorId: number): Prisma.ArticleWhereInput {
  const where: Prisma.ArticleWhereInput = {};
  if (clause.unitIds) where.unitId = { in: clause.unitIds };
  if (clause.writerId !== undefined) where.writerId = clause.writerId;
  if (clause.published) where.state = "PUBLISHED";
  if (clause.notOwnUnlessSelfApproval) where.OR = [{ writerId: { not: actorId } }, { unit: { allowSelfApproval: true } }];
  return where;
}

/** The units a scope reaches, or "all": for figures counted per unit (reports). */
export function unitsInScope(actor: PolicyActor | null, action: Action): "all" | number[] {
  const scope = scopeOf(actor, action);
  if (scope === "all") return "all";
  return [...new Set(scope.flatMap((clause) => clause.unitIds ?? []))];
}
