import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { INVALID_FORM } from "@/lib/action-result";
import { db } from "@/lib/db";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { resetPassword } from "@/lib/users/reset-password";
import { auditEntriesAfter, lastAuditId, makeActor } from "@/test-support/fixtures/people";
import { startTestSmtpServer, type ReceivedMail, type TestSmtpServer } from "@/test-support/smtp";
import { hashPassword, verifyPassword } from "./password";
import { hashResetToken, newResetToken } from "./password-reset-token";
import {
  RESET_BY_EMAIL_UNAVAILABLE,
  RESET_REQUEST_LIMITS,
  RESET_REQUESTED,
  requestPasswordReset,
  resetRequestsThrottled,
  sendPasswordResetEmail,
  type PasswordResetMail,
} from "./request-password-reset";
import { checkResetLink, RESET_LINK_EXPIRED, RESET_LINK_INVALID, RESET_LINK_USED, resetPasswordWithLink } from "./reset-password-with-link";

// "Quên mật khẩu?" against PostgreSQL and a real SMTP server started here; nothing leaves the machine.
const OLD_PASSWORD = "Mật khẩu cũ của tôi 2025";
const NEW_PASSWORD = "Đồng lúa chín vàng 2026";
let server: TestSmtpServer;
let received: ReceivedMail[];
let oldHash: string;

const someAddress = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
const tokenIn = (text: string) => /\/dat-lai-mat-khau\/([A-Za-z0-9_-]{43})(?:\s|$)/.exec(text)?.[1];

async function makeUser(data: { active?: boolean; mustChangePassword?: boolean } = {}) {
  const email = `quen-${randomUUID().slice(0, 8)}@reset.test`;
  return db.user.create({ data: { email, name: "Người quên mật khẩu", passwordHash: oldHash, ...data } });
}

/** Asks for a link as the page does, collecting what would be emailed. */
async function request(email: string, address = someAddress()) {
  const mails: PasswordResetMail[] = [];
  const result = await requestPasswordReset({ email }, address, (mail) => mails.push(mail));
  return { result, mails };
}

/** A link stored directly, as the request would store it. */
async function linkFor(userId: number, minutes = 30) {
  const { token, tokenHash } = newResetToken();
  await db.passwordResetToken.create({ data: { userId, tokenHash, expiresAt: new Date(Date.now() + minutes * 60_000) } });
  return token;
}

/** Everything a refusal must leave as it was. */
async function state(userId: number) {
  return {
    user: await db.user.findUniqueOrThrow({ where: { id: userId } }),
    links: await db.passwordResetToken.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    audit: await lastAuditId(),
  };
}

beforeAll(async () => {
  oldHash = await hashPassword(OLD_PASSWORD);
  server = await startTestSmtpServer();
  received = server.inbox;
});
beforeEach(() => {
  process.env.SMTP_URL = server.url;
});
afterAll(async () => {
  await server.close();
  delete process.env.SMTP_URL;
});

