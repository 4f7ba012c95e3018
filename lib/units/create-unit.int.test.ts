import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INVALID_FORM } from "@/lib/action-result";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { slugify } from "@/lib/vietnamese";
import { createUnit } from "./create-unit";
import { slugTaken, UNIT_MESSAGES } from "./rules";
import { unitFixtures } from "@/test-support/fixtures/units";

const NO_RIGHT = "Bạn không có quyền thực hiện thao tác này.";
const fx = unitFixtures("create");
let admin: PolicyActor;
let district: { id: number };

beforeAll(async () => {
  admin = await fx.admin();
  district = await fx.unit("DISTRICT");
});
afterAll(() => fx.cleanUp());

async function created(input: Record<string, unknown>) {
  const result = await createUnit(admin, input);
  if (!result.ok) throw new Error(`refused: ${result.error} ${JSON.stringify(result.fieldErrors)}`);
  fx.track(result.value.id);
  return db.unit.findUniqueOrThrow({ where: { id: result.value.id } });
}

describe("createUnit", () => {
  it("creates a commune under a district, with a slug from its name and an audit entry", async () => {
    const { name } = fx.name("Xã Đồng Tâm");
    const unit = await created({ name, type: "COMMUNE", parentId: String(district.id), approvalLevels: "2", allowSelfApproval: "on" });
    expect(unit).toMatchObject({ name, slug: slugify(name), type: "COMMUNE", parentId: district.id, status: "ACTIVE", approvalLevels: 2, allowSelfApproval: true });
    expect(unit.slug).toMatch(/^xa-dong-tam-/);

    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "unit.create", targetId: String(unit.id) } });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.change).toMatchObject({ before: null, after: { name, slug: unit.slug, type: "COMMUNE", parentId: district.id, approvalLevels: 2, allowSelfApproval: true } });
  });

  it("trims the name, joins its spaces, defaults to one approval level, and numbers a slug already taken", async () => {
    const { name } = fx.name("Phường Bến Thành");
    const first = await created({ name: `  ${name.replace(" ", "   ")} `, type: "COMMUNE", parentId: district.id });
    expect(first).toMatchObject({ name, approvalLevels: 1, allowSelfApproval: false });
    const second = await created({ name, type: "COMMUNE", parentId: district.id });
    expect(second.slug).toBe(`${first.slug}-2`);
  });

  it("takes an explicit slug, lower-cased", async () => {
    const { name, slug } = fx.name("Sở Thử nghiệm");
    const unit = await created({ name, type: "PROVINCIAL_AGENCY", slug: ` ${slug.toUpperCase()} ` });
    expect(unit).toMatchObject({ slug, parentId: null });
  });

  it("refuses an explicit slug another unit has, changing nothing", async () => {
    const other = await fx.unit("COMMUNE", district.id);
    const { name } = fx.name();
    await fx.expectRefusedWithoutChange(
      [other.id, district.id],
      () => createUnit(admin, { name, type: "COMMUNE", parentId: district.id, slug: other.slug }),
      slugTaken(other.slug),
      "slug",
    );
    expect(slugTaken("xa-a")).toBe("Địa chỉ trang “xa-a” đã được dùng cho đơn vị khác.");
    expect(await db.unit.count({ where: { name } })).toBe(0);
  });

  it.each(["", "   ", "\n\t "])("refuses the empty name %j, changing nothing", async (name) => {
    const result = await fx.expectRefusedWithoutChange([district.id], () => createUnit(admin, { name, type: "COMMUNE", parentId: district.id }), "Vui lòng nhập tên đơn vị.", "name");
    expect(result).toMatchObject({ error: INVALID_FORM });
  });

  it("refuses a missing name and a name over 200 characters", async () => {
    await fx.expectRefusedWithoutChange([district.id], () => createUnit(admin, { type: "DISTRICT" }), UNIT_MESSAGES.NAME_REQUIRED, "name");
    await fx.expectRefusedWithoutChange([district.id], () => createUnit(admin, { name: "X".repeat(201), type: "DISTRICT" }), "Tên đơn vị dài tối đa 200 ký tự.", "name");
  });

  it("refuses a malformed slug, a missing type and a third approval level", async () => {
    const { name } = fx.name();
    await fx.expectRefusedWithoutChange([district.id], () => createUnit(admin, { name, type: "COMMUNE", parentId: district.id, slug: "xã an phú" }), UNIT_MESSAGES.SLUG_FORMAT, "slug");
    await fx.expectRefusedWithoutChange([district.id], () => createUnit(admin, { name, type: "" }), "Vui lòng chọn loại đơn vị.", "type");
    await fx.expectRefusedWithoutChange([district.id], () => createUnit(admin, { name, type: "DISTRICT", approvalLevels: "3" }), "Số cấp duyệt phải là 1 hoặc 2.", "approvalLevels");
  });

  it("keeps communes under the province or a district and everything else at the root", async () => {
    const agency = await fx.unit("PROVINCIAL_AGENCY");
    const { name } = fx.name();
    const ids = [district.id, agency.id];
    await fx.expectRefusedWithoutChange(ids, () => createUnit(admin, { name, type: "COMMUNE", parentId: agency.id }), "Xã/phường/thị trấn trực thuộc tỉnh hoặc một huyện/thị xã/thành phố, không thuộc đơn vị khác.", "parentId");
    await fx.expectRefusedWithoutChange(ids, () => createUnit(admin, { name, type: "DISTRICT", parentId: district.id }), UNIT_MESSAGES.ROOT_ONLY, "parentId");
    await fx.expectRefusedWithoutChange(ids, () => createUnit(admin, { name, type: "COMMUNE", parentId: 2_000_000_000 }), "Không tìm thấy đơn vị cấp trên.", "parentId");
  });

  it("refuses a parent that is archived", async () => {
    const archived = await fx.unit("DISTRICT");
    await db.unit.update({ where: { id: archived.id }, data: { status: "ARCHIVED", archivedAt: new Date() } });
    await fx.expectRefusedWithoutChange([archived.id], () => createUnit(admin, { name: fx.name().name, type: "COMMUNE", parentId: archived.id }), UNIT_MESSAGES.PARENT_INACTIVE, "parentId");
  });

  it("refuses a second Department of Justice", async () => {
    if ((await db.unit.count({ where: { type: "PROVINCIAL_JUSTICE" } })) === 0) await fx.unit("PROVINCIAL_JUSTICE");
    const { name } = fx.name("Sở Tư pháp");
    await fx.expectRefusedWithoutChange([], () => createUnit(admin, { name, type: "PROVINCIAL_JUSTICE" }), "Cổng thông tin đã có Sở Tư pháp; mỗi tỉnh chỉ có một.", "type");
  });

  it("refuses people who are not administrators: a unit approver, an author, nobody signed in", async () => {
    const approver = await fx.member(district.id, "APPROVER");
    const author = await fx.member(district.id, "AUTHOR");
    const editor = await fx.user(["PROVINCIAL_EDITOR"]);
    const input = { name: fx.name().name, type: "COMMUNE", parentId: district.id };
    await fx.expectRefusedWithoutChange([district.id], () => createUnit(approver, input), NO_RIGHT);
    await fx.expectRefusedWithoutChange([district.id], () => createUnit(author, input), NO_RIGHT);
    await fx.expectRefusedWithoutChange([district.id], () => createUnit({ id: editor.id, portalRoles: ["PROVINCIAL_EDITOR"], memberships: [] }, input), NO_RIGHT);
    await fx.expectRefusedWithoutChange([district.id], () => createUnit(null, input), "Bạn cần đăng nhập để thực hiện thao tác này.");
    expect(await db.unit.count({ where: { name: input.name } })).toBe(0);
  });
});
