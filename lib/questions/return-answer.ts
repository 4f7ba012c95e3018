import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import { check, type PolicyActor } from "@/lib/policy";
import { lockQuestionFor, questionTarget, recordQuestionEvent } from "./locked-question";

const input = z.object({
  questionId: z.coerce.number().int().positive(),
  note: z.string({ message: "Vui lòng ghi lý do trả lại." }).trim().min(1, "Vui lòng ghi lý do trả lại.").max(1000, "Lý do dài tối đa 1.000 ký tự."),
});

/** Trả lại: the approver sends the answer back to be rewritten, with a note its writer sees. */
export async function returnAnswer(actor: PolicyActor | null, raw: unknown): Promise<ActionResult> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  return db.$transaction(async (tx): Promise<ActionResult> => {
    // Returning one's own answer is allowed: only approving it is not.
    const gate = await lockQuestionFor(tx, actor, parsed.data.questionId, "question.view", ["SUBMITTED", "ENDORSED"]);
    if (!gate.ok) return gate;
    const q = gate.question;
    const allowed = check(actor, "question.approve", { ...questionTarget(q), allowSelfApproval: true });
    if (!allowed.ok) return allowed;
    await tx.question.update({ where: { id: q.id }, data: { state: "ROUTED", submittedAt: null, version: q.version + 1 } });
    await recordQuestionEvent(tx, { questionId: q.id, actorId: actor!.id, action: "return", from: q.state, to: "ROUTED", unitId: q.unitId, note: parsed.data.note });
    if (q.answerWriterId) {
      await notify(tx, [q.answerWriterId], { kind: "question.returned", message: `Câu trả lời bị trả lại: ${q.title} — ${parsed.data.note}`, link: `/quan-ly/hoi-dap/${q.id}` });
    }
    await writeAudit(tx, { actorId: actor!.id, action: "question.return", targetType: "Question", targetId: q.id, change: { note: parsed.data.note } });
    return { ok: true };
  });
}