describe("asking for a link", () => {
  it("emails an active account a link to /dat-lai-mat-khau, valid 30 minutes; only the token's hash is stored", async () => {
    const user = await makeUser();
    const { result, mails } = await request(`  ${user.email.toUpperCase()} `);
    expect(result).toEqual({ ok: true, value: { message: RESET_REQUESTED } });
    expect(mails).toHaveLength(1);

    const before = received.length;
    await sendPasswordResetEmail(mails[0]);
    expect(received.length).toBe(before + 1);
    const mail = received.at(-1)!;
    expect(mail).toMatchObject({ to: user.email, subject: "[PBGDPL] Đặt lại mật khẩu" });
    expect(mail.text).toContain(`Xin chào ${user.name},`);
    expect(mail.text).toContain("trong vòng 30 phút");
    const site = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
    expect(mail.text).toMatch(new RegExp(`${site.replace(/[.:/]/g, "\\$&")}/dat-lai-mat-khau/[A-Za-z0-9_-]{43}`));

    const token = tokenIn(mail.text)!;
    const [link] = await db.passwordResetToken.findMany({ where: { userId: user.id } });
    expect(link.tokenHash).toBe(hashResetToken(token));
    expect(JSON.stringify(link)).not.toContain(token);
    expect(link.usedAt).toBeNull();
    expect(link.expiresAt.getTime() - link.createdAt.getTime()).toBe(30 * 60_000);
    expect(await checkResetLink(token)).toEqual({ ok: true, email: user.email });
  });

  it("answers an unknown email, a deactivated account and a fourth request in the hour exactly alike, and sends nothing", async () => {
    const inactive = await makeUser({ active: false });
    const busy = await makeUser();
    for (let i = 0; i < RESET_REQUEST_LIMITS.linksPerAccountPerHour; i++) expect((await request(busy.email)).mails).toHaveLength(1);
    const answers = [
      await request(busy.email),
      await request(inactive.email),
      await request(`khong-co-ai-${randomUUID().slice(0, 8)}@reset.test`),
    ];
    for (const { result, mails } of answers) {
      expect(result).toEqual({ ok: true, value: { message: RESET_REQUESTED } });
      expect(mails).toEqual([]);
    }
    expect(await db.passwordResetToken.count({ where: { userId: busy.id } })).toBe(3);
    expect(await db.passwordResetToken.count({ where: { userId: inactive.id } })).toBe(0);
  });

  it("after ten requests from one address in an hour refuses the next, whatever the email, recording nothing", async () => {
    const address = someAddress();
    const user = await makeUser();
    for (let i = 0; i < RESET_REQUEST_LIMITS.requestsPerAddressPerHour; i++) {
      expect((await request(`ai-do-${i}-${randomUUID().slice(0, 6)}@reset.test`, address)).result.ok).toBe(true);
    }
    const before = await state(user.id);
    const attemptsBefore = await db.signInAttempt.count();
    for (const email of [user.email, `khong-co-${randomUUID().slice(0, 6)}@reset.test`]) {
      const { result, mails } = await request(email, address);
      expect(result).toEqual({ ok: false, error: resetRequestsThrottled(60) });
      expect(result).toEqual({
        ok: false,
        error: "Máy của bạn đã gửi quá nhiều yêu cầu đặt lại mật khẩu. Vui lòng thử lại sau 60 phút, hoặc liên hệ bộ phận hỗ trợ.",
      });
      expect(mails).toEqual([]);
    }
    expect(await state(user.id)).toEqual(before);
    expect(await db.signInAttempt.count()).toBe(attemptsBefore);
    expect((await request(user.email)).mails).toHaveLength(1);
  });

  it("refuses a malformed email with a Vietnamese message, recording nothing", async () => {
    const attemptsBefore = await db.signInAttempt.count();
    for (const [email, message] of [["", "Vui lòng nhập email."], ["khong-phai-email", "Email không hợp lệ."]]) {
      const { result, mails } = await request(email);
      expect(result).toEqual({ ok: false, error: INVALID_FORM, fieldErrors: { email: message } });
      expect(mails).toEqual([]);
    }
    expect(await db.signInAttempt.count()).toBe(attemptsBefore);
  });

  it("without SMTP, says to contact the helpdesk and makes no link", async () => {
    delete process.env.SMTP_URL;
    const user = await makeUser();
    const before = await state(user.id);
    const { result, mails } = await request(user.email);
    expect(result).toEqual({ ok: false, error: RESET_BY_EMAIL_UNAVAILABLE });
    expect(mails).toEqual([]);
    expect(await state(user.id)).toEqual(before);
  });
});

