import type { PortalRole, Prisma, UnitRole, UnitStatus, UnitType } from "../../generated/prisma/client";
import { slugify, uniqueSlug } from "../../lib/vietnamese";
import { COMMUNES, FORMER_DISTRICTS, JUSTICE_DEPARTMENT, PROVINCIAL_AGENCIES, REORGANISED_DAYS_AGO } from "./content/units";
import { DEMO_ACCOUNTS, STAFF } from "./content/staff";
import type { UnitSeed } from "./types";

type Tx = Prisma.TransactionClient;

export interface UnitRow {
  id: number;
  name: string;
  slug: string;
  type: UnitType;
  status: UnitStatus;
  parentId: number | null;
  successorId: number | null;
  approvalLevels: number;
  allowSelfApproval: boolean;
}

export interface People {
  units: Map<string, UnitRow>;
  unitsById: Map<number, UnitRow>;
  /** User id by email. */
  users: Map<string, number>;
  memberships: { userId: number; unitId: number; role: UnitRole }[];
}

const DAY = 24 * 3_600_000;

function unitData(seed: UnitSeed, slug: string, sortOrder: number) {
  return {
    name: seed.name,
    slug,
    type: seed.type,
    description: seed.description ?? null,
    approvalLevels: seed.approvalLevels ?? 1,
    allowSelfApproval: seed.allowSelfApproval ?? false,
    sortOrder,
  };
}

/**
 * The unit tree after the reorganisation: the Department of Justice, agencies and today's communes as
 * roots; the former districts merged into a commune, with the communes they had (merged ones too).
 */
async function insertUnits(tx: Tx, now: Date): Promise<UnitRow[]> {
  const usedSlugs = new Set<string>();
  const slugFor = async (name: string) => {
    const slug = await uniqueSlug(slugify(name), async (candidate) => usedSlugs.has(candidate));
    usedSlugs.add(slug);
    return slug;
  };

  // Active units first: every successor must exist before the units merged into it.
  const roots = [JUSTICE_DEPARTMENT, ...PROVINCIAL_AGENCIES, ...COMMUNES];
  const rootData = [];
  for (const [index, seed] of roots.entries()) rootData.push(unitData(seed, await slugFor(seed.name), index));
  const rootRows = await tx.unit.createManyAndReturn({ data: rootData });
  const byName = new Map(rootRows.map((row) => [row.name, row]));
  const successorOf = (seed: UnitSeed) => {
    const successor = seed.mergedInto ? byName.get(seed.mergedInto) : undefined;
    if (!successor) throw new Error(`Unknown successor unit "${seed.mergedInto}" of "${seed.name}"`);
    return successor.id;
  };
  const mergedAt = new Date(now.getTime() - REORGANISED_DAYS_AGO * DAY);

  const districtData = [];
  for (const [index, seed] of FORMER_DISTRICTS.entries()) {
    districtData.push({ ...unitData(seed, await slugFor(seed.name), index), status: "MERGED" as const, successorId: successorOf(seed), mergedAt });
  }
  const districtRows = await tx.unit.createManyAndReturn({ data: districtData });
  for (const row of districtRows) byName.set(row.name, row);

  const communeData = [];
  for (const district of FORMER_DISTRICTS) {
    for (const [index, seed] of (district.children ?? []).entries()) {
      communeData.push({
        ...unitData(seed, await slugFor(seed.name), index),
        parentId: byName.get(district.name)!.id,
        status: "MERGED" as const,
        successorId: successorOf(seed),
        mergedAt,
      });
    }
  }
  const communeRows = await tx.unit.createManyAndReturn({ data: communeData });
  return [...rootRows, ...districtRows, ...communeRows];
}

const PORTAL_ROLES = new Map<string, readonly PortalRole[]>(
  Object.values(DEMO_ACCOUNTS).map((account) => [account.email, account.portalRoles]),
);

/** Units, the demo accounts and the staff who wrote the demo news, with their memberships. */
export async function insertPeople(tx: Tx, passwordHash: string, now: Date): Promise<People> {
  const unitRows = await insertUnits(tx, now);
  const units = new Map(unitRows.map((row) => [row.name, row]));

  const userRows = await tx.user.createManyAndReturn({
    data: STAFF.map((person) => ({
      email: person.email.trim().toLowerCase(),
      name: person.name,
      passwordHash,
      portalRoles: [...(PORTAL_ROLES.get(person.email) ?? [])],
    })),
  });
  const users = new Map(userRows.map((row) => [row.email, row.id]));

  const memberships = STAFF.flatMap((person) =>
    person.memberships.map(([unitName, role]) => {
      const unit = units.get(unitName);
      if (!unit) throw new Error(`Unknown unit "${unitName}" in the memberships of ${person.email}`);
      return { userId: users.get(person.email)!, unitId: unit.id, role };
    }),
  );
  await tx.membership.createMany({ data: memberships });

  return { units, unitsById: new Map(unitRows.map((row) => [row.id, row])), users, memberships };
}
