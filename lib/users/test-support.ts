// Fixtures for the administration integration tests (lib/users, lib/categories, lib/settings,
// lib/audit-log). They never touch the demo accounts: every row they make has a random suffix.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { PolicyActor, PortalRoleName, UnitRoleName } from "@/lib/policy";

export const TEST_EMAIL_DOMAIN = "quantri.test";

export function suffix(): string {
  return randomBytes(4).toString("hex");
}

export function uniqueEmail(label = "nguoi"): string {
  return `${label}-${suffix()}@${TEST_EMAIL_DOMAIN}`;
}

/** A user row (needed by audit entries) and the actor a session would give them. */
export async function makeActor(
  portalRoles: PortalRoleName[] = ["ADMINISTRATOR"],
  memberships: { unitId: number; role: UnitRoleName }[] = [],
): Promise<PolicyActor & { email: string }> {
  const email = uniqueEmail("quan-tri");
  const user = await db.user.create({
    data: { email, name: `Kiểm thử ${email}`, passwordHash: "x", portalRoles, memberships: { create: memberships } },
  });
  return { id: user.id, email, portalRoles, memberships };
}

export async function makeUnit(status: "ACTIVE" | "MERGED" | "ARCHIVED" = "ACTIVE", name = "Xã Kiểm Thử") {
  const slug = `kiem-thu-${suffix()}`;
  return db.unit.create({ data: { name: `${name} ${slug}`, slug, type: "COMMUNE", status } });
}

/** Removes units made by `makeUnit` (their memberships first; audit entries name units only by id). */
export async function removeUnits(ids: number[]): Promise<void> {
  await db.membership.deleteMany({ where: { unitId: { in: ids } } });
  await db.unit.deleteMany({ where: { id: { in: ids } } });
}

export async function lastAuditId(): Promise<bigint> {
  const last = await db.auditEntry.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return last?.id ?? BigInt(0);
}

export async function auditEntriesAfter(id: bigint) {
  return db.auditEntry.findMany({ where: { id: { gt: id } }, orderBy: { id: "asc" } });
}

/** Everything about a user a refused use case must leave as it was. */
export async function userSnapshot(userId: number) {
  return db.user.findUnique({
    where: { id: userId },
    include: { memberships: { orderBy: [{ unitId: "asc" }, { role: "asc" }] } },
  });
}

/**
 * A database of its own for tests that need to know every row of a table (e.g. "the last active
 * administrator"), which the shared test database with its demo accounts cannot give. Made on the
 * server DATABASE_URL names, migrated from prisma/migrations, and swapped in behind `db` until `close`.
 */
export async function openIsolatedDatabase(): Promise<{ close(): Promise<void> }> {
  const name = `pbgdpl_isolated_${suffix()}`;
  const onServer = (database: string) => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${database}`;
    return url.toString();
  };
  const server = new pg.Client({ connectionString: onServer("postgres") });
  await server.connect();
  await server.query(`CREATE DATABASE "${name}"`);
  await server.end();

  const url = onServer(name);
  const migrationsDir = path.resolve("prisma/migrations");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const dir of readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    await client.query(readFileSync(path.join(migrationsDir, dir, "migration.sql"), "utf8"));
  }
  await client.end();

  const holder = globalThis as unknown as { prisma?: PrismaClient };
  const shared = holder.prisma;
  const isolated = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });
  holder.prisma = isolated;
  return {
    async close() {
      holder.prisma = shared;
      await isolated.$disconnect();
      const dropper = new pg.Client({ connectionString: onServer("postgres") });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}
