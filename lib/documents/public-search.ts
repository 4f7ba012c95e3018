import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { todayInVietnam } from "./effect";
import { queryWords, numberKeyOf } from "./search-words";
import type { DocumentSearch } from "./search-params";
import { documentTypeLabel, EFFECT_LABELS, EFFECTS, type EffectName } from "./types";

// The public search of Văn bản pháp luật: published documents holding every word typed (GIN index on
// searchWords), filtered by the facets, newest first (an exact số/ký hiệu first of all), with the
// count of each facet value under the other filters, so a reader sees where a click leads.
// scripts/bench/documents.mjs measures it over 50,000 documents.

export const DOCUMENTS_PER_PAGE = 20;

export type DocumentListing = {
  id: number;
  slug: string;
  number: string;
  type: string;
  typeLabel: string;
  issuer: string;
  summary: string;
  /** YYYY-MM-DD. */
  issuedOn: string;
  effectiveFrom: string | null;
  effect: EffectName;
};

export type Facet<V> = { value: V; label: string; count: number };

export type DocumentSearchResult = {
  items: DocumentListing[];
  total: number;
  page: number;
  pageCount: number;
  facets: {
    types: Facet<string>[];
    issuers: Facet<string>[];
    fields: Facet<string>[];
    years: Facet<number>[];
    effects: Facet<EffectName>[];
  };
};

/** Tình trạng hiệu lực in SQL, the same rule as effect.ts `effectOf`. */
export function effectSql(today: string): Prisma.Sql {
  return Prisma.sql`(CASE WHEN d."effectSet" IS NOT NULL THEN d."effectSet"::text
    WHEN d."expiresOn" IS NOT NULL AND d."expiresOn" <= ${today}::date THEN 'EXPIRED'
    WHEN d."effectiveFrom" IS NOT NULL AND d."effectiveFrom" > ${today}::date THEN 'NOT_YET'
    ELSE 'IN_FORCE' END)`;
}

function conditions(search: DocumentSearch, effect: Prisma.Sql): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`d.state = 'PUBLISHED'`];
  const words = queryWords(search.q);
  if (words.length > 0) parts.push(Prisma.sql`d."searchWords" @> ${words}::text[]`);
  if (search.type) parts.push(Prisma.sql`d.type = ${search.type}`);
  if (search.issuer) parts.push(Prisma.sql`d.issuer = ${search.issuer}`);
  if (search.fieldSlug) parts.push(Prisma.sql`d."legalFieldId" = (SELECT id FROM "LegalField" WHERE slug = ${search.fieldSlug})`);
  if (search.year) parts.push(Prisma.sql`d."issuedOn" >= ${`${search.year}-01-01`}::date AND d."issuedOn" < ${`${search.year + 1}-01-01`}::date`);
  if (search.effect) parts.push(Prisma.sql`${effect} = ${search.effect}`);
  return Prisma.join(parts, " AND ");
}

type Row = { id: number; slug: string; number: string; type: string; issuer: string; summary: string; issuedOn: Date; effectiveFrom: Date | null; effect: EffectName };
type FacetRow = { grp: number; type: string | null; issuer: string | null; field: number | null; year: number | null; effect: EffectName | null; count: bigint };

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

/**
 * Two queries: the page of documents, and every facet's counts with the total in one pass over the
 * matching rows (GROUPING SETS), which the covering index of migration documents_facets lets
 * PostgreSQL read without the wide rows. Facets count within the current filters.
 */
export async function searchDocuments(search: DocumentSearch, today: string = todayInVietnam()): Promise<DocumentSearchResult> {
  const effect = effectSql(today);
  const where = conditions(search, effect);
  const offset = (search.page - 1) * DOCUMENTS_PER_PAGE;
  // An exact số/ký hiệu first; without words, the order the (state, issuedOn) index gives.
  const order = search.q ? Prisma.sql`(d."numberKey" = ${numberKeyOf(search.q)}) DESC, d."issuedOn" DESC, d.id DESC` : Prisma.sql`d."issuedOn" DESC, d.id DESC`;
  const [rows, facetRows, fields] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT d.id, d.slug, d.number, d.type, d.issuer, d.summary, d."issuedOn", d."effectiveFrom", ${effect} AS effect
      FROM "LegalDocument" d WHERE ${where}
      ORDER BY ${order}
      LIMIT ${DOCUMENTS_PER_PAGE} OFFSET ${offset}`,
    db.$queryRaw<FacetRow[]>`
      SELECT GROUPING(type, issuer, field, year, effect)::int AS grp, type, issuer, field, year, effect, count(*) AS count
      FROM (SELECT d.type, d.issuer, d."legalFieldId" AS field, extract(year FROM d."issuedOn")::int AS year, ${effect} AS effect
            FROM "LegalDocument" d WHERE ${where}) matching
      GROUP BY GROUPING SETS ((type), (issuer), (field), (year), (effect), ())`,
    db.legalField.findMany({ select: { id: true, name: true, slug: true } }),
  ]);
  // GROUPING() sets one bit per column left out (type is the highest): 15 = only effect kept, etc.
  const of = (kept: number) => facetRows.filter((r) => r.grp === (31 ^ kept)).sort((a, b) => Number(b.count) - Number(a.count));
  const total = Number(facetRows.find((r) => r.grp === 31)?.count ?? 0);
  const fieldById = new Map(fields.map((f) => [f.id, f]));
  return {
    items: rows.map((row) => ({ ...row, typeLabel: documentTypeLabel(row.type), issuedOn: day(row.issuedOn)!, effectiveFrom: day(row.effectiveFrom) })),
    total,
    page: search.page,
    pageCount: Math.max(1, Math.ceil(total / DOCUMENTS_PER_PAGE)),
    facets: {
      types: of(16).map((r) => ({ value: r.type!, label: documentTypeLabel(r.type!), count: Number(r.count) })),
      issuers: of(8).slice(0, 30).map((r) => ({ value: r.issuer!, label: r.issuer!, count: Number(r.count) })),
      fields: of(4).flatMap((r) => {
        const field = r.field === null ? undefined : fieldById.get(r.field);
        return field ? [{ value: field.slug, label: field.name, count: Number(r.count) }] : [];
      }),
      years: of(2).filter((r) => r.year !== null).sort((a, b) => b.year! - a.year!).slice(0, 40).map((r) => ({ value: r.year!, label: String(r.year), count: Number(r.count) })),
      effects: EFFECTS.flatMap((e) => {
        const found = of(1).find((r) => r.effect === e);
        return found ? [{ value: e, label: EFFECT_LABELS[e], count: Number(found.count) }] : [];
      }),
    },
  };
}
