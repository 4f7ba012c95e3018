import { createHash, randomInt } from "node:crypto";
import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { db } from "@/lib/db";
import { emailConfigured, sendEmail } from "@/lib/notifications/email";
import { CONTEST_MESSAGES } from "./labels";

// The one-time code that checks "one entrant per phone" when the portal can send email: the code goes
// to an email the entrant gives and binds it to the phone for this contest. SMS would be the natural
// channel for a phone, but this portal has no SMS gateway; without SMTP the unique phone index alone
// holds the rule.

const CODE_MINUTES = 15;
const MAX_TRIES = 5;
const MAX_CODES_PER_HOUR = 3;

const hashCode = (code: string) => createHash("sha256").update(code).digest("hex");

export function entryCodeRequired(): boolean {
  return emailConfigured();
}

const requestSchema = z.object({
  contestId: z.coerce.number().int().positive(),
  phone: z.string().trim().regex(/^0[1-9]\d{8}$/, "Số điện thoại không hợp lệ (10 chữ số, bắt đầu bằng 0)."),
  email: z.email("Email không hợp lệ.").max(200),
});

/** Gửi mã xác nhận: a 6-digit code valid 15 minutes, at most 3 an hour per phone. */
export async function requestEntryCode(input: unknown, now: Date = new Date()): Promise<ActionResult> {
  if (!emailConfigured()) return refused("Cổng thông tin chưa cấu hình gửi email; không cần mã xác nhận.");
  const parsed = requestSchema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { contestId, phone, email } = parsed.data;
  const recent = await db.contestPhoneCode.count({ where: { contestId, phone, createdAt: { gt: new Date(now.getTime() - 3600_000) } } });
  if (recent >= MAX_CODES_PER_HOUR) return refused("Đã gửi quá 3 mã cho số điện thoại này trong một giờ. Vui lòng thử lại sau.");
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  await db.contestPhoneCode.create({
    data: { contestId, phone, email: email.toLowerCase(), codeHash: hashCode(code), expiresAt: new Date(now.getTime() + CODE_MINUTES * 60_000) },
  });
  await sendEmail({
    to: { name: email, address: email },
    subject: `Mã xác nhận dự thi: ${code}`,
    text: `Mã xác nhận đăng ký dự thi cho số điện thoại ${phone} là ${code}. Mã có hiệu lực ${CODE_MINUTES} phút.`,
  });
  return { ok: true };
}

/** Checks and spends the code; without SMTP there is nothing to check and the email is optional. */
export async function checkEntryCode(
  { contestId, phone, email, code }: { contestId: number; phone: string; email: string; code: string },
  now: Date,
): Promise<{ ok: true; email: string | null } | { ok: false; error: string; fieldErrors?: Record<string, string> }> {
  if (!emailConfigured()) return { ok: true, email: email || null };
  if (!email || !code) return refused(CONTEST_MESSAGES.codeRequired, { code: CONTEST_MESSAGES.codeRequired });
  return db.$transaction(async (tx) => {
    const latest = await tx.contestPhoneCode.findFirst({
      where: { contestId, phone, email: email.toLowerCase(), usedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: "desc" },
    });
    if (!latest || latest.tries >= MAX_TRIES) return refused(CONTEST_MESSAGES.codeWrong, { code: CONTEST_MESSAGES.codeWrong });
    if (latest.codeHash !== hashCode(code)) {
      await tx.contestPhoneCode.update({ where: { id: latest.id }, data: { tries: { increment: 1 } } });
      return refused(CONTEST_MESSAGES.codeWrong, { code: CONTEST_MESSAGES.codeWrong });
    }
    await tx.contestPhoneCode.update({ where: { id: latest.id }, data: { usedAt: now } });
    return { ok: true as const, email: email.toLowerCase() };
  });
}
