import { db } from "@/lib/db";
import { UNIT_TYPES, type UnitStatusName, type UnitTypeName } from "./labels";

// Reads for the units administration page and for the public unit page's address.

export type UnitTreeNode = {
  id: number;
  name: string;
  slug: string;
  type: UnitTypeName;
  status: UnitStatusName;
  parentId: number | null;
  /** 0 for roots, 1 for their children, … */
  depth: number;
  successor: { id: number; name: string; slug: string } | null;
  approvalLevels: number;
  allowSelfApproval: boolean;
  /** Contacts for the public directory. */
  contacts: { address: string | null; phone: string | null; email: string | null };
  mergedAt: Date | null;
  archivedAt: Date | null;
  counts: {
    /** Child units of any status. */
    children: number;
    activeChildren: number;
    /** Articles the unit owns, the bin excluded (after a merge, the successor owns them). */
    articles: number;
    /** People with at least one role in the unit (active accounts). */
    members: number;
  };
};

const typeRank = (type: UnitTypeName) => UNIT_TYPES.indexOf(type);
const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/**
 * Every unit, in the order the tree is shown: the Department of Justice first, then agencies, then
 * districts each followed by its communes; within a level by sortOrder, then by Vietnamese name.
 */
export async function listUnitTree(): Promise<UnitTreeNode[]> {
  const [units, memberRows] = await Promise.all([
    db.unit.findMany({
      include: {
        successor: { select: { id: true, name: true, slug: true } },
        _count: { select: { children: true, articles: { where: { deletedAt: null } } } },
        children: { where: { status: "ACTIVE" }, select: { id: true } },
      },
    }),
    db.membership.groupBy({ by: ["unitId", "userId"], where: { user: { active: true } } }),
  ]);

  const members = new Map<number, number>();
  for (const row of memberRows) members.set(row.unitId, (members.get(row.unitId) ?? 0) + 1);

  const byParent = new Map<number | null, typeof units>();
  const ids = new Set(units.map((u) => u.id));
  for (const unit of units) {
    // A parent that does not exist (cannot happen with the foreign key) would hide the unit: show it at the root.
    const key = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    byParent.set(key, [...(byParent.get(key) ?? []), unit]);
  }
  const order = (a: (typeof units)[number], b: (typeof units)[number]) =>
    typeRank(a.type) - typeRank(b.type) || a.sortOrder - b.sortOrder || collator.compare(a.name, b.name) || a.id - b.id;

  const tree: UnitTreeNode[] = [];
  const visited = new Set<number>();
  const visit = (parentId: number | null, depth: number) => {
    for (const unit of [...(byParent.get(parentId) ?? [])].sort(order)) {
      if (visited.has(unit.id)) continue;
      visited.add(unit.id);
      tree.push({
        id: unit.id,
        name: unit.name,
        slug: unit.slug,
        type: unit.type,
        status: unit.status,
        parentId: unit.parentId,
        depth,
        successor: unit.successor,
        approvalLevels: unit.approvalLevels,
        allowSelfApproval: unit.allowSelfApproval,
        contacts: { address: unit.address, phone: unit.phone, email: unit.email },
        mergedAt: unit.mergedAt,
        archivedAt: unit.archivedAt,
        counts: {
          children: unit._count.children,
          activeChildren: unit.children.length,
          articles: unit._count.articles,
          members: members.get(unit.id) ?? 0,
        },
      });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return tree;
}

/** The ids of every unit below `unitId` in a tree listed by listUnitTree. */
export function descendantIds(tree: readonly UnitTreeNode[], unitId: number): Set<number> {
  const below = new Set<number>();
  const start = tree.findIndex((u) => u.id === unitId);
  if (start < 0) return below;
  for (let i = start + 1; i < tree.length && tree[i].depth > tree[start].depth; i++) below.add(tree[i].id);
  return below;
}

export type PublicUnit = {
  id: number;
  name: string;
  slug: string;
  type: UnitTypeName;
  status: UnitStatusName;
  description: string | null;
  parentId: number | null;
  archivedAt: Date | null;
  address: string | null;
  phone: string | null;
  email: string | null;
};

const publicUnitSelect = {
  id: true,
  name: true,
  slug: true,
  type: true,
  status: true,
  description: true,
  parentId: true,
  archivedAt: true,
  successorId: true,
  address: true,
  phone: true,
  email: true,
} as const;

/** A merger chain longer than this is treated as broken rather than followed forever. */
const MAX_MERGE_HOPS = 20;

/**
 * The unit a public address names. A merged unit's address answers with the slug of the unit it
 * lives on in (following mergers of mergers), so old links redirect; null when no unit has the slug.
 */
export async function resolveUnitSlug(slug: string): Promise<{ unit: PublicUnit } | { redirectTo: string } | null> {
  const start = await db.unit.findUnique({ where: { slug }, select: publicUnitSelect });
  if (!start) return null;
  let current = start;
  const seen = new Set<number>([current.id]);
  for (let hop = 0; current.status === "MERGED" && current.successorId !== null && hop < MAX_MERGE_HOPS; hop++) {
    if (seen.has(current.successorId)) break;
    const next = await db.unit.findUnique({ where: { id: current.successorId }, select: publicUnitSelect });
    if (!next) break;
    seen.add(next.id);
    current = next;
  }
  if (current.id !== start.id) return { redirectTo: current.slug };
  const { id, name, type, status, description, parentId, archivedAt, address, phone, email } = start;
  return { unit: { id, name, slug: start.slug, type, status, description, parentId, archivedAt, address, phone, email } };
}
