import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeActor, suffix } from "@/test-support/fixtures/people";
import { auditActionLabel } from "./labels";
import { AUDIT_ENTRIES_PER_PAGE, auditActionOptions, listAuditEntries, startOfVietnamDay } from "./queries";

let actor: { id: number; email: string };
let other: { id: number; email: string };

beforeAll(async () => {
  actor = await makeActor();
  other = await makeActor();
  await db.user.update({ where: { id: actor.id }, data: { name: `Đỗ Thị Kiểm Toán ${suffix()}` } });
});

async function entry(action: string, createdAt: Date, actorId: number | null = actor.id, target: { type: string; id: string } = { type: "User", id: String(other.id) }) {
  return db.auditEntry.create({ data: { action, actorId, targetType: target.type, targetId: target.id, change: { before: { a: 1 }, after: { a: 2 } }, createdAt } });
}

describe("the audit log is append-only in the database", () => {
  it("refuses UPDATE and DELETE, from SQL and from Prisma, and keeps the row as it was", async () => {
    const row = await entry(`test.${suffix()}`, new Date());
    await expect(db.$executeRaw`UPDATE "AuditEntry" SET action = 'forged' WHERE id = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditEntry" WHERE id = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(db.auditEntry.update({ where: { id: row.id }, data: { change: {} } })).rejects.toThrow(/append-only/);
    await expect(db.auditEntry.deleteMany({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    expect(await db.auditEntry.findUnique({ where: { id: row.id } })).toEqual(row);
  });

  it("keeps a user who appears in the log from being deleted (the foreign key would rewrite the entry)", async () => {
    const someone = await makeActor([]);
    await entry(`test.${suffix()}`, new Date(), someone.id);
    await expect(db.user.delete({ where: { id: someone.id } })).rejects.toThrow();
    expect(await db.user.findUnique({ where: { id: someone.id } })).not.toBeNull();
  });
});

describe("listAuditEntries", () => {
  it("filters by action and by Vietnamese calendar day, newest first", async () => {
    const action = `test.${suffix()}`;
    const lateOn27 = await entry(action, new Date("2026-11-27T16:59:59Z")); // 23:59:59 on 27/11 in Vietnam
    const early28 = await entry(action, new Date("2026-11-27T17:00:00Z")); // 00:00 on 28/11
    const late28 = await entry(action, new Date("2026-11-28T16:59:00Z")); // 23:59 on 28/11
    const on29 = await entry(action, new Date("2026-11-28T17:00:00Z"));

    const ids = async (filters: Parameters<typeof listAuditEntries>[0]) => (await listAuditEntries({ action, ...filters })).entries.map((e) => e.id);
    expect(await ids({})).toEqual([on29, late28, early28, lateOn27].map((e) => e.id.toString()));
    expect(await ids({ from: "2026-11-28", to: "2026-11-28" })).toEqual([late28, early28].map((e) => e.id.toString()));
    expect(await ids({ from: "2026-11-28" })).toEqual([on29, late28, early28].map((e) => e.id.toString()));
    expect(await ids({ to: "2026-11-27" })).toEqual([lateOn27.id.toString()]);
    // The filter's boxes send days as typed, day first: 28/11 is 28 November.
    expect(await ids({ from: "28/11/2026", to: "28/11/2026" })).toEqual([late28, early28].map((e) => e.id.toString()));
    // A day that does not exist is no filter rather than an error (the page says it was left out).
    expect(await ids({ from: "31/02/2026" })).toHaveLength(4);
  });

  it("filters by actor name or email ignoring case and diacritics, or by actor id", async () => {
    const action = `test.${suffix()}`;
    const mine = await entry(action, new Date());
    await entry(action, new Date(), other.id);
    await entry(action, new Date(), null);
    const byName = await listAuditEntries({ action, actor: "do thi KIEM toan" });
    expect(byName.entries.map((e) => e.id)).toEqual([mine.id.toString()]);
    expect(byName.entries[0].actor).toMatchObject({ id: actor.id, email: actor.email });
    expect((await listAuditEntries({ action, actor: actor.email.toUpperCase() })).total).toBe(1);
    expect((await listAuditEntries({ action, actorId: other.id })).total).toBe(1);
    expect((await listAuditEntries({ action, actor: "không ai có tên này" })).total).toBe(0);
  });

  it("pages 50 at a time", async () => {
    const action = `test.${suffix()}`;
    const start = Date.now() - 3_600_000;
    for (let i = 0; i <= AUDIT_ENTRIES_PER_PAGE; i++) await entry(action, new Date(start + i * 1000));
    const first = await listAuditEntries({ action });
    expect(first).toMatchObject({ total: AUDIT_ENTRIES_PER_PAGE + 1, page: 1, pageCount: 2 });
    expect(first.entries).toHaveLength(AUDIT_ENTRIES_PER_PAGE);
    expect(first.entries[0].createdAt.getTime()).toBe(start + AUDIT_ENTRIES_PER_PAGE * 1000);
    const second = await listAuditEntries({ action, page: 2 });
    expect(second.entries.map((e) => e.createdAt.getTime())).toEqual([start]);
  });

  it("names targets that still exist and labels known actions in Vietnamese", async () => {
    const action = `test.${suffix()}`;
    await entry(action, new Date(), actor.id, { type: "User", id: String(other.id) });
    await entry(action, new Date(Date.now() - 1000), actor.id, { type: "Category", id: "2000000000" });
    await entry(action, new Date(Date.now() - 2000), actor.id, { type: "Setting", id: "site" });
    const labels = (await listAuditEntries({ action })).entries.map((e) => e.targetLabel);
    const otherUser = await db.user.findUniqueOrThrow({ where: { id: other.id } });
    expect(labels).toEqual([`Người dùng ${otherUser.name} (${otherUser.email})`, "Chuyên mục #2000000000", "Cài đặt “site”"]);
    expect(auditActionLabel("user.deactivate")).toBe("Khóa tài khoản");
    expect(auditActionLabel(action)).toBe(action);
    const options = await auditActionOptions();
    expect(options).toContainEqual({ value: "user.create", label: "Tạo người dùng" });
    expect(options).toContainEqual({ value: action, label: action });
  });

  it("reads calendar days in Vietnam time", () => {
    expect(startOfVietnamDay("2026-01-01")?.toISOString()).toBe("2025-12-31T17:00:00.000Z");
    expect(startOfVietnamDay("2026-02-30")).toBeNull();
    expect(startOfVietnamDay("2026-1-1")).toBeNull();
    expect(startOfVietnamDay("01/01/2026")?.toISOString()).toBe("2025-12-31T17:00:00.000Z");
    expect(startOfVietnamDay("29/02/2026")).toBeNull();
  });
});
