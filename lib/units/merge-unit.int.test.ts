import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { mergeUnit } from "./merge-unit";
import { resolveUnitSlug } from "./queries";
import { UNIT_MESSAGES } from "./rules";
import { unitFixtures } from "@/test-support/fixtures/units";

const NO_RIGHT = "Bạn không có quyền thực hiện thao tác này.";
const fx = unitFixtures("merge");
let admin: PolicyActor;
let writer: { id: number };

beforeAll(async () => {
  admin = await fx.admin();
  writer = await fx.user();
});
afterAll(() => fx.cleanUp());

describe("mergeUnit", () => {
  it("moves the articles to the successor, keeping who wrote them and when they were published", async () => {
    const district = await fx.unit("DISTRICT");
    const old = await fx.unit("COMMUNE", district.id);
    const successor = await fx.unit("COMMUNE", district.id);
    const publishedAt = new Date("2026-03-02T01:30:00Z");
    const published = await fx.article(old.id, writer.id, publishedAt);
    const draft = await fx.article(old.id, writer.id, null);
    const own = await fx.article(successor.id, writer.id, publishedAt);
    await db.membership.create({ data: { userId: writer.id, unitId: old.id, role: "AUTHOR" } });

    const result = await mergeUnit(admin, { unitId: String(old.id), successorId: String(successor.id) });
    expect(result).toMatchObject({ ok: true, value: { movedArticles: 2, movedChildren: 0 } });

    const articles = await db.article.findMany({ where: { id: { in: [published.id, draft.id, own.id] } }, orderBy: { id: "asc" } });
    expect(articles.map((a) => ({ id: a.id, unitId: a.unitId, originalUnitId: a.originalUnitId, publishedAt: a.publishedAt, state: a.state }))).toEqual([
      { id: published.id, unitId: successor.id, originalUnitId: old.id, publishedAt, state: "PUBLISHED" },
      { id: draft.id, unitId: successor.id, originalUnitId: old.id, publishedAt: null, state: "DRAFT" },
      { id: own.id, unitId: successor.id, originalUnitId: successor.id, publishedAt, state: "PUBLISHED" },
    ]);

    const merged = await db.unit.findUniqueOrThrow({ where: { id: old.id } });
    expect(merged).toMatchObject({ status: "MERGED", successorId: successor.id, name: old.name, slug: old.slug, parentId: district.id });
    expect(merged.mergedAt).toBeInstanceOf(Date);
    // Memberships stay (for the record); getActor gives no rights in a merged unit.
    expect(await db.membership.count({ where: { unitId: old.id } })).toBe(1);

    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "unit.merge", targetId: String(old.id) } });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.change).toEqual({
      before: { status: "ACTIVE", successorId: null, mergedAt: null },
      after: { status: "MERGED", successorId: successor.id, mergedAt: merged.mergedAt!.toISOString() },
      successor: { id: successor.id, name: successor.name, slug: successor.slug },
      movedArticleIds: [published.id, draft.id],
      movedChildIds: [],
    });

    expect(await resolveUnitSlug(old.slug)).toEqual({ redirectTo: successor.slug });
    expect(await resolveUnitSlug(successor.slug)).toMatchObject({ unit: { id: successor.id, status: "ACTIVE" } });
  });

  it("follows two merges: articles end at the last successor, the first address redirects there", async () => {
    const district = await fx.unit("DISTRICT");
    const [first, second, third] = [await fx.unit("COMMUNE", district.id), await fx.unit("COMMUNE", district.id), await fx.unit("COMMUNE", district.id)];
    const publishedAt = new Date("2025-12-31T17:00:00Z");
    const article = await fx.article(first.id, writer.id, publishedAt);

    expect((await mergeUnit(admin, { unitId: first.id, successorId: second.id })).ok).toBe(true);
    expect((await mergeUnit(admin, { unitId: second.id, successorId: third.id })).ok).toBe(true);

    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ unitId: third.id, originalUnitId: first.id, publishedAt });
    expect(await resolveUnitSlug(first.slug)).toEqual({ redirectTo: third.slug });
    expect(await resolveUnitSlug(second.slug)).toEqual({ redirectTo: third.slug });
  });

  it("moves the child units of a merged district under the successor", async () => {
    const old = await fx.unit("DISTRICT");
    const successor = await fx.unit("DISTRICT");
    const a = await fx.unit("COMMUNE", old.id);
    const b = await fx.unit("COMMUNE", old.id);
    const result = await mergeUnit(admin, { unitId: old.id, successorId: successor.id });
    expect(result).toMatchObject({ ok: true, value: { movedArticles: 0, movedChildren: 2 } });
    const children = await db.unit.findMany({ where: { id: { in: [a.id, b.id] } } });
    expect(children.map((c) => c.parentId)).toEqual([successor.id, successor.id]);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "unit.merge", targetId: String(old.id) } });
    expect(audit.change).toMatchObject({ movedChildIds: [a.id, b.id] });
  });

  describe("refusals leave every unit, article, membership and the audit log as they were", () => {
    it("refuses merging a unit into itself", async () => {
      const district = await fx.unit("DISTRICT");
      const commune = await fx.unit("COMMUNE", district.id);
      await fx.article(commune.id, writer.id, new Date());
      await fx.expectRefusedWithoutChange([district.id, commune.id], () => mergeUnit(admin, { unitId: commune.id, successorId: commune.id }), "Không thể sáp nhập đơn vị vào chính nó.", "successorId");
    });

    it("refuses merging a district into one of its own communes", async () => {
      const district = await fx.unit("DISTRICT");
      const commune = await fx.unit("COMMUNE", district.id);
      await fx.article(district.id, writer.id, new Date());
      await fx.expectRefusedWithoutChange(
        [district.id, commune.id],
        () => mergeUnit(admin, { unitId: district.id, successorId: commune.id }),
        "Không thể sáp nhập đơn vị vào một đơn vị trực thuộc nó.",
        "successorId",
      );
    });

    it("refuses a successor that is merged or archived", async () => {
      const district = await fx.unit("DISTRICT");
      const [unit, merged, archived, target] = [
        await fx.unit("COMMUNE", district.id),
        await fx.unit("COMMUNE", district.id),
        await fx.unit("COMMUNE", district.id),
        await fx.unit("COMMUNE", district.id),
      ];
      await db.unit.update({ where: { id: merged.id }, data: { status: "MERGED", successorId: target.id, mergedAt: new Date() } });
      await db.unit.update({ where: { id: archived.id }, data: { status: "ARCHIVED", archivedAt: new Date() } });
      await fx.article(unit.id, writer.id, new Date());
      const ids = [district.id, unit.id, merged.id, archived.id, target.id];
      const message = "Đơn vị nhận sáp nhập đã sáp nhập hoặc lưu trữ; hãy chọn đơn vị đang hoạt động.";
      await fx.expectRefusedWithoutChange(ids, () => mergeUnit(admin, { unitId: unit.id, successorId: merged.id }), message, "successorId");
      await fx.expectRefusedWithoutChange(ids, () => mergeUnit(admin, { unitId: unit.id, successorId: archived.id }), message, "successorId");
    });

    it("refuses merging a unit that is already merged, or archived", async () => {
      const district = await fx.unit("DISTRICT");
      const [old, first, other, archived] = [
        await fx.unit("COMMUNE", district.id),
        await fx.unit("COMMUNE", district.id),
        await fx.unit("COMMUNE", district.id),
        await fx.unit("COMMUNE", district.id),
      ];
      expect((await mergeUnit(admin, { unitId: old.id, successorId: first.id })).ok).toBe(true);
      await db.unit.update({ where: { id: archived.id }, data: { status: "ARCHIVED", archivedAt: new Date() } });
      const ids = [district.id, old.id, first.id, other.id, archived.id];
      await fx.expectRefusedWithoutChange(ids, () => mergeUnit(admin, { unitId: old.id, successorId: other.id }), "Đơn vị này đã được sáp nhập trước đó.");
      await fx.expectRefusedWithoutChange(ids, () => mergeUnit(admin, { unitId: archived.id, successorId: other.id }), UNIT_MESSAGES.MERGE_ARCHIVED);
    });

    it("refuses a successor of another kind, a missing successor and the Department of Justice", async () => {
      const district = await fx.unit("DISTRICT");
      const commune = await fx.unit("COMMUNE", district.id);
      const otherDistrict = await fx.unit("DISTRICT");
      const ids = [district.id, commune.id, otherDistrict.id];
      await fx.expectRefusedWithoutChange(ids, () => mergeUnit(admin, { unitId: commune.id, successorId: otherDistrict.id }), "Xã/phường/thị trấn chỉ sáp nhập được vào xã/phường/thị trấn.", "successorId");
      await fx.expectRefusedWithoutChange(ids, () => mergeUnit(admin, { unitId: commune.id, successorId: "" }), "Vui lòng chọn đơn vị nhận sáp nhập.", "successorId");
      const justice = await db.unit.findFirst({ where: { type: "PROVINCIAL_JUSTICE" } }) ?? (await fx.unit("PROVINCIAL_JUSTICE"));
      const agency = await fx.unit("PROVINCIAL_AGENCY");
      await fx.expectRefusedWithoutChange([justice.id, agency.id], () => mergeUnit(admin, { unitId: justice.id, successorId: agency.id }), UNIT_MESSAGES.MERGE_JUSTICE, "successorId");
    });

    it("refuses a unit approver and an author of both units", async () => {
      const district = await fx.unit("DISTRICT");
      const old = await fx.unit("COMMUNE", district.id);
      const successor = await fx.unit("COMMUNE", district.id);
      await fx.article(old.id, writer.id, new Date());
      const approver = await fx.member(old.id, "APPROVER");
      const author = await fx.member(old.id, "AUTHOR");
      await db.membership.createMany({ data: [{ userId: approver.id, unitId: successor.id, role: "APPROVER" }, { userId: author.id, unitId: successor.id, role: "AUTHOR" }] });
      const ids = [district.id, old.id, successor.id];
      await fx.expectRefusedWithoutChange(ids, () => mergeUnit(approver, { unitId: old.id, successorId: successor.id }), NO_RIGHT);
      await fx.expectRefusedWithoutChange(ids, () => mergeUnit(author, { unitId: old.id, successorId: successor.id }), NO_RIGHT);
      await fx.expectRefusedWithoutChange(ids, () => mergeUnit(null, { unitId: old.id, successorId: successor.id }), "Bạn cần đăng nhập để thực hiện thao tác này.");
    });
  });
});
