import { db } from "@/lib/db";
import type { ApplyResult } from "./apply-locked";
import type { PlanRow } from "./plan-rows";

// The plans as the administration pages list and show them.

export type PlanStatusName = "DRAFT" | "SCHEDULED" | "APPLIED";

export const PLAN_STATUS_LABELS: Record<PlanStatusName, string> = {
  DRAFT: "Bản nháp",
  SCHEDULED: "Đã hẹn giờ áp dụng",
  APPLIED: "Đã áp dụng",
};

export async function listPlans() {
  const plans = await db.reorganisationPlan.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true, status: true, rows: true, effectiveAt: true, appliedAt: true, createdAt: true },
    take: 200,
  });
  return plans.map((plan) => ({ ...plan, rows: (plan.rows as PlanRow[]).length }));
}

export type PlanRecord = {
  id: number;
  title: string;
  status: PlanStatusName;
  rows: PlanRow[];
  effectiveAt: Date | null;
  appliedAt: Date | null;
  createdAt: Date;
  createdBy: string | null;
  appliedBy: string | null;
  result: (Partial<ApplyResult> & { refused?: string }) | null;
};

export async function getPlan(id: number): Promise<PlanRecord | null> {
  const plan = await db.reorganisationPlan.findUnique({ where: { id } });
  if (!plan) return null;
  const people = await db.user.findMany({ where: { id: { in: [plan.createdById, plan.appliedById ?? -1] } }, select: { id: true, name: true } });
  const nameOf = (userId: number | null) => people.find((person) => person.id === userId)?.name ?? null;
  return {
    id: plan.id,
    title: plan.title,
    status: plan.status,
    rows: plan.rows as PlanRow[],
    effectiveAt: plan.effectiveAt,
    appliedAt: plan.appliedAt,
    createdAt: plan.createdAt,
    createdBy: nameOf(plan.createdById),
    appliedBy: nameOf(plan.appliedById),
    result: plan.result as PlanRecord["result"],
  };
}

/** Today's active units, each mapped to itself: the sheet an administrator starts a plan from. */
export async function templateRows(): Promise<Omit<PlanRow, "line">[]> {
  const units = await db.unit.findMany({
    where: { status: "ACTIVE", type: { not: "PROVINCIAL_JUSTICE" } },
    select: { slug: true, name: true, type: true, parent: { select: { slug: true } } },
    orderBy: [{ type: "asc" }, { sortOrder: "asc" }, { name: "asc" }],
  });
  return units.map((unit) => ({ from: unit.slug, to: unit.slug, type: "", parent: unit.parent?.slug ?? "" }));
}

/** Today's units an administrator may reorganise, by name, for the line form on screen. */
export async function planUnitOptions(): Promise<{ slug: string; name: string }[]> {
  return db.unit.findMany({
    where: { status: "ACTIVE", type: { not: "PROVINCIAL_JUSTICE" } },
    select: { slug: true, name: true },
    orderBy: [{ type: "asc" }, { sortOrder: "asc" }, { name: "asc" }],
  });
}
