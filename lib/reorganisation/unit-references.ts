import type { Prisma } from "@/generated/prisma/client";

// Every column of every table that points at a unit, found in PostgreSQL's catalogue rather than
// listed by hand: tables that other parts of the portal add (questions routed to a unit, entrants'
// communes, documents' issuing units) move with a reorganisation without this code knowing them.

type Tx = Pick<Prisma.TransactionClient, "$queryRaw">;

export type UnitReference = {
  table: string;
  column: string;
  /** Part of a unique index: rows are moved only where the successor has no such row yet. */
  unique: boolean;
};

/**
 * Columns that are not moved: the unit tree itself (handled by the plan), the unit that wrote an
 * article (what readers see, kept for ever) and memberships (merged, not moved, so nobody holds a
 * role twice).
 */
const HANDLED = new Set(['"Unit".parentId', '"Unit".successorId', '"Article".originalUnitId', '"Membership".unitId']);

/** Columns named "original…" keep the unit of their time, like Article.originalUnitId. */
const KEEPS_HISTORY = /^original/i;

export async function unitReferences(tx: Tx): Promise<UnitReference[]> {
  const rows = await tx.$queryRaw<{ table: string; column: string; unique: boolean }[]>`
    SELECT c.conrelid::regclass::text AS "table", a.attname AS "column",
      EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = c.conrelid AND i.indisunique AND a.attnum = ANY(i.indkey)
      ) AS "unique"
    FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
    WHERE c.contype = 'f' AND c.confrelid = '"Unit"'::regclass
    ORDER BY 1, 2`;
  return rows.filter((row) => !HANDLED.has(`${row.table}.${row.column}`) && !KEEPS_HISTORY.test(row.column));
}

/** A quoted identifier from the catalogue, safe to put in SQL text. */
export function quoteIdent(name: string): string {
  const bare = name.replace(/^"|"$/g, "");
  return `"${bare.replace(/"/g, '""')}"`;
}
