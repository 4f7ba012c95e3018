import type { Prisma } from "../../generated/prisma/client";
import { DEMO_ADMIN_EMAIL } from "./constants";
import { FORMER_DISTRICTS, REORGANISED_DAYS_AGO } from "./content/units";
import type { People } from "./people";

type Tx = Prisma.TransactionClient;

const DAY = 24 * 3_600_000;

/**
 * The plan that took the demo province to two levels, kept as an applied record (as the portal keeps
 * every plan it applied): each former district and merged commune with the unit it became.
 */
export async function insertDemoReorganisation(tx: Tx, people: People, now: Date): Promise<void> {
  const lines = FORMER_DISTRICTS.flatMap((district) => [district, ...(district.children ?? [])]);
  const rows = lines.map((unit, index) => ({ line: index + 2, from: unit.name, to: unit.mergedInto!, type: "", parent: "" }));
  const moved = await tx.article.groupBy({ by: ["originalUnitId"], _count: { _all: true } });
  const writtenBy = new Map(moved.map((row) => [row.originalUnitId, row._count._all]));
  const receivers = [...new Set(lines.map((unit) => unit.mergedInto!))].map((name) => {
    const unit = people.units.get(name)!;
    const sources = lines.filter((line) => line.mergedInto === name).map((line) => people.units.get(line.name)!);
    return {
      id: unit.id,
      name: unit.name,
      slug: unit.slug,
      sources: sources.map((source) => ({ id: source.id, name: source.name, slug: source.slug })),
      articles: sources.reduce((sum, source) => sum + (writtenBy.get(source.id) ?? 0), 0),
      members: new Set(people.memberships.filter((m) => m.unitId === unit.id).map((m) => m.userId)).size,
    };
  });
  const at = new Date(now.getTime() - REORGANISED_DAYS_AGO * DAY);
  const adminId = people.users.get(DEMO_ADMIN_EMAIL)!;
  await tx.reorganisationPlan.create({
    data: {
      title: "Sắp xếp đơn vị hành chính: bỏ cấp huyện, sáp nhập xã (chính quyền địa phương hai cấp)",
      rows,
      status: "APPLIED",
      effectiveAt: at,
      appliedAt: at,
      createdById: adminId,
      appliedById: adminId,
      createdAt: new Date(at.getTime() - 7 * DAY),
      result: {
        units: { created: 0, renamed: 0, merged: lines.length, moved: 0 },
        moved: { articles: receivers.reduce((sum, receiver) => sum + receiver.articles, 0), memberships: 0, records: [] },
        receivers,
      },
    },
  });
}
