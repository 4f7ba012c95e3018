import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { db } from "@/lib/db";
import { parseVietnamDay } from "@/lib/vietnamese";
import { newEntrantToken } from "./entrant-token";
import { CONTEST_MESSAGES } from "./labels";
import { checkEntryCode } from "./entry-code";

/** 0912 345 678, 0912.345.678, +84 912 345 678 → 0912345678; null when it is not a Vietnamese number. */
export function normalizePhone(text: string): string | null {
  const digits = text.replace(/[\s.\-()]/g, "");
  const local = digits.startsWith("+84") ? `0${digits.slice(3)}` : digits.startsWith("84") && digits.length === 11 ? `0${digits.slice(2)}` : digits;
  return /^0[1-9]\d{8}$/.test(local) ? local : null;
}

const schema = z.object({
  contestId: z.coerce.number().int().positive(),
  fullName: z.string().trim().min(2, "Vui lòng nhập họ và tên.").max(100, "Họ và tên dài tối đa 100 ký tự."),
  birthDate: z.string().trim().min(1, "Vui lòng nhập ngày sinh."),
  phone: z.string().trim().min(1, "Vui lòng nhập số điện thoại."),
  communeId: z.coerce.number({ error: "Vui lòng chọn xã/phường." }).int().positive("Vui lòng chọn xã/phường."),
  groupId: z.coerce.number({ error: "Vui lòng chọn đối tượng dự thi." }).int().positive("Vui lòng chọn đối tượng dự thi."),
  email: z.string().trim().max(200).optional().default(""),
  code: z.string().trim().max(20).optional().default(""),
});

export type Registered = { entrantId: number; token: string };

/**
 * Đăng ký dự thi, without an account: one entrant per phone per contest (the unique index decides
 * when two registrations race). When email is configured, the phone's owner first proves the email
 * with a one-time code (entry-code.ts); SMS is not available on this portal.
 */
export async function registerEntrant(input: unknown, now: Date = new Date()): Promise<ActionResult<Registered>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { contestId, fullName, communeId, groupId, email, code } = parsed.data;
  const errors: Record<string, string> = {};
  const phone = normalizePhone(parsed.data.phone);
  if (!phone) errors.phone = "Số điện thoại không hợp lệ (10 chữ số, bắt đầu bằng 0).";
  const born = parseVietnamDay(parsed.data.birthDate, now);
  if (!born.ok) errors.birthDate = born.error;
  else if (born.value.year > new Date(now).getUTCFullYear() - 6) errors.birthDate = "Ngày sinh chưa đúng: người dự thi cần từ 6 tuổi trở lên.";
  if (Object.keys(errors).length > 0) return refused(INVALID_FORM, errors);

  const contest = await db.contest.findUnique({ where: { id: contestId }, include: { groups: { select: { id: true } } } });
  if (!contest) return refused(CONTEST_MESSAGES.notFound);
  if (now < contest.opensAt || now > contest.closesAt) return refused(CONTEST_MESSAGES.contestClosed);
  if (!contest.groups.some((g) => g.id === groupId)) return refused(INVALID_FORM, { groupId: "Vui lòng chọn đối tượng dự thi." });
  const commune = await db.unit.findFirst({ where: { id: communeId, type: "COMMUNE", status: "ACTIVE" }, select: { id: true } });
  if (!commune) return refused(INVALID_FORM, { communeId: "Vui lòng chọn xã/phường trong danh sách." });
  if (await db.contestEntrant.findUnique({ where: { contestId_phone: { contestId, phone: phone! } }, select: { id: true } })) {
    return refused(CONTEST_MESSAGES.phoneTaken, { phone: CONTEST_MESSAGES.phoneTaken });
  }
  const verified = await checkEntryCode({ contestId, phone: phone!, email, code }, now);
  if (!verified.ok) return verified;

  const { token, hash } = newEntrantToken();
  const { year, month, day } = (born as Extract<typeof born, { ok: true }>).value;
  try {
    const entrant = await db.contestEntrant.create({
      data: {
        contestId,
        groupId,
        communeId,
        fullName,
        birthDate: new Date(Date.UTC(year, month - 1, day)),
        phone: phone!,
        email: verified.email,
        tokenHash: hash,
      },
      select: { id: true },
    });
    return { ok: true, value: { entrantId: entrant.id, token } };
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return refused(CONTEST_MESSAGES.phoneTaken, { phone: CONTEST_MESSAGES.phoneTaken });
    throw error;
  }
}
