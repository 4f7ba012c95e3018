import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { createUser, DUPLICATE_EMAIL } from "./create-user";
import { ALREADY_INACTIVE, CANNOT_DEACTIVATE_SELF, deactivateUser } from "./deactivate-user";
import { searchUsers, USERS_PER_PAGE } from "./queries";
import { ALREADY_ACTIVE, reactivateUser } from "./reactivate-user";
import { renameUser } from "./rename-user";
import { resetPassword } from "./reset-password";
import { setMemberships } from "./set-memberships";
import { setPortalRoles } from "./set-portal-roles";
import { auditEntriesAfter, lastAuditId, makeActor, makeUnit, removeUnits, suffix, uniqueEmail, userSnapshot } from "@/test-support/fixtures/people";
import { INACTIVE_UNIT, USER_NOT_FOUND } from "./user-fields";

const NO_RIGHT = "Bạn không có quyền thực hiện thao tác này.";
const NOT_SIGNED_IN = "Bạn cần đăng nhập để thực hiện thao tác này.";

let admin: PolicyActor;
let author: PolicyActor;
let commune: { id: number };
let otherCommune: { id: number };
let archived: { id: number };

beforeAll(async () => {
  commune = await makeUnit("ACTIVE");
  otherCommune = await makeUnit("ACTIVE");
  archived = await makeUnit("ARCHIVED");
  admin = await makeActor(["ADMINISTRATOR"]);
  author = await makeActor([], [{ unitId: commune.id, role: "AUTHOR" }]);
});

afterAll(async () => {
  await removeUnits([commune.id, otherCommune.id, archived.id]);
});

/** Creates a user through the use case and returns its id and temporary password. */
async function created(extra: Record<string, unknown> = {}) {
  const result = await createUser(admin, { email: uniqueEmail(), name: "Nguyễn Thị Hương", ...extra });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Runs a refused call and checks the message, and that neither the user nor the audit log changed. */
async function expectRefusedUnchanged(userId: number, call: () => Promise<{ ok: boolean }>, message: string, field?: string) {
  const before = await userSnapshot(userId);
  const auditBefore = await lastAuditId();
  const result = await call();
  expect(result.ok).toBe(false);
  if (field) expect(result).toMatchObject({ fieldErrors: { [field]: message } });
  else expect(result).toMatchObject({ error: message });
  expect(await userSnapshot(userId)).toEqual(before);
  expect(await auditEntriesAfter(auditBefore)).toEqual([]);
}

describe("createUser", () => {
  it("opens an account with a normalised email, a temporary password that verifies, and memberships", async () => {
    const email = uniqueEmail("Tao-Moi");
    const auditBefore = await lastAuditId();
    const result = await createUser(admin, {
      email: `  ${email.toUpperCase()}  `,
      name: "  Trần   Văn  An ",
      memberships: [{ unitId: String(commune.id), role: "AUTHOR" }, { unitId: commune.id, role: "AUTHOR" }],
      portalRoles: ["COMMENT_MODERATOR"],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { userId, temporaryPassword } = result.value;
    expect(result.value.email).toBe(email.toLowerCase());
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
    expect(passwordProblem(temporaryPassword, email)).toBeNull();

    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { memberships: true } });
    expect(user).toMatchObject({ email: email.toLowerCase(), name: "Trần Văn An", active: true, mustChangePassword: true, portalRoles: ["COMMENT_MODERATOR"] });
    expect(user.passwordHash).not.toContain(temporaryPassword);
    expect(await verifyPassword(temporaryPassword, user.passwordHash)).toBe(true);
    expect(user.memberships.map((m) => [m.unitId, m.role])).toEqual([[commune.id, "AUTHOR"]]);

    const audit = await auditEntriesAfter(auditBefore);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, action: "user.create", targetType: "User", targetId: String(userId) });
    expect(audit[0].change).toMatchObject({ before: null, after: { email: email.toLowerCase(), mustChangePassword: true } });
    const recorded = JSON.stringify(audit[0].change);
    expect(recorded).not.toContain(temporaryPassword);
    expect(recorded).not.toContain(user.passwordHash);
    expect(recorded).not.toMatch(/"(password|passwordHash|temporaryPassword)"/i);
  });

  it("gives every account a different temporary password", async () => {
    const [a, b] = [await created(), await created()];
    expect(a.temporaryPassword).not.toBe(b.temporaryPassword);
  });

  async function expectCreateRefused(input: Record<string, unknown>, message: string, field?: string, actor: PolicyActor | null = admin) {
    const auditBefore = await lastAuditId();
    const usersBefore = await db.user.count();
    const result = await createUser(actor, input);
    expect(result.ok).toBe(false);
    if (field) expect(result).toMatchObject({ error: "Thông tin chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.", fieldErrors: { [field]: message } });
    else expect(result).toMatchObject({ error: message });
    expect(await db.user.count()).toBe(usersBefore);
    expect(await auditEntriesAfter(auditBefore)).toEqual([]);
  }

  it("refuses an email already in use, also when it differs only in case and spaces", async () => {
    const { email } = await created();
    await expectCreateRefused({ email, name: "Người khác" }, DUPLICATE_EMAIL, "email");
    await expectCreateRefused({ email: `  ${email.toUpperCase()}\t`, name: "Người khác" }, DUPLICATE_EMAIL, "email");
  });

  it("refuses an invalid or empty email", async () => {
    await expectCreateRefused({ email: "khong-phai-email", name: "Người mới" }, "Email không hợp lệ.", "email");
    await expectCreateRefused({ email: "a@b@c.vn", name: "Người mới" }, "Email không hợp lệ.", "email");
    await expectCreateRefused({ email: "   ", name: "Người mới" }, "Vui lòng nhập email.", "email");
  });

  it("refuses an empty name", async () => {
    await expectCreateRefused({ email: uniqueEmail(), name: "   " }, "Vui lòng nhập họ và tên.", "name");
    await expectCreateRefused({ email: uniqueEmail() }, "Vui lòng nhập họ và tên.", "name");
  });

  it("refuses memberships in an archived or unknown unit", async () => {
    const email = uniqueEmail();
    await expectCreateRefused({ email, name: "Người mới", memberships: [{ unitId: archived.id, role: "AUTHOR" }] }, INACTIVE_UNIT, "memberships");
    await expectCreateRefused({ email, name: "Người mới", memberships: [{ unitId: 2_000_000_000, role: "AUTHOR" }] }, INACTIVE_UNIT, "memberships");
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });

  it("refuses an unknown role", async () => {
    await expectCreateRefused({ email: uniqueEmail(), name: "Người mới", portalRoles: ["SUPERUSER"] }, "Vai trò không hợp lệ.", "portalRoles.0");
  });

  it("refuses someone who is not an administrator, and nobody signed in", async () => {
    await expectCreateRefused({ email: uniqueEmail(), name: "Người mới" }, NO_RIGHT, undefined, author);
    await expectCreateRefused({ email: uniqueEmail(), name: "Người mới" }, NOT_SIGNED_IN, undefined, null);
  });
});

