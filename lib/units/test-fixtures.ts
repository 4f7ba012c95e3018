// Helpers for the unit integration tests: every test works on units, people and articles it makes
// itself (names carry a random tag), so it needs no empty database and leaves the demo data alone.
import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import type { UnitType } from "@/generated/prisma/client";
import type { FieldErrors } from "@/lib/action-result";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";

if (!process.env.DATABASE_URL) {
  throw new Error(
    "The lib/units integration tests need DATABASE_URL (a migrated database they may add rows to), " +
      "e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/units_dev, or run `npm test`.",
  );
}

type Outcome = { ok: true } | { ok: false; error: string; fieldErrors?: FieldErrors };

export type Fixtures = ReturnType<typeof unitFixtures>;

/** One set of fixtures per test file; `cleanUp` removes everything it made. */
export function unitFixtures(label: string) {
  const tag = `${label}-${randomBytes(4).toString("hex")}`;
  const userIds: number[] = [];
  const unitIds: number[] = [];
  let counter = 0;
  const next = () => `${tag}-${++counter}`;

  async function user(portalRoles: ("ADMINISTRATOR" | "PROVINCIAL_EDITOR" | "COMMENT_MODERATOR")[] = []) {
    const created = await db.user.create({
      data: { email: `${next()}@units-test.local`, name: `Người thử ${tag}`, passwordHash: "x", portalRoles },
    });
    userIds.push(created.id);
    return created;
  }

  return {
    tag,
    /** An administrator who exists in the database (audit entries point at the actor). */
    async admin(): Promise<PolicyActor> {
      const created = await user(["ADMINISTRATOR"]);
      return { id: created.id, portalRoles: ["ADMINISTRATOR"], memberships: [] };
    },
    /** Someone with a unit role in `unitId` and no portal role. */
    async member(unitId: number, role: "AUTHOR" | "APPROVER"): Promise<PolicyActor> {
      const created = await user();
      await db.membership.create({ data: { userId: created.id, unitId, role } });
      return { id: created.id, portalRoles: [], memberships: [{ unitId, role }] };
    },
    user,
    /** A unique name and slug for a unit this file creates through a use case. */
    name(prefix = "Xã Thử nghiệm") {
      const n = next();
      return { name: `${prefix} ${n}`, slug: n.toLowerCase() };
    },
    /** Registers a unit made through a use case, so cleanUp removes it. */
    track(id: number) {
      unitIds.push(id);
    },
    async unit(type: UnitType, parentId: number | null = null, extra: { name?: string } = {}) {
      const n = next();
      const created = await db.unit.create({ data: { name: extra.name ?? `Đơn vị thử ${n}`, slug: n, type, parentId } });
      unitIds.push(created.id);
      return created;
    },
    async article(unitId: number, writerId: number, publishedAt: Date | null) {
      const n = next();
      return db.article.create({
        data: {
          slug: n,
          title: `Bài thử ${n}`,
          sapo: "Sapo thử.",
          body: { type: "doc", content: [] },
          unitId,
          originalUnitId: unitId,
          writerId,
          state: publishedAt ? "PUBLISHED" : "DRAFT",
          publishedAt,
        },
      });
    },
    /** How many audit entries these people wrote: a refusal must not add one. */
    auditCount() {
      return db.auditEntry.count({ where: { actorId: { in: userIds } } });
    },
    /** What a refused action must leave exactly as it was. */
    async snapshot(ids: readonly number[]) {
      const list = [...ids];
      return {
        units: await readUnits(list),
        unitCount: await db.unit.count(),
        articles: await db.article.findMany({
          where: { OR: [{ unitId: { in: list } }, { originalUnitId: { in: list } }] },
          select: { id: true, unitId: true, originalUnitId: true, state: true, publishedAt: true, updatedAt: true },
          orderBy: { id: "asc" },
        }),
        memberships: await db.membership.findMany({ where: { unitId: { in: list } }, orderBy: { id: "asc" } }),
        audit: await db.auditEntry.count({ where: { actorId: { in: userIds } } }),
      };
    },
    /**
     * Runs an action that must be refused with `message` (as the form's message, or beside `field`)
     * and checks that the units `ids`, their articles and memberships, and the audit log did not change.
     */
    async expectRefusedWithoutChange(ids: readonly number[], run: () => Promise<Outcome>, message: string, field?: string) {
      const before = await this.snapshot(ids);
      const result = await run();
      expect(result.ok).toBe(false);
      if (!result.ok) {
        if (field) expect(result.fieldErrors?.[field]).toBe(message);
        else expect(result.error).toBe(message);
      }
      expect(await this.snapshot(ids)).toEqual(before);
      return result;
    },
    /**
     * Removes the units, articles and memberships the file made. The audit log is append-only (a
     * database trigger), so its entries stay, and so do the people they name, deactivated.
     */
    async cleanUp() {
      const ids = [...new Set(unitIds)];
      await db.$transaction(async (tx) => {
        await tx.article.deleteMany({ where: { OR: [{ unitId: { in: ids } }, { originalUnitId: { in: ids } }, { writerId: { in: userIds } }] } });
        await tx.membership.deleteMany({ where: { OR: [{ unitId: { in: ids } }, { userId: { in: userIds } }] } });
        await tx.unit.updateMany({ where: { id: { in: ids } }, data: { parentId: null, successorId: null } });
        await tx.unit.deleteMany({ where: { id: { in: ids } } });
        await tx.user.deleteMany({ where: { id: { in: userIds }, auditEntries: { none: {} } } });
        await tx.user.updateMany({ where: { id: { in: userIds } }, data: { active: false } });
      });
    },
  };
}

/** A unit row as the tests compare it before and after a refused action. */
export function readUnits(ids: readonly number[]) {
  return db.unit.findMany({ where: { id: { in: [...ids] } }, orderBy: { id: "asc" } });
}
