import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { parseVietnamDay } from "@/lib/vietnamese";

// Ngày nghỉ lễ, kept by the administrator: the days question deadlines skip besides weekends. A change
// applies to questions received afterwards; a deadline already given to an asker is not moved.

const addInput = z.object({
  date: z.string({ message: "Vui lòng nhập ngày (dd/mm/yyyy)." }).trim().min(1, "Vui lòng nhập ngày (dd/mm/yyyy)."),
  name: z.string({ message: "Vui lòng nhập tên ngày nghỉ." }).trim().min(2, "Vui lòng nhập tên ngày nghỉ.").max(120, "Tên dài tối đa 120 ký tự."),
});

export async function addHoliday(actor: PolicyActor | null, raw: unknown): Promise<ActionResult<{ date: string }>> {
  const allowed = check(actor, "admin.holidays");
  if (!allowed.ok) return allowed;
  const parsed = addInput.safeParse(raw);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const day = parseVietnamDay(parsed.data.date);
  if (!day.ok) return refused(INVALID_FORM, { date: day.error });
  const date = new Date(`${day.iso}T00:00:00Z`);
  return db.$transaction(async (tx): Promise<ActionResult<{ date: string }>> => {
    const created = await tx.$executeRaw`INSERT INTO "PublicHoliday" (date, name) VALUES (${date}::date, ${parsed.data.name}) ON CONFLICT (date) DO NOTHING`;
    if (created === 0) return refused(INVALID_FORM, { date: "Ngày này đã có trong danh sách ngày nghỉ." });
    await writeAudit(tx, { actorId: actor!.id, action: "question.holiday.add", targetType: "PublicHoliday", targetId: day.iso, change: { name: parsed.data.name } });
    return { ok: true, value: { date: day.iso } };
  });
}

export async function removeHoliday(actor: PolicyActor | null, raw: unknown): Promise<ActionResult> {
  const allowed = check(actor, "admin.holidays");
  if (!allowed.ok) return allowed;
  const iso = String((raw as { date?: unknown } | null)?.date ?? "");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return refused("Không tìm thấy ngày nghỉ.");
  return db.$transaction(async (tx): Promise<ActionResult> => {
    const removed = await tx.publicHoliday.deleteMany({ where: { date: new Date(`${iso}T00:00:00Z`) } });
    if (removed.count === 0) return refused("Không tìm thấy ngày nghỉ (có thể đã được xoá).");
    await writeAudit(tx, { actorId: actor!.id, action: "question.holiday.remove", targetType: "PublicHoliday", targetId: iso });
    return { ok: true };
  });
}

export async function listHolidays(): Promise<{ date: string; name: string }[]> {
  const rows = await db.publicHoliday.findMany({ orderBy: { date: "asc" } });
  return rows.map((r) => ({ date: r.date.toISOString().slice(0, 10), name: r.name }));
}
