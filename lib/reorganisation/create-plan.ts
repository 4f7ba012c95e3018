import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { z } from "zod";
import { planTitleField, readPlanInput } from "./plan-input";

const createPlanSchema = z.object({ title: planTitleField });

/**
 * Tạo kế hoạch: stores the lines of an uploaded sheet (or typed on screen) as a draft plan, or an empty
 * one whose lines are then added one at a time on screen (edit-plan-line.ts). It is kept even with
 * problems — the preview lists them — but cannot be applied until it has none.
 */
export async function createPlan(actor: PolicyActor | null, input: unknown): Promise<ActionResult<{ id: number }>> {
  const allowed = check(actor, "admin.units");
  if (!allowed.ok) return allowed;
  const raw = (input ?? {}) as Record<string, unknown>;
  const parsed = createPlanSchema.safeParse(raw);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const read = (await readPlanInput(raw)) ?? { ok: true as const, rows: [] };
  if (!read.ok) return refused(read.error, { sheet: read.error });

  return db.$transaction(async (tx) => {
    const plan = await tx.reorganisationPlan.create({ data: { title: parsed.data.title, rows: read.rows, createdById: actor!.id } });
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "reorganisation.create",
      targetType: "ReorganisationPlan",
      targetId: plan.id,
      change: { title: plan.title, rows: read.rows.length },
    });
    return { ok: true as const, value: { id: plan.id } };
  });
}
