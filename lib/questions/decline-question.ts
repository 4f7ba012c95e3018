import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { DECLINE_REASONS, type DeclineReasonKind } from "./labels";
import { lockQuestionFor, recordQuestionEvent } from "./locked-question";

const input = z
  .object({
    questionId: z.coerce.number().int().positive(),
    reason: z.enum(Object.keys(DECLINE_REASONS) as [DeclineReasonKind, ...DeclineReasonKind[]], { message: "Vui lòng chọn lý do từ chối." }),
    explanation: z
      .string()
      .optional()
      .transform((v) => v?.trim() ?? "")
      .pipe(z.string().max(1000, "Giải thích dài tối đa 1.000 ký tự.")),
  })
  .superRefine((value, ctx) => {
    if (value.reason === "other" && value.explanation === "") {
      ctx.addIssue({ code: "custom", path: ["explanation"], message: "Vui lòng ghi rõ lý do để người hỏi được biết." });
    }
  });

/**
 * Từ chối: a duplicate, a question outside legal questions, or abusive text. The reason is what the
 * asker reads on Tra cứu câu hỏi (and by email), so it is written for them.
 */
export async function declineQuestion(actor: PolicyActor | null, raw: unknown): Promise<ActionResult> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { questionId, reason, explanation } = parsed.data;
  const text = explanation ? `${DECLINE_REASONS[reason]}: ${explanation}` : `${DECLINE_REASONS[reason]}.`;
  return db.$transaction(async (tx): Promise<ActionResult> => {
    const gate = await lockQuestionFor(tx, actor, questionId, "question.decline", ["NEW", "ROUTED"]);
    if (!gate.ok) return gate;
    const q = gate.question;
    await tx.question.update({ where: { id: q.id }, data: { state: "DECLINED", declineReason: text, declinedAt: new Date(), askerEmailedAt: null, version: q.version + 1 } });
    await recordQuestionEvent(tx, { questionId: q.id, actorId: actor!.id, action: "decline", from: q.state, to: "DECLINED", unitId: q.unitId, note: text });
    await writeAudit(tx, { actorId: actor!.id, action: "question.decline", targetType: "Question", targetId: q.id, change: { reason } });
    return { ok: true };
  });
}
