import { db } from "@/lib/db";
import { loadHolidays } from "./deadline";
import { notifyUnitStaff } from "./recipients";
import { readQuestionSettings } from "./settings";
import { workingDaysBetween } from "./working-days";

// Nhắc hạn: once a question a unit holds is within `remindDaysBefore` working days of its deadline
// (or past it), the unit's staff get one notification (in the workspace, and by email when SMTP is
// set). Run by the scheduler; each question is claimed under its row lock with SKIP LOCKED, so two
// servers never remind twice.

export async function remindDueQuestions(now = new Date()): Promise<number[]> {
  const settings = await readQuestionSettings();
  const holidays = await loadHolidays(db, now);
  // Calendar days are an upper bound for working days: nothing further than this can be due soon.
  const horizon = new Date(now.getTime() + (settings.remindDaysBefore * 3 + 10) * 86_400_000);
  const candidates = await db.question.findMany({
    where: { state: { in: ["ROUTED", "SUBMITTED", "ENDORSED"] }, unitId: { not: null }, remindedAt: null, dueAt: { lte: horizon } },
    select: { id: true, dueAt: true },
    orderBy: { dueAt: "asc" },
    take: 200,
  });
  const reminded: number[] = [];
  for (const candidate of candidates) {
    if (candidate.dueAt > now && workingDaysBetween(now, candidate.dueAt, holidays) > settings.remindDaysBefore) continue;
    const done = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: number; unitId: number; title: string; dueAt: Date }[]>`
        SELECT id, "unitId", title, "dueAt" FROM "Question" WHERE id = ${candidate.id} AND "remindedAt" IS NULL FOR UPDATE SKIP LOCKED`;
      const q = rows[0];
      if (!q) return false;
      const overdue = q.dueAt <= now;
      const left = workingDaysBetween(now, q.dueAt, holidays);
      await notifyUnitStaff(tx, q.unitId, {
        kind: "question.due",
        message: overdue ? `Câu hỏi đã quá hạn trả lời: ${q.title}` : `Còn ${left} ngày làm việc để trả lời câu hỏi: ${q.title}`,
        link: `/quan-ly/hoi-dap/${q.id}`,
      });
      await tx.question.update({ where: { id: q.id }, data: { remindedAt: now } });
      return true;
    });
    if (done) reminded.push(candidate.id);
  }
  return reminded;
}
