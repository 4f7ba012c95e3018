import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { archiveUnit } from "./archive-unit";
import { restoreUnit } from "./restore-unit";
import { UNIT_MESSAGES } from "./rules";
import { unitFixtures } from "@/test-support/fixtures/units";

const NO_RIGHT = "Bạn không có quyền thực hiện thao tác này.";
const fx = unitFixtures("archive");
let admin: PolicyActor;

beforeAll(async () => {
  admin = await fx.admin();
});
afterAll(() => fx.cleanUp());

describe("archiveUnit and restoreUnit", () => {
  it("archives a unit and restores it, each with an audit entry; its articles stay", async () => {
    const district = await fx.unit("DISTRICT");
    const commune = await fx.unit("COMMUNE", district.id);
    const article = await fx.article(commune.id, (await fx.user()).id, new Date("2026-01-05T03:00:00Z"));

    expect(await archiveUnit(admin, { unitId: String(commune.id) })).toMatchObject({ ok: true });
    const archived = await db.unit.findUniqueOrThrow({ where: { id: commune.id } });
    expect(archived.status).toBe("ARCHIVED");
    expect(archived.archivedAt).toBeInstanceOf(Date);
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ unitId: commune.id, publishedAt: article.publishedAt });

    expect(await restoreUnit(admin, { unitId: commune.id })).toMatchObject({ ok: true });
    expect(await db.unit.findUniqueOrThrow({ where: { id: commune.id } })).toMatchObject({ status: "ACTIVE", archivedAt: null });

    const audits = await db.auditEntry.findMany({ where: { targetId: String(commune.id), action: { in: ["unit.archive", "unit.restore"] } }, orderBy: { id: "asc" } });
    expect(audits.map((a) => [a.action, a.change])).toEqual([
      ["unit.archive", { before: { status: "ACTIVE", archivedAt: null }, after: { status: "ARCHIVED", archivedAt: archived.archivedAt!.toISOString() } }],
      ["unit.restore", { before: { status: "ARCHIVED", archivedAt: archived.archivedAt!.toISOString() }, after: { status: "ACTIVE", archivedAt: null } }],
    ]);
  });

  it("refuses to archive a district with active communes, until they are archived", async () => {
    const district = await fx.unit("DISTRICT");
    const commune = await fx.unit("COMMUNE", district.id);
    await fx.expectRefusedWithoutChange([district.id, commune.id], () => archiveUnit(admin, { unitId: district.id }), UNIT_MESSAGES.ARCHIVE_HAS_ACTIVE_CHILDREN);
    expect((await archiveUnit(admin, { unitId: commune.id })).ok).toBe(true);
    expect((await archiveUnit(admin, { unitId: district.id })).ok).toBe(true);
    // The commune cannot come back under an archived district.
    await fx.expectRefusedWithoutChange([district.id, commune.id], () => restoreUnit(admin, { unitId: commune.id }), UNIT_MESSAGES.RESTORE_PARENT_INACTIVE);
  });

  it("refuses archiving twice, restoring an active or merged unit", async () => {
    const district = await fx.unit("DISTRICT");
    const active = await fx.unit("COMMUNE", district.id);
    const merged = await fx.unit("COMMUNE", district.id);
    await db.unit.update({ where: { id: merged.id }, data: { status: "MERGED", successorId: active.id, mergedAt: new Date() } });
    const ids = [district.id, active.id, merged.id];
    await fx.expectRefusedWithoutChange(ids, () => restoreUnit(admin, { unitId: active.id }), UNIT_MESSAGES.NOT_ARCHIVED);
    await fx.expectRefusedWithoutChange(ids, () => restoreUnit(admin, { unitId: merged.id }), UNIT_MESSAGES.MERGED_READ_ONLY);
    await fx.expectRefusedWithoutChange(ids, () => archiveUnit(admin, { unitId: merged.id }), UNIT_MESSAGES.MERGED_READ_ONLY);
    expect((await archiveUnit(admin, { unitId: active.id })).ok).toBe(true);
    await fx.expectRefusedWithoutChange(ids, () => archiveUnit(admin, { unitId: active.id }), UNIT_MESSAGES.ALREADY_ARCHIVED);
  });

  it("refuses a unit approver and an author", async () => {
    const unit = await fx.unit("DISTRICT");
    const approver = await fx.member(unit.id, "APPROVER");
    const author = await fx.member(unit.id, "AUTHOR");
    await fx.expectRefusedWithoutChange([unit.id], () => archiveUnit(approver, { unitId: unit.id }), NO_RIGHT);
    await fx.expectRefusedWithoutChange([unit.id], () => archiveUnit(author, { unitId: unit.id }), NO_RIGHT);
    await db.unit.update({ where: { id: unit.id }, data: { status: "ARCHIVED", archivedAt: new Date() } });
    await fx.expectRefusedWithoutChange([unit.id], () => restoreUnit(approver, { unitId: unit.id }), NO_RIGHT);
    await fx.expectRefusedWithoutChange([unit.id], () => restoreUnit(author, { unitId: unit.id }), NO_RIGHT);
  });
});
