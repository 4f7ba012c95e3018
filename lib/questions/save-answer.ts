import { z } from "zod";
import { refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { sanitizeDocument } from "@/lib/richtext";
import { extractPlainText } from "@/lib/richtext/plain-text";
import { notifyUnitStaff } from "./recipients";
import { lockQuestionFor, recordQuestionEvent } from "./locked-question";

const input = z.object({ questionId: z.coerce.number().int().positive(), body: z.string().max(2_000_000), submit: z.string().optional() });

export const ANSWER_MIN_CHARS = 20;

/**
 * Lưu câu trả lời / Gửi duyệt: the unit's staff write the answer in the article editor (the same
 * allowlist on the server); with `submit` it goes to the unit's approvers, like an article. The last
 * person who wrote it is its writer, for the no-self-approval rule.
 */
export async function saveAnswer(actor: PolicyActor | null, raw: unknown): Promise<ActionResult<{ state: "ROUTED" | "SUBMITTED" }>> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return refused("Câu trả lời không hợp lệ. Vui lòng tải lại trang.");
  const sanitized = sanitizeDocument(parsed.data.body);
  if (!sanitized.ok) return refused(sanitized.error, { body: sanitized.error });
  const text = extractPlainText(sanitized.doc).trim();
  const submit = Boolean(parsed.data.submit);
  if (submit && text.length < ANSWER_MIN_CHARS) {
    const message = `Câu trả lời cần ít nhất ${ANSWER_MIN_CHARS} ký tự trước khi gửi duyệt.`;
    return refused(message, { body: message });
  }
  return db.$transaction(async (tx): Promise<ActionResult<{ state: "ROUTED" | "SUBMITTED" }>> => {
    const gate = await lockQuestionFor(tx, actor, parsed.data.questionId, "question.answer", ["ROUTED"]);
    if (!gate.ok) return gate;
    const q = gate.question;
    const state = submit ? "SUBMITTED" : "ROUTED";
    await tx.question.update({
      where: { id: q.id },
      data: { answerBody: sanitized.doc as object, answerText: text, answerWriterId: actor!.id, state, version: q.version + 1, ...(submit && { submittedAt: new Date() }) },
    });
    if (submit) {
      await recordQuestionEvent(tx, { questionId: q.id, actorId: actor!.id, action: "submit-answer", from: q.state, to: state, unitId: q.unitId });
      await notifyUnitStaff(tx, q.unitId!, { kind: "question.waiting", message: `Câu trả lời chờ duyệt: ${q.title}`, link: `/quan-ly/hoi-dap/${q.id}` }, true);
      await writeAudit(tx, { actorId: actor!.id, action: "question.submitAnswer", targetType: "Question", targetId: q.id });
    }
    return { ok: true, value: { state } };
  });
}
