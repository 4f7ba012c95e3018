import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { nextCacheMock, nextHeadersMock, runAction, signInAs } from "@/test-support/next-request";

vi.mock("next/headers", () => nextHeadersMock());
vi.mock("next/cache", () => nextCacheMock());

const { db } = await import("@/lib/db");
const { hashPassword, verifyPassword } = await import("@/lib/auth/password");
const { cookies } = await import("next/headers");
const { getActor } = await import("@/lib/auth/session");
const { changePasswordAction, signOutEverywhereAction } = await import("./actions");

const SESSION_COOKIE = "next-auth.session-token";
const sessionCookie = async () => (await cookies()).get(SESSION_COOKIE)?.value;
async function useCookie(value: string | undefined) {
  const jar = await cookies();
  if (value) jar.set(SESSION_COOKIE, value);
  else jar.delete(SESSION_COOKIE);
}

const TEMPORARY = "Tam-thoi-7Hq2-9Lm4";
let user: { id: number; sessionVersion: number; email: string };

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

beforeAll(async () => {
  user = await db.user.create({
    data: { email: `doi-mk-${randomUUID().slice(0, 8)}@actions.test`, name: "Người mới", passwordHash: await hashPassword(TEMPORARY), mustChangePassword: true },
  });
});
// The account stays: its audit entries are append-only, and the test database is rebuilt every run.
afterAll(async () => {
  await db.user.update({ where: { id: user.id }, data: { active: false } });
});

describe("Đổi mật khẩu through the real server action", () => {
  it("sends a visitor without a session to Đăng nhập and changes nothing", async () => {
    await signInAs(null);
    expect(await runAction(() => changePasswordAction(null, form({})))).toEqual({ redirectedTo: "/dang-nhap" });
  });

  it("refuses a common password with a Vietnamese message and keeps the old one", async () => {
    await signInAs(user);
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const outcome = await runAction(() =>
      changePasswordAction(null, form({ currentPassword: TEMPORARY, newPassword: "Matkhau@123", confirmPassword: "Matkhau@123" })),
    );
    expect(outcome).toEqual({
      result: {
        ok: false,
        error: "Thông tin chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.",
        fieldErrors: { newPassword: "Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác." },
      },
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(before);
  });

  it("refuses a wrong current password", async () => {
    await signInAs(user);
    const outcome = await runAction(() =>
      changePasswordAction(null, form({ currentPassword: "khong-dung-dau", newPassword: "Sông Đà mùa nước lũ", confirmPassword: "Sông Đà mùa nước lũ" })),
    );
    expect(outcome).toMatchObject({ result: { ok: false, fieldErrors: { currentPassword: "Mật khẩu hiện tại không đúng." } } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(true);
  });

  it("replaces the temporary password, ends every other session and keeps this one with a fresh token", async () => {
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    await signInAs(before);
    // The same cookie copied to another device (or stolen) before the change.
    const copied = await sessionCookie();
    const outcome = await runAction(() =>
      changePasswordAction(null, form({ currentPassword: TEMPORARY, newPassword: "Sông Đà mùa nước lũ", confirmPassword: "Sông Đà mùa nước lũ" })),
    );
    expect(outcome).toEqual({ redirectedTo: "/quan-ly?da-doi-mat-khau" });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.mustChangePassword).toBe(false);
    expect(await verifyPassword("Sông Đà mùa nước lũ", after.passwordHash)).toBe(true);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);

    const renewed = await sessionCookie();
    expect(renewed).toBeTruthy();
    expect(renewed).not.toBe(copied);
    expect(await getActor()).toMatchObject({ id: user.id, mustChangePassword: false });
    await useCookie(copied);
    expect(await getActor()).toBeNull();
    user = after;
  });

  it("keeps the session version when the change is refused", async () => {
    await signInAs(user);
    const copied = await sessionCookie();
    const outcome = await runAction(() =>
      changePasswordAction(null, form({ currentPassword: "khong-dung-dau", newPassword: "Núi Tản sông Đà", confirmPassword: "Núi Tản sông Đà" })),
    );
    expect(outcome).toMatchObject({ result: { ok: false } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(user.sessionVersion);
    expect(await sessionCookie()).toBe(copied);
    expect(await getActor()).toMatchObject({ id: user.id });
  });

  it("signs out every device: the old token no longer gives a session", async () => {
    await signInAs(user);
    expect(await runAction(() => signOutEverywhereAction())).toEqual({ redirectedTo: "/dang-nhap" });
    // The cookie still carries the old session version; the action now sees no one.
    expect(await runAction(() => changePasswordAction(null, form({})))).toEqual({ redirectedTo: "/dang-nhap" });
  });
});
