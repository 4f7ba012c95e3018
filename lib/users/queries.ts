import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { PortalRoleName, UnitRoleName } from "@/lib/policy";

export const USERS_PER_PAGE = 20;

export type UserMembershipRow = { unitId: number; unitName: string; unitActive: boolean; role: UnitRoleName };

export type UserRow = {
  id: number;
  email: string;
  name: string;
  active: boolean;
  mustChangePassword: boolean;
  portalRoles: PortalRoleName[];
  lastSignInAt: Date | null;
  memberships: UserMembershipRow[];
};

export type UserPage = { users: UserRow[]; total: number; page: number; pageCount: number; query: string };

const userInclude = {
  memberships: { include: { unit: { select: { name: true, status: true } } }, orderBy: [{ unitId: "asc" }, { role: "asc" }] },
} satisfies Prisma.UserInclude;

function toRow(user: Prisma.UserGetPayload<{ include: typeof userInclude }>): UserRow {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    active: user.active,
    mustChangePassword: user.mustChangePassword,
    portalRoles: user.portalRoles as PortalRoleName[],
    lastSignInAt: user.lastSignInAt,
    memberships: user.memberships.map((m) => ({
      unitId: m.unitId,
      unitName: m.unit.name,
      unitActive: m.unit.status === "ACTIVE",
      role: m.role as UnitRoleName,
    })),
  };
}

/** `%text%` for LIKE, with the user's own % and _ taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Users whose name or email contains `query`, ignoring case and Vietnamese diacritics ("nguyen" finds
 * "Nguyễn"), sorted by name, 20 to a page, with their memberships. Page numbers start at 1.
 */
export async function searchUsers(options: { query?: string; page?: number } = {}): Promise<UserPage> {
  const query = (options.query ?? "").normalize("NFC").trim().replace(/\s+/g, " ");
  const where = query
    ? Prisma.sql`WHERE lower(public.immutable_unaccent(name)) LIKE lower(public.immutable_unaccent(${containsPattern(query)}))
                    OR email LIKE lower(${containsPattern(query)})`
    : Prisma.empty;
  const [{ count }] = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM "User" ${where}`;
  const total = Number(count);
  const pageCount = Math.max(1, Math.ceil(total / USERS_PER_PAGE));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1) || 1), pageCount);
  const ids = await db.$queryRaw<{ id: number }[]>`
    SELECT id FROM "User" ${where}
    ORDER BY lower(public.immutable_unaccent(name)), id
    LIMIT ${USERS_PER_PAGE} OFFSET ${(page - 1) * USERS_PER_PAGE}`;
  const users = await db.user.findMany({ where: { id: { in: ids.map((row) => row.id) } }, include: userInclude });
  const byId = new Map(users.map((user) => [user.id, user]));
  return {
    users: ids.flatMap(({ id }) => (byId.has(id) ? [toRow(byId.get(id)!)] : [])),
    total,
    page,
    pageCount,
    query,
  };
}

export async function getUserForAdmin(userId: number): Promise<UserRow | null> {
  if (!Number.isInteger(userId) || userId <= 0) return null;
  const user = await db.user.findUnique({ where: { id: userId }, include: userInclude });
  return user ? toRow(user) : null;
}

export type UnitOption = { id: number; name: string; parentName: string | null };

/** Units that can take new members, for the Đơn vị select: active ones, ordered by name. */
export async function activeUnitOptions(): Promise<UnitOption[]> {
  const units = await db.unit.findMany({
    where: { status: "ACTIVE" },
    select: { id: true, name: true, parent: { select: { name: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return units.map((unit) => ({ id: unit.id, name: unit.name, parentName: unit.parent?.name ?? null }));
}
