import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { formatDateTime, parseVietnamDateTime, parseVietnamDayAndTime } from "@/lib/vietnamese";
import { checkPlan } from "./check-plan";
import { PLAN_MESSAGES, problemsMessage } from "./messages";
import { planIdField } from "./plan-input";
import type { PlanRow } from "./plan-rows";
import { loadUnitSnapshot } from "./units-snapshot";

const schema = z.object({
  planId: planIdField,
  /** The form's two boxes: a day typed dd/mm/yyyy and a 24-hour time, in Asia/Ho_Chi_Minh. */
  effectiveAtDate: z.string().optional(),
  effectiveAtTime: z.string().optional(),
  /** Or one "yyyy-mm-ddTHH:mm" value (callers other than the form), also Vietnam time. */
  effectiveAt: z.string().optional(),
});

/**
 * Hẹn thời điểm áp dụng: the scheduler applies the plan at that time (checked again then). A plan
 * with problems cannot be scheduled.
 */
export async function schedulePlan(actor: PolicyActor | null, input: unknown, now = new Date()): Promise<ActionResult<{ effectiveAt: string }>> {
  const allowed = check(actor, "admin.units");
  if (!allowed.ok) return allowed;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const oneValue = parsed.data.effectiveAt !== undefined;
  let effectiveAt: Date | null;
  if (oneValue) {
    effectiveAt = parseVietnamDateTime(parsed.data.effectiveAt!);
    if (!effectiveAt) return refused(PLAN_MESSAGES.WHEN_REQUIRED, { effectiveAt: PLAN_MESSAGES.WHEN_REQUIRED });
  } else {
    // 31/02 or "8:00 PM" is refused with lib/vietnamese.ts's words, under the box that is wrong.
    const typed = parseVietnamDayAndTime(parsed.data.effectiveAtDate ?? "", parsed.data.effectiveAtTime ?? "", now);
    if (!typed.ok) {
      const { date, time } = typed.fieldErrors;
      return refused(date ?? time ?? PLAN_MESSAGES.WHEN_REQUIRED, { ...(date && { effectiveAtDate: date }), ...(time && { effectiveAtTime: time }) });
    }
    effectiveAt = typed.value;
  }
  if (effectiveAt <= now) return refused(PLAN_MESSAGES.WHEN_PAST, { [oneValue ? "effectiveAt" : "effectiveAtDate"]: PLAN_MESSAGES.WHEN_PAST });

  return db.$transaction(async (tx): Promise<ActionResult<{ effectiveAt: string }>> => {
    const [plan] = await tx.$queryRaw<{ status: string; rows: PlanRow[] }[]>`
      SELECT status::text AS status, rows FROM "ReorganisationPlan" WHERE id = ${parsed.data.planId} FOR UPDATE`;
    if (!plan) return refused(PLAN_MESSAGES.NOT_FOUND);
    if (plan.status === "APPLIED") return refused(PLAN_MESSAGES.ALREADY_APPLIED);
    const { problems } = checkPlan(plan.rows, await loadUnitSnapshot(tx));
    if (problems.length > 0) return refused(problemsMessage(problems));
    await tx.reorganisationPlan.update({ where: { id: parsed.data.planId }, data: { status: "SCHEDULED", effectiveAt, appliedById: actor!.id } });
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "reorganisation.schedule",
      targetType: "ReorganisationPlan",
      targetId: parsed.data.planId,
      change: { effectiveAt: effectiveAt.toISOString() },
    });
    return { ok: true, value: { effectiveAt: formatDateTime(effectiveAt) } };
  });
}

/** Hủy hẹn giờ: the plan goes back to a draft that can be edited. */
export async function cancelPlanSchedule(actor: PolicyActor | null, input: unknown): Promise<ActionResult> {
  const allowed = check(actor, "admin.units");
  if (!allowed.ok) return allowed;
  const parsed = z.object({ planId: planIdField }).safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  return db.$transaction(async (tx): Promise<ActionResult> => {
    const [plan] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM "ReorganisationPlan" WHERE id = ${parsed.data.planId} FOR UPDATE`;
    if (!plan) return refused(PLAN_MESSAGES.NOT_FOUND);
    if (plan.status !== "SCHEDULED") return refused(plan.status === "APPLIED" ? PLAN_MESSAGES.ALREADY_APPLIED : PLAN_MESSAGES.NOT_SCHEDULED);
    await tx.reorganisationPlan.update({ where: { id: parsed.data.planId }, data: { status: "DRAFT", effectiveAt: null, appliedById: null } });
    await writeAudit(tx, { actorId: actor!.id, action: "reorganisation.unschedule", targetType: "ReorganisationPlan", targetId: parsed.data.planId });
    return { ok: true };
  });
}
