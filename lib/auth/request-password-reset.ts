import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { db } from "@/lib/db";
import { emailConfigured, sendEmail, type OutgoingEmail } from "@/lib/notifications/email";
import { emailField } from "@/lib/users/user-fields";
import { newResetToken, RESET_LINK_MINUTES, RESET_LINK_PATH } from "./password-reset-token";
import { databaseNow, hashAddress } from "./throttle";

export const RESET_REQUEST_LIMITS = {
  /** Links emailed to one account in an hour; more requests are answered alike and send nothing. */
  linksPerAccountPerHour: 3,
  /** Requests from one address in an hour, whatever the emails: a refusal that names no account. */
  requestsPerAddressPerHour: 10,
};

/** The one answer to every well-formed request, whether or not the email belongs to anyone. */
export const RESET_REQUESTED =
  `Nếu đây là email đăng nhập của một tài khoản đang hoạt động, cổng thông tin đã gửi tới đó một liên kết để đặt mật khẩu mới. ` +
  `Liên kết dùng được một lần, trong ${RESET_LINK_MINUTES} phút. Không thấy thư sau vài phút, hãy xem cả thư mục Thư rác (Spam).`;

export const RESET_BY_EMAIL_UNAVAILABLE =
  "Cổng thông tin hiện chưa gửi được thư. Để được cấp lại mật khẩu, vui lòng liên hệ bộ phận hỗ trợ.";

export const resetRequestsThrottled = (minutes: number) =>
  `Máy của bạn đã gửi quá nhiều yêu cầu đặt lại mật khẩu. Vui lòng thử lại sau ${minutes} phút, hoặc liên hệ bộ phận hỗ trợ.`;

const schema = z.object({ email: emailField });

const HOUR = 3600_000;

export type PasswordResetMail = OutgoingEmail;

/**
 * "Quên mật khẩu?": emails a single-use link valid for 30 minutes to an active account. The answer is
 * the same for an unknown email, a deactivated account and an account that had its three links this
 * hour — only malformed input and too many requests from one address (which say nothing about any
 * account) are refused. The email is handed to `deliver` once the link is stored, so the caller can
 * send it after answering and the answer takes no longer for an account that exists.
 */
export async function requestPasswordReset(
  input: unknown,
  address: string,
  deliver: (mail: PasswordResetMail) => void,
): Promise<ActionResult<{ message: string }>> {
  if (!emailConfigured()) return refused(RESET_BY_EMAIL_UNAVAILABLE);
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { email } = parsed.data;
  // Its own namespace of address hashes, with no email: the sign-in rules never count these rows.
  const addressHash = hashAddress(`password-reset:${address}`);

  const outcome = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"password-reset-address:" + addressHash}))`;
    const now = await databaseNow(tx);
    const hourAgo = new Date(now.getTime() - HOUR);
    const recent = await tx.signInAttempt.findMany({
      where: { addressHash, email: null, createdAt: { gt: hourAgo } },
      orderBy: { createdAt: "desc" },
      take: RESET_REQUEST_LIMITS.requestsPerAddressPerHour,
      select: { createdAt: true },
    });
    if (recent.length >= RESET_REQUEST_LIMITS.requestsPerAddressPerHour) {
      const oldest = recent[recent.length - 1].createdAt.getTime();
      return { throttledMinutes: Math.max(1, Math.ceil((oldest + HOUR - now.getTime()) / 60_000)) };
    }
    await tx.signInAttempt.create({ data: { email: null, addressHash, succeeded: false, createdAt: now } });

    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"password-reset:" + email}))`;
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, active: true } });
    if (!user?.active) return {};
    const linksThisHour = await tx.passwordResetToken.count({ where: { userId: user.id, createdAt: { gt: hourAgo } } });
    if (linksThisHour >= RESET_REQUEST_LIMITS.linksPerAccountPerHour) return {};
    const { token, tokenHash } = newResetToken();
    await tx.passwordResetToken.create({
      data: { userId: user.id, tokenHash, createdAt: now, expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000) },
    });
    return { mail: resetMail(user, token) };
  });

  if ("throttledMinutes" in outcome) return refused(resetRequestsThrottled(outcome.throttledMinutes!));
  if (outcome.mail) deliver(outcome.mail);
  return { ok: true, value: { message: RESET_REQUESTED } };
}

function resetMail(user: { name: string; email: string }, token: string): PasswordResetMail {
  // The portal's configured address, never the request's Host header, which the requester chooses.
  const site = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
  const link = new URL(`${RESET_LINK_PATH}/${token}`, site).toString();
  return {
    to: { name: user.name, address: user.email },
    subject: "[PBGDPL] Đặt lại mật khẩu",
    text: [
      `Xin chào ${user.name},`,
      "",
      `Có người (có thể chính là bạn) vừa yêu cầu đặt lại mật khẩu cho tài khoản ${user.email} trên Cổng thông tin Phổ biến, giáo dục pháp luật.`,
      "",
      `Để đặt mật khẩu mới, hãy mở liên kết sau trong vòng ${RESET_LINK_MINUTES} phút. Liên kết chỉ dùng được một lần:`,
      link,
      "",
      "Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu của bạn vẫn giữ nguyên.",
      "",
      "— Cổng thông tin Phổ biến, giáo dục pháp luật",
    ].join("\n"),
  };
}

/** Sends a reset email, after the answer has gone: a failure is logged, and the person can ask again. */
export async function sendPasswordResetEmail(mail: PasswordResetMail): Promise<void> {
  try {
    await sendEmail(mail);
  } catch (error) {
    console.error("Không gửi được thư đặt lại mật khẩu:", error);
  }
}
