import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { UNIT_TYPES } from "./labels";
import { descendantIds, listUnitTree, resolveUnitSlug } from "./queries";
import { unitFixtures } from "@/test-support/fixtures/units";

const fx = unitFixtures("queries");
afterAll(() => fx.cleanUp());

describe("listUnitTree", () => {
  let district: { id: number; name: string };
  let communes: { id: number; name: string }[];

  beforeAll(async () => {
    district = await fx.unit("DISTRICT", null, { name: `Huyện Thử ${fx.tag}` });
    communes = [
      await fx.unit("COMMUNE", district.id, { name: `Xã Bình ${fx.tag}` }),
      await fx.unit("COMMUNE", district.id, { name: `Xã Ân ${fx.tag}` }),
    ];
    await db.unit.update({ where: { id: communes[0].id }, data: { status: "ARCHIVED", archivedAt: new Date() } });
    const writer = await fx.user();
    await fx.article(communes[1].id, writer.id, new Date());
    const binned = await fx.article(communes[1].id, writer.id, null);
    await db.article.update({ where: { id: binned.id }, data: { deletedAt: new Date() } });
    await db.membership.createMany({
      data: [
        { userId: writer.id, unitId: communes[1].id, role: "AUTHOR" },
        { userId: writer.id, unitId: communes[1].id, role: "APPROVER" },
      ],
    });
  });

  it("lists a district with its communes right after it, one level deeper, sorted by Vietnamese name", async () => {
    const tree = await listUnitTree();
    const at = tree.findIndex((u) => u.id === district.id);
    expect(tree[at]).toMatchObject({ depth: 0, type: "DISTRICT", counts: { children: 2, activeChildren: 1, articles: 0, members: 0 } });
    expect(tree.slice(at + 1, at + 3).map((u) => [u.name, u.depth])).toEqual([
      [communes[1].name, 1], // "Ân" before "Bình"
      [communes[0].name, 1],
    ]);
    // One person with two roles is one member; an article in the bin does not count.
    expect(tree[at + 1]).toMatchObject({ status: "ACTIVE", counts: { articles: 1, members: 1, children: 0 } });
    expect(tree[at + 2]).toMatchObject({ status: "ARCHIVED" });
    expect(descendantIds(tree, district.id)).toEqual(new Set(communes.map((c) => c.id)));
    // Roots come in the order Sở Tư pháp, agencies, districts.
    const rank = tree.filter((u) => u.depth === 0).map((u) => UNIT_TYPES.indexOf(u.type));
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
  });
});

describe("resolveUnitSlug", () => {
  it("answers null for an address no unit has", async () => {
    expect(await resolveUnitSlug(`khong-co-${fx.tag}`)).toBeNull();
  });

  it("answers an archived unit itself (its page stays)", async () => {
    const unit = await fx.unit("DISTRICT");
    await db.unit.update({ where: { id: unit.id }, data: { status: "ARCHIVED", archivedAt: new Date() } });
    expect(await resolveUnitSlug(unit.slug)).toMatchObject({ unit: { id: unit.id, slug: unit.slug, status: "ARCHIVED" } });
  });
});
