import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { applyPlanLocked, type ApplyResult } from "./apply-locked";
import { planIdField } from "./plan-input";

const schema = z.object({ planId: planIdField });

/** How long one application may take: the size of a province's reorganisation, with room to spare. */
export const APPLY_TIMEOUT_MS = 300_000;

/** Áp dụng ngay: applies the plan now, in one transaction; a plan with problems changes nothing. */
export async function applyPlan(actor: PolicyActor | null, input: unknown): Promise<ActionResult<ApplyResult>> {
  const allowed = check(actor, "admin.units");
  if (!allowed.ok) return allowed;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  return db.$transaction((tx) => applyPlanLocked(tx, parsed.data.planId, actor!.id, new Date()), { maxWait: 20_000, timeout: APPLY_TIMEOUT_MS });
}
