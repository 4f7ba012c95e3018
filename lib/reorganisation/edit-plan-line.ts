import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { lockedDraft } from "./locked-draft";
import { PLAN_MESSAGES } from "./messages";
import { planIdField } from "./plan-input";
import { MAX_PLAN_ROWS, SHEET_MESSAGES, type PlanRow } from "./plan-rows";

// Building a plan on screen, one line at a time: Thêm dòng appends a line as the form wrote it (the
// preview then checks it with the others), Xóa dòng removes one. Lines keep their numbers, so the
// problems the preview lists still point at the line the table shows.

const cell = (max: number) =>
  z
    .string()
    .optional()
    .transform((text) => (text ?? "").normalize("NFC").replace(/\s+/g, " ").trim())
    .pipe(z.string().max(max, `Ô này dài tối đa ${max} ký tự.`));

const addSchema = z.object({
  planId: planIdField,
  from: cell(200),
  to: cell(200).pipe(z.string().min(1, PLAN_MESSAGES.TO_REQUIRED)),
  type: cell(50),
  parent: cell(200),
});

const removeSchema = z.object({ planId: planIdField, line: z.coerce.number({ message: PLAN_MESSAGES.LINE_NOT_FOUND }).int().positive() });

/** Thêm dòng: appends one line (old unit, new unit, kind, parent) to a draft plan. */
export async function addPlanLine(actor: PolicyActor | null, input: unknown): Promise<ActionResult<{ line: number }>> {
  const allowed = check(actor, "admin.units");
  if (!allowed.ok) return allowed;
  const parsed = addSchema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { planId, ...cells } = parsed.data;

  return db.$transaction(async (tx): Promise<ActionResult<{ line: number }>> => {
    const draft = await lockedDraft(tx, planId);
    if (!draft.ok) return draft;
    if (draft.rows.length >= MAX_PLAN_ROWS) return refused(SHEET_MESSAGES.TOO_MANY);
    // The header is line 1, as in a sheet.
    const line = Math.max(1, ...draft.rows.map((row) => row.line)) + 1;
    const row: PlanRow = { line, ...cells };
    await tx.reorganisationPlan.update({ where: { id: planId }, data: { rows: [...draft.rows, row] } });
    await writeAudit(tx, { actorId: actor!.id, action: "reorganisation.edit", targetType: "ReorganisationPlan", targetId: planId, change: { added: row } });
    return { ok: true, value: { line } };
  });
}

/** Xóa dòng: removes one line of a draft plan. */
export async function removePlanLine(actor: PolicyActor | null, input: unknown): Promise<ActionResult> {
  const allowed = check(actor, "admin.units");
  if (!allowed.ok) return allowed;
  const parsed = removeSchema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { planId, line } = parsed.data;

  return db.$transaction(async (tx): Promise<ActionResult> => {
    const draft = await lockedDraft(tx, planId);
    if (!draft.ok) return draft;
    const removed = draft.rows.find((row) => row.line === line);
    if (!removed) return refused(PLAN_MESSAGES.LINE_NOT_FOUND);
    await tx.reorganisationPlan.update({ where: { id: planId }, data: { rows: draft.rows.filter((row) => row.line !== line) } });
    await writeAudit(tx, { actorId: actor!.id, action: "reorganisation.edit", targetType: "ReorganisationPlan", targetId: planId, change: { removed } });
    return { ok: true };
  });
}
