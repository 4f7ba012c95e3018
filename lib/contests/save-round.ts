import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { idField, readVietnamTimes, wholeNumberField } from "./fields";

const schema = z.object({
  contestId: idField,
  roundId: idField.optional(),
  name: z.string().trim().min(2, "Vui lòng nhập tên vòng thi.").max(120, "Tên vòng thi dài tối đa 120 ký tự."),
  questionCount: wholeNumberField("Số câu hỏi", 1, 100),
  timeLimitMinutes: wholeNumberField("Thời gian làm bài (phút)", 1, 180),
  attemptsAllowed: wholeNumberField("Số lượt thi", 1, 10),
});

/** Thêm or sửa vòng thi. A round someone has started keeps its question count and time limit. */
export async function saveRound(actor: PolicyActor | null, input: unknown): Promise<ActionResult<{ id: number }>> {
  const allowed = check(actor, "contest.manage");
  if (!allowed.ok) return allowed;
  const parsed = schema.safeParse(input);
  // Mở lúc and Đóng lúc: typed day and 24-hour time boxes (opensAtDate, opensAtTime…), Vietnam time.
  const times = readVietnamTimes(input, ["opensAt", "closesAt"] as const);
  if (!parsed.success || !times.ok) {
    return refused(INVALID_FORM, { ...(parsed.success ? {} : fieldErrorsFrom(parsed.error.issues)), ...(times.ok ? {} : times.fieldErrors) });
  }
  const { opensAt, closesAt } = times.value;
  if (closesAt <= opensAt) return refused(INVALID_FORM, { closesAtDate: "Thời gian đóng phải sau thời gian mở." });
  const { contestId, roundId, name, questionCount, timeLimitMinutes, attemptsAllowed } = parsed.data;
  return db.$transaction(async (tx): Promise<ActionResult<{ id: number }>> => {
    const contest = await tx.contest.findUnique({ where: { id: contestId }, select: { id: true, opensAt: true, closesAt: true } });
    if (!contest) return refused("Không tìm thấy cuộc thi.");
    if (opensAt < contest.opensAt || closesAt > contest.closesAt) {
      return refused(INVALID_FORM, { opensAtDate: "Vòng thi phải nằm trong thời gian của cuộc thi." });
    }
    const data = { name, opensAt, closesAt, questionCount, timeLimitSeconds: timeLimitMinutes * 60, attemptsAllowed };
    let id: number;
    if (roundId) {
      const before = await tx.contestRound.findFirst({ where: { id: roundId, contestId }, include: { _count: { select: { attempts: true } } } });
      if (!before) return refused("Không tìm thấy vòng thi.");
      if (before._count.attempts > 0 && (before.questionCount !== questionCount || before.timeLimitSeconds !== data.timeLimitSeconds)) {
        return refused("Vòng thi đã có người làm bài: không thể đổi số câu hỏi hay thời gian làm bài.");
      }
      id = (await tx.contestRound.update({ where: { id: roundId }, data })).id;
    } else {
      const last = await tx.contestRound.aggregate({ where: { contestId }, _max: { number: true } });
      id = (await tx.contestRound.create({ data: { ...data, contestId, number: (last._max.number ?? 0) + 1 } })).id;
    }
    await writeAudit(tx, {
      actorId: actor!.id,
      action: roundId ? "contest.round.update" : "contest.round.create",
      targetType: "ContestRound",
      targetId: id,
      change: { contestId, ...data, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() },
    });
    return { ok: true, value: { id }, changes: { contests: true } };
  });
}
