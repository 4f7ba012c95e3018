// Rename, move and approval settings: the edits that change one unit and nothing else.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { moveUnit } from "./move-unit";
import { resolveUnitSlug } from "./queries";
import { renameUnit } from "./rename-unit";
import { slugTaken, UNIT_MESSAGES } from "./rules";
import { setUnitApproval } from "./set-unit-approval";
import { unitFixtures } from "@/test-support/fixtures/units";

const NO_RIGHT = "Bạn không có quyền thực hiện thao tác này.";
const fx = unitFixtures("edit");
let admin: PolicyActor;

beforeAll(async () => {
  admin = await fx.admin();
});
afterAll(() => fx.cleanUp());

describe("renameUnit", () => {
  it("renames and keeps the slug, so the unit's old address still works", async () => {
    const district = await fx.unit("DISTRICT");
    const commune = await fx.unit("COMMUNE", district.id);
    const { name } = fx.name("Phường Mới");
    expect(await renameUnit(admin, { unitId: String(commune.id), name: ` ${name} `, slug: "" })).toMatchObject({ ok: true });

    const after = await db.unit.findUniqueOrThrow({ where: { id: commune.id } });
    expect(after).toMatchObject({ name, slug: commune.slug, parentId: district.id });
    expect(await resolveUnitSlug(commune.slug)).toMatchObject({ unit: { id: commune.id, name } });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "unit.rename", targetId: String(commune.id) } });
    expect(audit).toMatchObject({ actorId: admin.id, change: { before: { name: commune.name, slug: commune.slug }, after: { name, slug: commune.slug } } });
  });

  it("changes the slug only when a new one is given", async () => {
    const unit = await fx.unit("DISTRICT");
    const { slug } = fx.name();
    expect(await renameUnit(admin, { unitId: unit.id, name: unit.name, slug })).toMatchObject({ ok: true });
    expect(await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).toMatchObject({ name: unit.name, slug });
  });

  it("refuses a slug another unit has, changing nothing", async () => {
    const unit = await fx.unit("DISTRICT");
    const other = await fx.unit("DISTRICT");
    await fx.expectRefusedWithoutChange([unit.id, other.id], () => renameUnit(admin, { unitId: unit.id, name: "Huyện Khác", slug: other.slug }), slugTaken(other.slug), "slug");
  });

  it.each(["", "    "])("refuses the empty name %j, changing nothing", async (name) => {
    const unit = await fx.unit("DISTRICT");
    await fx.expectRefusedWithoutChange([unit.id], () => renameUnit(admin, { unitId: unit.id, name }), "Vui lòng nhập tên đơn vị.", "name");
  });

  it("refuses an unknown unit and a merged one", async () => {
    expect(await renameUnit(admin, { unitId: 2_000_000_000, name: "Xã A" })).toEqual({ ok: false, error: UNIT_MESSAGES.NOT_FOUND });
    const merged = await fx.unit("COMMUNE", (await fx.unit("DISTRICT")).id);
    await db.unit.update({ where: { id: merged.id }, data: { status: "MERGED", mergedAt: new Date() } });
    await fx.expectRefusedWithoutChange([merged.id], () => renameUnit(admin, { unitId: merged.id, name: "Xã B" }), UNIT_MESSAGES.MERGED_READ_ONLY);
  });

  it("refuses a unit approver and an author of the unit", async () => {
    const unit = await fx.unit("DISTRICT");
    const approver = await fx.member(unit.id, "APPROVER");
    const author = await fx.member(unit.id, "AUTHOR");
    await fx.expectRefusedWithoutChange([unit.id], () => renameUnit(approver, { unitId: unit.id, name: "Huyện Đổi Tên" }), NO_RIGHT);
    await fx.expectRefusedWithoutChange([unit.id], () => renameUnit(author, { unitId: unit.id, name: "Huyện Đổi Tên" }), NO_RIGHT);
  });
});