describe("using the link", () => {
  it("sets the new password once: the link is spent, the other links die, every session ends, the temporary password is gone, and it is audited", async () => {
    const user = await makeUser({ mustChangePassword: true });
    const token = await linkFor(user.id);
    const other = await linkFor(user.id);
    const audit = await lastAuditId();

    expect(await resetPasswordWithLink({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toEqual({ ok: true });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(NEW_PASSWORD, after.passwordHash)).toBe(true);
    expect(after.mustChangePassword).toBe(false);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect((await db.passwordResetToken.findUniqueOrThrow({ where: { tokenHash: hashResetToken(token) } })).usedAt).not.toBeNull();
    expect(await checkResetLink(other)).toEqual({ ok: false, error: RESET_LINK_EXPIRED });
    expect(await auditEntriesAfter(audit)).toMatchObject([
      {
        actorId: user.id,
        action: "user.resetPasswordByLink",
        targetType: "User",
        targetId: String(user.id),
        change: { before: { mustChangePassword: true }, after: { mustChangePassword: false } },
      },
    ]);
    expect(JSON.stringify((await auditEntriesAfter(audit)).map((entry) => entry.change))).not.toContain(token);

    // The second use, and the other link, are refused and change nothing.
    const before = await state(user.id);
    expect(await resetPasswordWithLink({ token, newPassword: "Một mật khẩu khác hẳn", confirmPassword: "Một mật khẩu khác hẳn" })).toEqual({ ok: false, error: RESET_LINK_USED });
    expect(await resetPasswordWithLink({ token: other, newPassword: "Một mật khẩu khác hẳn", confirmPassword: "Một mật khẩu khác hẳn" })).toEqual({ ok: false, error: RESET_LINK_EXPIRED });
    expect(await state(user.id)).toEqual(before);
    expect(await checkResetLink(token)).toEqual({ ok: false, error: RESET_LINK_USED });
  });

  it("lets only one of two uses at the same moment win", async () => {
    const user = await makeUser();
    const token = await linkFor(user.id);
    const passwords = ["Thứ nhất là mật khẩu này", "Thứ hai là mật khẩu kia"];
    const results = await Promise.all(passwords.map((password) => resetPasswordWithLink({ token, newPassword: password, confirmPassword: password })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: RESET_LINK_USED }]);
    const winner = passwords[results.findIndex((r) => r.ok)];
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(winner, after.passwordHash)).toBe(true);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
  });

  it("refuses an expired link, an unknown one and a deactivated account's, changing nothing", async () => {
    const user = await makeUser();
    const expired = await linkFor(user.id, -1);
    const cases: [string, string][] = [
      [expired, RESET_LINK_EXPIRED],
      [newResetToken().token, RESET_LINK_INVALID],
      ["ngan-qua", RESET_LINK_INVALID],
      [`${expired}x`, RESET_LINK_INVALID],
    ];
    const before = await state(user.id);
    for (const [token, message] of cases) {
      expect(await checkResetLink(token)).toEqual({ ok: false, error: message });
      expect(await resetPasswordWithLink({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toEqual({ ok: false, error: message });
    }
    expect(await resetPasswordWithLink({ newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toEqual({ ok: false, error: RESET_LINK_INVALID });
    expect(await state(user.id)).toEqual(before);

    const leaving = await makeUser();
    const token = await linkFor(leaving.id);
    await db.user.update({ where: { id: leaving.id }, data: { active: false } });
    const leavingBefore = await state(leaving.id);
    expect(await resetPasswordWithLink({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toEqual({ ok: false, error: RESET_LINK_EXPIRED });
    expect(await state(leaving.id)).toEqual(leavingBefore);
  });

  it("holds the new password to the password policy, and keeps the link for another try", async () => {
    const user = await makeUser();
    const token = await linkFor(user.id);
    const before = await state(user.id);
    const localPart = user.email.split("@")[0];
    const cases: [Record<string, string>, Record<string, string>][] = [
      [{ newPassword: "ngan", confirmPassword: "ngan" }, { newPassword: "Mật khẩu phải có ít nhất 10 ký tự." }],
      [{ newPassword: "Matkhau@123", confirmPassword: "Matkhau@123" }, { newPassword: "Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác." }],
      [{ newPassword: `${localPart}-2026`, confirmPassword: `${localPart}-2026` }, { newPassword: "Mật khẩu không được trùng hoặc chứa địa chỉ email của bạn." }],
      [{ newPassword: NEW_PASSWORD, confirmPassword: `${NEW_PASSWORD}!` }, { confirmPassword: "Hai lần nhập mật khẩu mới không khớp." }],
      [{ newPassword: "", confirmPassword: "" }, { newPassword: "Vui lòng nhập mật khẩu mới.", confirmPassword: "Vui lòng nhập lại mật khẩu mới." }],
    ];
    for (const [fields, fieldErrors] of cases) {
      expect(await resetPasswordWithLink({ token, ...fields })).toEqual({ ok: false, error: INVALID_FORM, fieldErrors });
    }
    expect(await state(user.id)).toEqual(before);
    expect(await checkResetLink(token)).toEqual({ ok: true, email: user.email });
  });

  it("dies when the password is changed another way: by its owner or reset by an administrator", async () => {
    const owner = await makeUser();
    const ownersLink = await linkFor(owner.id);
    expect(await changeOwnPassword(owner.id, { currentPassword: OLD_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toMatchObject({ ok: true });
    expect(await checkResetLink(ownersLink)).toEqual({ ok: false, error: RESET_LINK_EXPIRED });

    const forgetful = await makeUser();
    const forgetfulLink = await linkFor(forgetful.id);
    expect(await resetPassword(await makeActor(["ADMINISTRATOR"]), { userId: forgetful.id })).toMatchObject({ ok: true });
    expect(await checkResetLink(forgetfulLink)).toEqual({ ok: false, error: RESET_LINK_EXPIRED });
  });
});
