import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { lockQuestionFor, recordQuestionEvent } from "./locked-question";
import { notifyUnitStaff } from "./recipients";

const input = z.object({
  questionId: z.coerce.number().int().positive(),
  unitId: z.coerce.number({ message: "Vui lòng chọn đơn vị trả lời." }).int().positive("Vui lòng chọn đơn vị trả lời."),
  note: z
    .string()
    .optional()
    .transform((v) => v?.trim() || null)
    .pipe(z.string().max(1000, "Ghi chú dài tối đa 1.000 ký tự.").nullable()),
});

/**
 * Phân công: the provincial editor sends a question in triage to a unit, or forwards one a unit holds
 * to another with a note (a draft the first unit started is dropped: the new unit answers in its name).
 * Not while an answer waits for approval.
 */
export async function routeQuestion(actor: PolicyActor | null, raw: unknown): Promise<ActionResult<{ unitId: number }>> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { questionId, unitId, note } = parsed.data;
  return db.$transaction(async (tx): Promise<ActionResult<{ unitId: number }>> => {
    const gate = await lockQuestionFor(tx, actor, questionId, "question.route", ["NEW", "ROUTED"]);
    if (!gate.ok) return gate;
    const q = gate.question;
    const unit = await tx.unit.findFirst({ where: { id: unitId, status: "ACTIVE" }, select: { id: true, name: true } });
    if (!unit) return refused(INVALID_FORM, { unitId: "Đơn vị này không còn hoạt động. Vui lòng chọn đơn vị khác." });
    if (unit.id === q.unitId) return refused(INVALID_FORM, { unitId: "Câu hỏi đã ở đơn vị này." });
    const forward = q.state === "ROUTED";
    await tx.question.update({
      where: { id: q.id },
      data: { state: "ROUTED", unitId: unit.id, routedAt: new Date(), version: q.version + 1, ...(forward && { answerBody: Prisma.DbNull, answerText: "", answerWriterId: null }) },
    });
    await recordQuestionEvent(tx, { questionId: q.id, actorId: actor!.id, action: forward ? "forward" : "route", from: q.state, to: "ROUTED", unitId: unit.id, note });
    await notifyUnitStaff(tx, unit.id, {
      kind: "question.new",
      message: `Câu hỏi được chuyển đến đơn vị ${unit.name}: ${q.title}${note ? ` — Ghi chú: ${note}` : ""}`,
      link: `/quan-ly/hoi-dap/${q.id}`,
    });
    await writeAudit(tx, { actorId: actor!.id, action: forward ? "question.forward" : "question.route", targetType: "Question", targetId: q.id, change: { from: q.unitId, to: unit.id, note } });
    return { ok: true, value: { unitId: unit.id } };
  });
}
