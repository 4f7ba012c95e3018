import { z } from "zod";
import { refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";

/** Why a prize was not saved, by a short key the results page can carry in its address. */
export const PRIZE_REFUSALS = {
  "qua-dai": "Tên giải dài tối đa 60 ký tự.",
  "khong-thay": "Không tìm thấy bài thi đã nộp.",
} as const;

const schema = z.object({
  attemptId: z.coerce.number().int().positive(),
  prize: z.string().trim().max(60, PRIZE_REFUSALS["qua-dai"]),
});

/** Đánh dấu giải: the organisers name a prize on a ranked attempt (empty removes it). */
export async function markPrize(actor: PolicyActor | null, input: unknown): Promise<ActionResult<{ contestId: number }>> {
  const allowed = check(actor, "contest.manage");
  if (!allowed.ok) return allowed;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(parsed.error.issues[0]?.message ?? "Thông tin chưa hợp lệ.");
  const { attemptId, prize } = parsed.data;
  return db.$transaction(async (tx): Promise<ActionResult<{ contestId: number }>> => {
    const attempt = await tx.contestAttempt.findUnique({ where: { id: attemptId }, include: { round: { select: { contestId: true } } } });
    if (!attempt || !attempt.submittedAt) return refused(PRIZE_REFUSALS["khong-thay"]);
    await tx.contestAttempt.update({ where: { id: attemptId }, data: { prize: prize || null } });
    await writeAudit(tx, { actorId: actor!.id, action: "contest.prize", targetType: "ContestAttempt", targetId: attemptId, change: { before: attempt.prize, after: prize || null } });
    return { ok: true, value: { contestId: attempt.round.contestId }, changes: { contests: true } };
  });
}
