import type { Changes } from "@/lib/changes";
import { db } from "@/lib/db";
import { applyPlanLocked } from "./apply-locked";
import { APPLY_TIMEOUT_MS } from "./apply-plan";

/**
 * The scheduler's tick: applies each scheduled plan whose time has come, once, even with several
 * server instances (the row is claimed with FOR UPDATE SKIP LOCKED). A plan that has problems by then
 * (a unit changed since it was scheduled) changes nothing and goes back to a draft with its problems
 * kept in `result`, for the administrator to read.
 */
export async function applyDuePlans(now = new Date()): Promise<{ applied: number[]; refused: number[]; changes: Changes }> {
  const applied: number[] = [];
  const refusedIds: number[] = [];
  const changes: Changes = {};
  for (;;) {
    const outcome = await db.$transaction(
      async (tx) => {
        const [due] = await tx.$queryRaw<{ id: number; appliedById: number | null; effectiveAt: Date }[]>`
          SELECT id, "appliedById", "effectiveAt" FROM "ReorganisationPlan"
          WHERE status = 'SCHEDULED' AND "effectiveAt" <= ${now} AND NOT (id = ANY(${refusedIds}::int[]))
          ORDER BY "effectiveAt", id LIMIT 1 FOR UPDATE SKIP LOCKED`;
        if (!due) return null;
        const result = await applyPlanLocked(tx, due.id, due.appliedById, due.effectiveAt);
        return { id: due.id, result };
      },
      { maxWait: 20_000, timeout: APPLY_TIMEOUT_MS },
    );
    if (!outcome) break;
    if (outcome.result.ok) {
      applied.push(outcome.id);
      Object.assign(changes, outcome.result.changes);
    } else {
      refusedIds.push(outcome.id);
      await db.reorganisationPlan.update({ where: { id: outcome.id }, data: { status: "DRAFT", result: { refused: outcome.result.error } } });
    }
  }
  return { applied, refused: refusedIds, changes };
}
