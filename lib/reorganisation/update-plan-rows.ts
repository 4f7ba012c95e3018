import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { lockedDraft } from "./locked-draft";
import { PLAN_MESSAGES } from "./messages";
import { planIdField, planTitleField, readPlanInput } from "./plan-input";

const schema = z.object({ planId: planIdField, title: planTitleField });

/** Sửa kế hoạch: replaces a draft plan's title and lines (from the text box or a new sheet). */
export async function updatePlanRows(actor: PolicyActor | null, input: unknown): Promise<ActionResult> {
  const allowed = check(actor, "admin.units");
  if (!allowed.ok) return allowed;
  const raw = (input ?? {}) as Record<string, unknown>;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const read = await readPlanInput(raw);
  if (!read) return refused(PLAN_MESSAGES.SHEET_REQUIRED, { text: PLAN_MESSAGES.SHEET_REQUIRED });
  if (!read.ok) return refused(read.error, { text: read.error });

  return db.$transaction(async (tx): Promise<ActionResult> => {
    const draft = await lockedDraft(tx, parsed.data.planId);
    if (!draft.ok) return draft;
    await tx.reorganisationPlan.update({ where: { id: parsed.data.planId }, data: { title: parsed.data.title, rows: read.rows } });
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "reorganisation.edit",
      targetType: "ReorganisationPlan",
      targetId: parsed.data.planId,
      change: { title: parsed.data.title, rows: read.rows.length },
    });
    return { ok: true };
  });
}
