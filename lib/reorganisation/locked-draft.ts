import type { Prisma } from "@/generated/prisma/client";
import { refused } from "@/lib/action-result";
import { PLAN_MESSAGES } from "./messages";
import type { PlanRow } from "./plan-rows";

/**
 * A plan's lines under its row lock, or the refusal: only a draft plan is edited (a scheduled one
 * must have its schedule cancelled first, an applied one is a record).
 */
export async function lockedDraft(tx: Prisma.TransactionClient, planId: number): Promise<{ ok: true; rows: PlanRow[] } | { ok: false; error: string }> {
  const [plan] = await tx.$queryRaw<{ status: string; rows: PlanRow[] }[]>`SELECT status::text AS status, rows FROM "ReorganisationPlan" WHERE id = ${planId} FOR UPDATE`;
  if (!plan) return refused(PLAN_MESSAGES.NOT_FOUND);
  if (plan.status === "APPLIED") return refused(PLAN_MESSAGES.ALREADY_APPLIED);
  if (plan.status !== "DRAFT") return refused(PLAN_MESSAGES.NOT_DRAFT);
  return { ok: true, rows: plan.rows };
}
