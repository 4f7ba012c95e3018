import type { Prisma } from "@/generated/prisma/client";

// Database helpers shared by the unit use cases; each runs inside the caller's transaction.

type Tx = Prisma.TransactionClient;

/**
 * Serialises changes to the unit tree: two administrators moving or merging at once could otherwise
 * both pass the descendant checks and leave a cycle, or both create the Department of Justice.
 */
export async function lockUnitTree(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('unit-tree'))`;
}

/**
 * Locks the unit rows for update: an article being written into a unit that is merging waits for the
 * merge (its foreign key check needs a share lock on the row) instead of slipping in beside it.
 */
export async function lockUnitRows(tx: Tx, ids: readonly number[]): Promise<void> {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  if (sorted.length === 0) return;
  await tx.$queryRaw`SELECT id FROM "Unit" WHERE id = ANY(${sorted}::int[]) ORDER BY id FOR UPDATE`;
}

/** True when `candidateId` lies below `ancestorId` in the tree (not counting the unit itself). */
export async function isDescendant(tx: Tx, ancestorId: number, candidateId: number): Promise<boolean> {
  const seen = new Set<number>();
  let current: number | null = candidateId;
  while (current !== null && !seen.has(current)) {
    seen.add(current);
    const row: { parentId: number | null } | null = await tx.unit.findUnique({ where: { id: current }, select: { parentId: true } });
    current = row?.parentId ?? null;
    if (current === ancestorId) return true;
  }
  return false;
}

/** A Prisma unique-constraint violation (P2002), e.g. two units taking the same slug at once. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** The value of a date for an audit entry's JSON. */
export function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}
