import { z } from "zod";
import { refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import { holdsPortalWide, type PolicyActor } from "@/lib/policy";
import { lockQuestionFor, recordQuestionEvent } from "./locked-question";
import { triageEditors } from "./recipients";

const input = z.object({ questionId: z.coerce.number().int().positive() });

/**
 * Duyệt và công bố: the same approval as the unit's articles. In a one-level unit the unit approver
 * publishes; in a two-level unit the approver endorses and a provincial editor publishes. Nobody
 * approves an answer they wrote unless the unit allows self-approval (lib/policy.ts). Publishing queues
 * the email to the asker (lib/questions/asker-emails.ts): the scheduler sends it, so a failing mail
 * server never undoes the answer.
 */
export async function approveAnswer(actor: PolicyActor | null, raw: unknown): Promise<ActionResult<{ state: "ENDORSED" | "ANSWERED" }>> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return refused("Yêu cầu duyệt không hợp lệ.");
  return db.$transaction(async (tx): Promise<ActionResult<{ state: "ENDORSED" | "ANSWERED" }>> => {
    const gate = await lockQuestionFor(tx, actor, parsed.data.questionId, "question.approve", ["SUBMITTED", "ENDORSED"]);
    if (!gate.ok) return gate;
    const q = gate.question;
    if (q.unitStatus !== "ACTIVE") return refused("Đơn vị trả lời đã được sáp nhập hoặc lưu trữ; vui lòng chuyển câu hỏi cho đơn vị khác.");
    if (q.state === "ENDORSED" && !holdsPortalWide(actor!, "question.approve")) {
      return refused("Câu trả lời đã được đơn vị duyệt và đang chờ biên tập cấp tỉnh xuất bản.");
    }
    if (q.state === "SUBMITTED" && q.approvalLevels === 2) {
      await tx.question.update({ where: { id: q.id }, data: { state: "ENDORSED", version: q.version + 1 } });
      await recordQuestionEvent(tx, { questionId: q.id, actorId: actor!.id, action: "endorse", from: q.state, to: "ENDORSED", unitId: q.unitId });
      await notify(tx, await triageEditors(tx), { kind: "question.waiting", message: `Câu trả lời đã được đơn vị duyệt, chờ xuất bản: ${q.title}`, link: `/quan-ly/hoi-dap/${q.id}` });
      await writeAudit(tx, { actorId: actor!.id, action: "question.endorse", targetType: "Question", targetId: q.id });
      return { ok: true, value: { state: "ENDORSED" } };
    }
    await tx.question.update({ where: { id: q.id }, data: { state: "ANSWERED", answeredAt: new Date(), askerEmailedAt: null, version: q.version + 1 } });
    await recordQuestionEvent(tx, { questionId: q.id, actorId: actor!.id, action: "publish", from: q.state, to: "ANSWERED", unitId: q.unitId });
    await writeAudit(tx, { actorId: actor!.id, action: "question.publish", targetType: "Question", targetId: q.id });
    return { ok: true, value: { state: "ANSWERED" }, changes: { questions: true } };
  });
}
