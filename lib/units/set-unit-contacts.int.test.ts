// Liên hệ: the address, phone and email an administrator gives a unit for the public directory.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Outside Next, the directory's cache is the function itself, so the test reads the database.
vi.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn }));

import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { UNIT_CONTACT_MESSAGES } from "./contacts";
import { listUnitDirectory } from "@/lib/site/directory";
import { resolveUnitSlug } from "./queries";
import { UNIT_MESSAGES } from "./rules";
import { setUnitContacts } from "./set-unit-contacts";
import { unitFixtures } from "@/test-support/fixtures/units";

const NO_RIGHT = "Bạn không có quyền thực hiện thao tác này.";
const fx = unitFixtures("contacts");
let admin: PolicyActor;

beforeAll(async () => {
  admin = await fx.admin();
});
afterAll(() => fx.cleanUp());

describe("setUnitContacts", () => {
  it("saves trimmed contacts with an audit entry, and an empty field clears it", async () => {
    const unit = await fx.unit("DISTRICT");
    const input = { unitId: String(unit.id), address: "  Số 1  Quang Trung, TP. Thủ Dầu Một ", phone: " 0274 3822 123 ", email: " SoTuPhap@BinhDuong.gov.vn " };
    expect(await setUnitContacts(admin, input)).toMatchObject({ ok: true, changes: { units: true } });
    const saved = { address: "Số 1 Quang Trung, TP. Thủ Dầu Một", phone: "0274 3822 123", email: "sotuphap@binhduong.gov.vn" };
    expect(await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).toMatchObject(saved);
    expect(await resolveUnitSlug(unit.slug)).toMatchObject({ unit: saved });

    expect(await setUnitContacts(admin, { unitId: unit.id, address: "", phone: "", email: saved.email })).toMatchObject({ ok: true });
    expect(await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).toMatchObject({ address: null, phone: null, email: saved.email });

    const audits = await db.auditEntry.findMany({ where: { action: "unit.setContacts", targetId: String(unit.id) }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.change)).toEqual([
      { before: { address: null, phone: null, email: null }, after: saved },
      { before: saved, after: { address: null, phone: null, email: saved.email } },
    ]);
  });

  it("saving the same contacts again writes nothing", async () => {
    const unit = await fx.unit("DISTRICT");
    const input = { unitId: unit.id, address: "", phone: "+84 274 3822 123", email: "" };
    expect(await setUnitContacts(admin, input)).toMatchObject({ ok: true });
    expect(await setUnitContacts(admin, input)).toEqual({ ok: true });
    expect(await db.auditEntry.count({ where: { action: "unit.setContacts", targetId: String(unit.id) } })).toBe(1);
  });

  it.each([
    ["phone", { phone: "0274 38 22 ab" }, UNIT_CONTACT_MESSAGES.PHONE_FORMAT],
    ["phone", { phone: "12345" }, UNIT_CONTACT_MESSAGES.PHONE_LENGTH],
    ["phone", { phone: "0274 3822 123 4567 890" }, UNIT_CONTACT_MESSAGES.PHONE_LENGTH],
    ["email", { email: "sotuphap@" }, UNIT_CONTACT_MESSAGES.EMAIL_FORMAT],
    ["email", { email: "so tu phap@binhduong.gov.vn" }, UNIT_CONTACT_MESSAGES.EMAIL_FORMAT],
    ["address", { address: "x".repeat(301) }, UNIT_CONTACT_MESSAGES.ADDRESS_TOO_LONG],
  ])("refuses a bad %s %j with its message, keeping the saved contacts", async (field, bad, message) => {
    const unit = await fx.unit("DISTRICT");
    const good = { unitId: unit.id, address: "Số 1 Quang Trung", phone: "0274 3822 123", email: "ubnd@binhduong.gov.vn" };
    expect(await setUnitContacts(admin, good)).toMatchObject({ ok: true });
    await fx.expectRefusedWithoutChange([unit.id], () => setUnitContacts(admin, { ...good, ...bad }), message, field);
    expect(await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).toMatchObject({ address: good.address, phone: good.phone, email: good.email });
  });

  it("refuses a unit approver, an author and a merged unit, changing nothing", async () => {
    const unit = await fx.unit("DISTRICT");
    const approver = await fx.member(unit.id, "APPROVER");
    const author = await fx.member(unit.id, "AUTHOR");
    const input = { unitId: unit.id, address: "", phone: "0274 3822 123", email: "" };
    await fx.expectRefusedWithoutChange([unit.id], () => setUnitContacts(approver, input), NO_RIGHT);
    await fx.expectRefusedWithoutChange([unit.id], () => setUnitContacts(author, input), NO_RIGHT);
    await fx.expectRefusedWithoutChange([unit.id], () => setUnitContacts(null, input), "Bạn cần đăng nhập để thực hiện thao tác này.");

    const merged = await fx.unit("DISTRICT");
    await db.unit.update({ where: { id: merged.id }, data: { status: "MERGED", successorId: unit.id, mergedAt: new Date() } });
    await fx.expectRefusedWithoutChange([merged.id], () => setUnitContacts(admin, { ...input, unitId: merged.id }), UNIT_MESSAGES.MERGED_READ_ONLY);
  });

  it("the public directory lists an active unit's contacts", async () => {
    const unit = await fx.unit("DISTRICT");
    expect(await setUnitContacts(admin, { unitId: unit.id, address: "Đường 30/4", phone: "0274 3822 999", email: "huyen@binhduong.gov.vn" })).toMatchObject({ ok: true });
    const listed = (await listUnitDirectory()).find((u) => u.id === unit.id);
    expect(listed).toMatchObject({ address: "Đường 30/4", phone: "0274 3822 999", email: "huyen@binhduong.gov.vn" });
  });
});