describe("deactivateUser and reactivateUser", () => {
  it("locks an account, ends its sessions, and opens it again", async () => {
    const { userId } = await created();
    const before = await db.user.findUniqueOrThrow({ where: { id: userId } });
    const auditBefore = await lastAuditId();

    expect(await deactivateUser(admin, { userId: String(userId) })).toEqual({ ok: true });
    const locked = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(locked.active).toBe(false);
    expect(locked.sessionVersion).toBe(before.sessionVersion + 1);

    expect(await reactivateUser(admin, { userId })).toEqual({ ok: true });
    const reopened = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(reopened.active).toBe(true);
    expect(reopened.passwordHash).toBe(before.passwordHash);

    const audit = await auditEntriesAfter(auditBefore);
    expect(audit.map((a) => [a.action, a.change])).toEqual([
      ["user.deactivate", { before: { active: true }, after: { active: false } }],
      ["user.reactivate", { before: { active: false }, after: { active: true } }],
    ]);
  });

  it("refuses to lock your own account", async () => {
    await expectRefusedUnchanged(admin.id, () => deactivateUser(admin, { userId: admin.id }), CANNOT_DEACTIVATE_SELF);
  });

  it("refuses to lock a locked account or open an open one", async () => {
    const { userId } = await created();
    await expectRefusedUnchanged(userId, () => reactivateUser(admin, { userId }), ALREADY_ACTIVE);
    await deactivateUser(admin, { userId });
    await expectRefusedUnchanged(userId, () => deactivateUser(admin, { userId }), ALREADY_INACTIVE);
  });

  it("refuses an unknown user", async () => {
    expect(await deactivateUser(admin, { userId: 2_000_000_000 })).toEqual({ ok: false, error: USER_NOT_FOUND });
    expect(await reactivateUser(admin, { userId: 2_000_000_000 })).toEqual({ ok: false, error: USER_NOT_FOUND });
    expect(await deactivateUser(admin, { userId: "abc" })).toMatchObject({ ok: false, fieldErrors: { userId: USER_NOT_FOUND } });
  });

  it("refuses someone who is not an administrator", async () => {
    const { userId } = await created();
    await expectRefusedUnchanged(userId, () => deactivateUser(author, { userId }), NO_RIGHT);
    await deactivateUser(admin, { userId });
    await expectRefusedUnchanged(userId, () => reactivateUser(author, { userId }), NO_RIGHT);
  });
});

