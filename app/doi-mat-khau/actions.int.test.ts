import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { nextCacheMock, nextHeadersMock, runAction, signInAs } from "@/test-support/next-request";

vi.mock("next/headers", () => nextHeadersMock());
vi.mock("next/cache", () => nextCacheMock());

const { db } = await import("@/lib/db");
const { hashPassword, verifyPassword } = await import("@/lib/auth/password");
const { changePasswordAction, signOutEverywhereAction } = await import("./actions");

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

  it("replaces the temporary password and lets the person work", async () => {
    await signInAs(user);
    const outcome = await runAction(() =>
      changePasswordAction(null, form({ currentPassword: TEMPORARY, newPassword: "Sông Đà mùa nước lũ", confirmPassword: "Sông Đà mùa nước lũ" })),
    );
    expect(outcome).toEqual({ redirectedTo: "/quan-ly?da-doi-mat-khau" });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.mustChangePassword).toBe(false);
    expect(await verifyPassword("Sông Đà mùa nước lũ", after.passwordHash)).toBe(true);
  });

  it("signs out every device: the old token no longer gives a session", async () => {
    await signInAs(user);
    expect(await runAction(() => signOutEverywhereAction())).toEqual({ redirectedTo: "/dang-nhap" });
    // The cookie still carries the old session version; the action now sees no one.
    expect(await runAction(() => changePasswordAction(null, form({})))).toEqual({ redirectedTo: "/dang-nhap" });
  });
});
