import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { QUESTION_SETTING_KEY, readQuestionSettings } from "./settings";

const input = z.object({
  dueDays: z.coerce.number({ message: "Vui lòng nhập số ngày làm việc." }).int("Vui lòng nhập số nguyên.").min(1, "Thời hạn ít nhất 1 ngày làm việc.").max(90, "Thời hạn tối đa 90 ngày làm việc."),
  remindDaysBefore: z.coerce.number({ message: "Vui lòng nhập số ngày." }).int("Vui lòng nhập số nguyên.").min(0, "Không được âm.").max(30, "Tối đa 30 ngày."),
});

/** Thời hạn trả lời: the default deadline for questions received from now on, and when to remind. */
export async function updateQuestionSettings(actor: PolicyActor | null, raw: unknown): Promise<ActionResult> {
  const allowed = check(actor, "question.rules");
  if (!allowed.ok) return allowed;
  const parsed = input.safeParse(raw);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  return db.$transaction(async (tx): Promise<ActionResult> => {
    const before = await readQuestionSettings(tx);
    const value = { ...before, ...parsed.data };
    await tx.setting.upsert({ where: { key: QUESTION_SETTING_KEY }, create: { key: QUESTION_SETTING_KEY, value }, update: { value } });
    await writeAudit(tx, { actorId: actor!.id, action: "question.settings", targetType: "Setting", targetId: QUESTION_SETTING_KEY, change: { before, after: value } });
    return { ok: true };
  });
}