describe("resetPassword", () => {
  it("gives a new temporary password, shown once, and signs the person out everywhere", async () => {
    const { userId, temporaryPassword: first } = await created();
    await db.user.update({ where: { id: userId }, data: { mustChangePassword: false } });
    const before = await db.user.findUniqueOrThrow({ where: { id: userId } });
    const auditBefore = await lastAuditId();

    const result = await resetPassword(admin, { userId });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const second = result.value.temporaryPassword;
    expect(second).not.toBe(first);
    const after = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(await verifyPassword(second, after.passwordHash)).toBe(true);
    expect(await verifyPassword(first, after.passwordHash)).toBe(false);
    expect(after.mustChangePassword).toBe(true);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);

    const audit = await auditEntriesAfter(auditBefore);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "user.resetPassword", targetId: String(userId), change: { before: { mustChangePassword: false }, after: { mustChangePassword: true } } });
    expect(JSON.stringify(audit[0].change)).not.toContain(second);
    expect(JSON.stringify(audit[0].change)).not.toContain(after.passwordHash);
  });

  it("refuses someone who is not an administrator, and an unknown user", async () => {
    const { userId } = await created();
    await expectRefusedUnchanged(userId, () => resetPassword(author, { userId }), NO_RIGHT);
    expect(await resetPassword(admin, { userId: 2_000_000_000 })).toEqual({ ok: false, error: USER_NOT_FOUND });
  });
});

describe("setMemberships", () => {
  it("replaces the roles in active units and keeps memberships of archived units as history", async () => {
    const { userId } = await created({ memberships: [{ unitId: commune.id, role: "AUTHOR" }] });
    // An old membership in a unit archived since: not shown for editing, not removed.
    await db.membership.create({ data: { userId, unitId: archived.id, role: "APPROVER" } });
    const auditBefore = await lastAuditId();

    const result = await setMemberships(admin, {
      userId,
      memberships: [
        { unitId: commune.id, role: "APPROVER" },
        { unitId: otherCommune.id, role: "COMMENT_MODERATOR" },
        { unitId: otherCommune.id, role: "COMMENT_MODERATOR" },
      ],
    });
    expect(result).toEqual({ ok: true });
    const memberships = await db.membership.findMany({ where: { userId }, orderBy: [{ unitId: "asc" }, { role: "asc" }] });
    expect(memberships.map((m) => [m.unitId, m.role])).toEqual(
      [
        [commune.id, "APPROVER"],
        [otherCommune.id, "COMMENT_MODERATOR"],
        [archived.id, "APPROVER"],
      ].sort((a, b) => (a[0] as number) - (b[0] as number)),
    );
    const audit = await auditEntriesAfter(auditBefore);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "user.setMemberships",
      change: {
        before: { memberships: [{ unitId: commune.id, role: "AUTHOR" }] },
        after: { memberships: [{ unitId: commune.id, role: "APPROVER" }, { unitId: otherCommune.id, role: "COMMENT_MODERATOR" }] },
      },
    });

    expect(await setMemberships(admin, { userId, memberships: [] })).toEqual({ ok: true });
    expect((await db.membership.findMany({ where: { userId } })).map((m) => m.unitId)).toEqual([archived.id]);
  });

  it("writes nothing when nothing changes", async () => {
    const { userId } = await created({ memberships: [{ unitId: commune.id, role: "AUTHOR" }] });
    const auditBefore = await lastAuditId();
    expect(await setMemberships(admin, { userId, memberships: [{ unitId: commune.id, role: "AUTHOR" }] })).toEqual({ ok: true });
    expect(await auditEntriesAfter(auditBefore)).toEqual([]);
  });

  it("refuses a role in an archived unit, an unknown role, and a non-administrator", async () => {
    const { userId } = await created({ memberships: [{ unitId: commune.id, role: "AUTHOR" }] });
    await expectRefusedUnchanged(userId, () => setMemberships(admin, { userId, memberships: [{ unitId: archived.id, role: "AUTHOR" }] }), INACTIVE_UNIT, "memberships");
    await expectRefusedUnchanged(userId, () => setMemberships(admin, { userId, memberships: [{ unitId: commune.id, role: "OWNER" }] }), "Vai trò không hợp lệ.", "memberships.0.role");
    await expectRefusedUnchanged(userId, () => setMemberships(author, { userId, memberships: [] }), NO_RIGHT);
    expect(await setMemberships(admin, { userId: 2_000_000_000, memberships: [] })).toEqual({ ok: false, error: USER_NOT_FOUND });
  });
});

