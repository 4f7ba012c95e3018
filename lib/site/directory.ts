import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { CATEGORIES_TAG, UNITS_TAG } from "@/lib/cache-tags";
import { UNIT_TYPES, type UnitTypeName } from "@/lib/units/labels";
import { resolveUnitSlug, type PublicUnit } from "@/lib/units/queries";

// Categories and units as readers see them, cached under their tags. A unit or category change
// expires these and every article query (lib/articles/public-queries.ts carries both tags), so the
// pages built from them are made again.

const SAFETY_REVALIDATE_SECONDS = 3600;

export type PublicCategory = { id: number; name: string; slug: string; description: string | null };

/** The categories shown to readers (hidden ones left out), in the administrator's order. */
export const listPublicCategories = unstable_cache(
  async (): Promise<PublicCategory[]> =>
    db.category.findMany({
      where: { hidden: false },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: { id: true, name: true, slug: true, description: true },
    }),
  ["public", "categories"],
  { tags: [CATEGORIES_TAG], revalidate: SAFETY_REVALIDATE_SECONDS },
);

export async function getPublicCategory(slug: string): Promise<PublicCategory | null> {
  return (await listPublicCategories()).find((category) => category.slug === slug) ?? null;
}

export type DirectoryUnit = {
  id: number;
  name: string;
  slug: string;
  type: UnitTypeName;
  description: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  children: DirectoryUnit[];
};

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/**
 * The active units as a tree: the Department of Justice, provincial agencies and districts at the
 * root, communes under their district. A unit whose parent is not active hangs at the root.
 */
export const listUnitDirectory = unstable_cache(
  async (): Promise<DirectoryUnit[]> => {
    const units = await db.unit.findMany({
      where: { status: "ACTIVE" },
      select: { id: true, name: true, slug: true, type: true, description: true, address: true, phone: true, email: true, parentId: true, sortOrder: true },
    });
    const ids = new Set(units.map((unit) => unit.id));
    const byParent = new Map<number | null, typeof units>();
    for (const unit of units) {
      const key = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
      byParent.set(key, [...(byParent.get(key) ?? []), unit]);
    }
    const order = (a: (typeof units)[number], b: (typeof units)[number]) =>
      UNIT_TYPES.indexOf(a.type) - UNIT_TYPES.indexOf(b.type) || a.sortOrder - b.sortOrder || collator.compare(a.name, b.name) || a.id - b.id;
    const seen = new Set<number>();
    const build = (parentId: number | null): DirectoryUnit[] =>
      [...(byParent.get(parentId) ?? [])]
        .sort(order)
        .filter((unit) => !seen.has(unit.id) && seen.add(unit.id))
        .map((unit) => ({
          id: unit.id,
          name: unit.name,
          slug: unit.slug,
          type: unit.type,
          description: unit.description,
          address: unit.address,
          phone: unit.phone,
          email: unit.email,
          children: build(unit.id),
        }));
    return build(null);
  },
  ["public", "unit-directory"],
  { tags: [UNITS_TAG], revalidate: SAFETY_REVALIDATE_SECONDS },
);

/** Every active unit in directory order, flattened with its depth, for filters. */
export async function listUnitOptions(): Promise<{ slug: string; name: string; depth: number }[]> {
  const out: { slug: string; name: string; depth: number }[] = [];
  const walk = (units: DirectoryUnit[], depth: number) => {
    for (const unit of units) {
      out.push({ slug: unit.slug, name: unit.name, depth });
      walk(unit.children, depth + 1);
    }
  };
  walk(await listUnitDirectory(), 0);
  return out;
}

export type CachedPublicUnit = Omit<PublicUnit, "archivedAt"> & { archivedAt: string | null };

/** The unit a public address names, or where a merged unit's address now leads; null when none has it. */
export function resolvePublicUnit(slug: string): Promise<{ unit: CachedPublicUnit } | { redirectTo: string } | null> {
  return unstable_cache(
    async () => {
      const resolved = await resolveUnitSlug(slug);
      if (!resolved || "redirectTo" in resolved) return resolved;
      return { unit: { ...resolved.unit, archivedAt: resolved.unit.archivedAt?.toISOString() ?? null } };
    },
    ["public", "unit-slug", slug],
    { tags: [UNITS_TAG], revalidate: SAFETY_REVALIDATE_SECONDS },
  )();
}