describe("moveUnit", () => {
  it("moves a commune to another district, with an audit entry", async () => {
    const from = await fx.unit("DISTRICT");
    const to = await fx.unit("DISTRICT");
    const commune = await fx.unit("COMMUNE", from.id);
    expect(await moveUnit(admin, { unitId: commune.id, parentId: String(to.id) })).toMatchObject({ ok: true });
    expect(await db.unit.findUniqueOrThrow({ where: { id: commune.id } })).toMatchObject({ parentId: to.id, slug: commune.slug });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "unit.move", targetId: String(commune.id) } });
    expect(audit.change).toEqual({ before: { parentId: from.id }, after: { parentId: to.id } });
  });

  it("moves a commune out of its district to sit directly under the province", async () => {
    const district = await fx.unit("DISTRICT");
    const commune = await fx.unit("COMMUNE", district.id);
    expect(await moveUnit(admin, { unitId: commune.id, parentId: "" })).toMatchObject({ ok: true });
    expect(await db.unit.findUniqueOrThrow({ where: { id: commune.id } })).toMatchObject({ parentId: null });
  });

  it("refuses moving a unit into itself or into its own descendant, changing nothing", async () => {
    const district = await fx.unit("DISTRICT");
    const commune = await fx.unit("COMMUNE", district.id);
    const ids = [district.id, commune.id];
    await fx.expectRefusedWithoutChange(ids, () => moveUnit(admin, { unitId: district.id, parentId: district.id }), "Không thể chuyển đơn vị vào chính nó.", "parentId");
    await fx.expectRefusedWithoutChange(ids, () => moveUnit(admin, { unitId: commune.id, parentId: commune.id }), UNIT_MESSAGES.MOVE_INTO_SELF, "parentId");
    await fx.expectRefusedWithoutChange(ids, () => moveUnit(admin, { unitId: district.id, parentId: commune.id }), "Không thể chuyển đơn vị vào một đơn vị trực thuộc nó.", "parentId");
  });

  it("refuses places the kind of unit cannot have, changing nothing", async () => {
    const district = await fx.unit("DISTRICT");
    const agency = await fx.unit("PROVINCIAL_AGENCY");
    const commune = await fx.unit("COMMUNE", district.id);
    const ids = [district.id, agency.id, commune.id];
    await fx.expectRefusedWithoutChange(ids, () => moveUnit(admin, { unitId: commune.id, parentId: agency.id }), UNIT_MESSAGES.COMMUNE_PARENT, "parentId");
    await fx.expectRefusedWithoutChange(ids, () => moveUnit(admin, { unitId: agency.id, parentId: district.id }), UNIT_MESSAGES.ROOT_ONLY, "parentId");
  });

  it("refuses a unit approver and an author", async () => {
    const from = await fx.unit("DISTRICT");
    const to = await fx.unit("DISTRICT");
    const commune = await fx.unit("COMMUNE", from.id);
    const approver = await fx.member(commune.id, "APPROVER");
    const author = await fx.member(commune.id, "AUTHOR");
    const ids = [from.id, to.id, commune.id];
    await fx.expectRefusedWithoutChange(ids, () => moveUnit(approver, { unitId: commune.id, parentId: to.id }), NO_RIGHT);
    await fx.expectRefusedWithoutChange(ids, () => moveUnit(author, { unitId: commune.id, parentId: to.id }), NO_RIGHT);
  });
});

describe("setUnitApproval", () => {
  it("sets two approval levels and self-approval, then back, with audit entries", async () => {
    const unit = await fx.unit("DISTRICT");
    expect(await setUnitApproval(admin, { unitId: unit.id, approvalLevels: "2", allowSelfApproval: "on" })).toMatchObject({ ok: true });
    expect(await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).toMatchObject({ approvalLevels: 2, allowSelfApproval: true });
    // An unticked checkbox sends nothing.
    expect(await setUnitApproval(admin, { unitId: unit.id, approvalLevels: 1 })).toMatchObject({ ok: true });
    expect(await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).toMatchObject({ approvalLevels: 1, allowSelfApproval: false });

    const audits = await db.auditEntry.findMany({ where: { action: "unit.setApproval", targetId: String(unit.id) }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.change)).toEqual([
      { before: { approvalLevels: 1, allowSelfApproval: false }, after: { approvalLevels: 2, allowSelfApproval: true } },
      { before: { approvalLevels: 2, allowSelfApproval: true }, after: { approvalLevels: 1, allowSelfApproval: false } },
    ]);
  });

  it("refuses a level other than 1 or 2, a unit approver and an author, changing nothing", async () => {
    const unit = await fx.unit("DISTRICT");
    const approver = await fx.member(unit.id, "APPROVER");
    const author = await fx.member(unit.id, "AUTHOR");
    await fx.expectRefusedWithoutChange([unit.id], () => setUnitApproval(admin, { unitId: unit.id, approvalLevels: "3" }), "Số cấp duyệt phải là 1 hoặc 2.", "approvalLevels");
    await fx.expectRefusedWithoutChange([unit.id], () => setUnitApproval(approver, { unitId: unit.id, approvalLevels: 2, allowSelfApproval: true }), NO_RIGHT);
    await fx.expectRefusedWithoutChange([unit.id], () => setUnitApproval(author, { unitId: unit.id, approvalLevels: 2, allowSelfApproval: true }), NO_RIGHT);
  });
});