describe("setPortalRoles", () => {
  it("sets the portal-wide roles and records before and after", async () => {
    const { userId } = await created();
    const auditBefore = await lastAuditId();
    expect(await setPortalRoles(admin, { userId, portalRoles: ["COMMENT_MODERATOR", "PROVINCIAL_EDITOR", "PROVINCIAL_EDITOR"] })).toEqual({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).portalRoles).toEqual(["PROVINCIAL_EDITOR", "COMMENT_MODERATOR"]);
    expect(await setPortalRoles(admin, { userId, portalRoles: [] })).toEqual({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).portalRoles).toEqual([]);
    const audit = await auditEntriesAfter(auditBefore);
    expect(audit.map((a) => a.change)).toEqual([
      { before: { portalRoles: [] }, after: { portalRoles: ["PROVINCIAL_EDITOR", "COMMENT_MODERATOR"] } },
      { before: { portalRoles: ["PROVINCIAL_EDITOR", "COMMENT_MODERATOR"] }, after: { portalRoles: [] } },
    ]);
  });

  it("lets an administrator step down while another active administrator remains", async () => {
    const other = await makeActor(["ADMINISTRATOR"]);
    expect(await setPortalRoles(other, { userId: other.id, portalRoles: [] })).toEqual({ ok: true });
  });

  it("refuses an unknown role and a non-administrator", async () => {
    const { userId } = await created();
    await expectRefusedUnchanged(userId, () => setPortalRoles(admin, { userId, portalRoles: ["ROOT"] }), "Vai trò không hợp lệ.", "portalRoles.0");
    await expectRefusedUnchanged(userId, () => setPortalRoles(author, { userId, portalRoles: ["ADMINISTRATOR"] }), NO_RIGHT);
  });
});

describe("renameUser", () => {
  it("renames and records the old and new name", async () => {
    const { userId } = await created();
    const auditBefore = await lastAuditId();
    expect(await renameUser(admin, { userId, name: " Lê  Thị Bình " })).toEqual({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).name).toBe("Lê Thị Bình");
    expect((await auditEntriesAfter(auditBefore)).map((a) => a.change)).toEqual([{ before: { name: "Nguyễn Thị Hương" }, after: { name: "Lê Thị Bình" } }]);
  });

  it("refuses an empty name and a non-administrator", async () => {
    const { userId } = await created();
    await expectRefusedUnchanged(userId, () => renameUser(admin, { userId, name: "  " }), "Vui lòng nhập họ và tên.", "name");
    await expectRefusedUnchanged(userId, () => renameUser(author, { userId, name: "Tên mới" }), NO_RIGHT);
  });
});

describe("searchUsers", () => {
  it("finds people by name ignoring diacritics and case, and by email", async () => {
    const tag = suffix();
    const a = await createUser(admin, { email: uniqueEmail("huong"), name: `Đặng Thị Hương ${tag}` });
    const b = await createUser(admin, { email: `tim-${tag}@${"quantri.test"}`, name: "Phạm Văn Đức" });
    if (!a.ok || !b.ok) throw new Error("setup");

    const byName = await searchUsers({ query: `dang thi HUONG ${tag}` });
    expect(byName.users.map((u) => u.id)).toEqual([a.value.userId]);
    const byEmail = await searchUsers({ query: `TIM-${tag}` });
    expect(byEmail.users.map((u) => u.id)).toEqual([b.value.userId]);
    expect(byEmail.total).toBe(1);
    expect((await searchUsers({ query: `%${tag}` })).total).toBe(0);
  });

  it("pages 20 at a time with memberships", async () => {
    const tag = suffix();
    for (let i = 0; i < USERS_PER_PAGE + 1; i++) {
      await db.user.create({
        data: {
          email: `trang-${tag}-${i}@quantri.test`,
          name: `Trang ${tag} ${String(i).padStart(2, "0")}`,
          passwordHash: "x",
          memberships: { create: [{ unitId: commune.id, role: "AUTHOR" }] },
        },
      });
    }
    const first = await searchUsers({ query: `trang ${tag}` });
    expect(first).toMatchObject({ total: USERS_PER_PAGE + 1, page: 1, pageCount: 2 });
    expect(first.users).toHaveLength(USERS_PER_PAGE);
    expect(first.users[0].name).toBe(`Trang ${tag} 00`);
    expect(first.users[0].memberships).toEqual([{ unitId: commune.id, unitName: expect.any(String), unitActive: true, role: "AUTHOR" }]);
    const second = await searchUsers({ query: `trang ${tag}`, page: 2 });
    expect(second.users.map((u) => u.name)).toEqual([`Trang ${tag} 20`]);
    expect((await searchUsers({ query: `trang ${tag}`, page: 99 })).page).toBe(2);
  });
});
