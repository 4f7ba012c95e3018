import { z } from "zod";
import { refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";

const schema = z.object({ questionId: z.coerce.number().int().positive() });

/** Xóa câu hỏi: only one nobody has answered yet, so no score ever changes after the fact. */
export async function deleteQuestion(actor: PolicyActor | null, input: unknown): Promise<ActionResult> {
  const allowed = check(actor, "contest.manage");
  if (!allowed.ok) return allowed;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused("Không tìm thấy câu hỏi.");
  return db.$transaction(async (tx): Promise<ActionResult> => {
    const question = await tx.contestQuestion.findUnique({ where: { id: parsed.data.questionId }, include: { _count: { select: { answers: true } } } });
    if (!question) return refused("Không tìm thấy câu hỏi.");
    if (question._count.answers > 0) return refused("Câu hỏi đã có người trả lời: không thể xóa, để điểm của họ không thay đổi.");
    const drawn = await tx.contestAttempt.count({ where: { questionIds: { has: question.id } } });
    if (drawn > 0) return refused("Câu hỏi đã được rút cho bài thi: không thể xóa.");
    await tx.contestQuestion.delete({ where: { id: question.id } });
    await writeAudit(tx, { actorId: actor!.id, action: "contest.question.delete", targetType: "ContestQuestion", targetId: question.id, change: { text: question.text } });
    return { ok: true };
  });
}
