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

type Filter = "type" | "issuer" | "field" | "year" | "effect";

function conditions(search: DocumentSearch, effect: Prisma.Sql, except?: Filter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`d.state = 'PUBLISHED'`];
  const words = queryWords(search.q);
  if (words.length > 0) parts.push(Prisma.sql`d."searchWords" @> ${words}::text[]`);
  if (search.type && except !== "type") parts.push(Prisma.sql`d.type = ${search.type}`);
  if (search.issuer && except !== "issuer") parts.push(Prisma.sql`d.issuer = ${search.issuer}`);
  if (search.fieldSlug && except !== "field") parts.push(Prisma.sql`d."legalFieldId" = (SELECT id FROM "LegalField" WHERE slug = ${search.fieldSlug})`);
  if (search.year && except !== "year") parts.push(Prisma.sql`d."issuedOn" >= ${`${search.year}-01-01`}::date AND d."issuedOn" < ${`${search.year + 1}-01-01`}::date`);
  if (search.effect && except !== "effect") parts.push(Prisma.sql`${effect} = ${search.effect}`);
  return Prisma.join(parts, " AND ");
}

type Row = { id: number; slug: string; number: string; type: string; issuer: string; summary: string; issuedOn: Date; effectiveFrom: Date | null; effect: EffectName };

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

export async function searchDocuments(search: DocumentSearch, today: string = todayInVietnam()): Promise<DocumentSearchResult> {
  const effect = effectSql(today);
  const where = conditions(search, effect);
  const exact = numberKeyOf(search.q);
  const offset = (search.page - 1) * DOCUMENTS_PER_PAGE;
  const count = (sql: Prisma.Sql) => db.$queryRaw<{ value: unknown; count: bigint }[]>(sql);
  const [rows, total, types, issuers, fields, years, effects] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT d.id, d.slug, d.number, d.type, d.issuer, d.summary, d."issuedOn", d."effectiveFrom", ${effect} AS effect
      FROM "LegalDocument" d WHERE ${where}
      ORDER BY (d."numberKey" = ${exact}) DESC, d."issuedOn" DESC, d.id DESC
      LIMIT ${DOCUMENTS_PER_PAGE} OFFSET ${offset}`,
    db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM "LegalDocument" d WHERE ${where}`,
    count(Prisma.sql`SELECT d.type AS value, count(*) AS count FROM "LegalDocument" d WHERE ${conditions(search, effect, "type")} GROUP BY 1 ORDER BY 2 DESC`),
    count(Prisma.sql`SELECT d.issuer AS value, count(*) AS count FROM "LegalDocument" d WHERE ${conditions(search, effect, "issuer")} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 30`),
    count(Prisma.sql`SELECT f.slug AS value, min(f.name) AS label, count(*) AS count FROM "LegalDocument" d JOIN "LegalField" f ON f.id = d."legalFieldId" WHERE ${conditions(search, effect, "field")} GROUP BY 1 ORDER BY 3 DESC`),
    count(Prisma.sql`SELECT extract(year FROM d."issuedOn")::int AS value, count(*) AS count FROM "LegalDocument" d WHERE ${conditions(search, effect, "year")} GROUP BY 1 ORDER BY 1 DESC LIMIT 30`),
    count(Prisma.sql`SELECT ${effect} AS value, count(*) AS count FROM "LegalDocument" d WHERE ${conditions(search, effect, "effect")} GROUP BY 1`),
  ]);
  const totalCount = Number(total[0]?.count ?? 0);
  return {
    items: rows.map((row) => ({ ...row, typeLabel: documentTypeLabel(row.type), issuedOn: day(row.issuedOn)!, effectiveFrom: day(row.effectiveFrom) })),
    total: totalCount,
    page: search.page,
    pageCount: Math.max(1, Math.ceil(totalCount / DOCUMENTS_PER_PAGE)),
    facets: {
      types: types.map((r) => ({ value: String(r.value), label: documentTypeLabel(String(r.value)), count: Number(r.count) })),
      issuers: issuers.map((r) => ({ value: String(r.value), label: String(r.value), count: Number(r.count) })),
      fields: (fields as { value: unknown; label: unknown; count: bigint }[]).map((r) => ({ value: String(r.value), label: String(r.label), count: Number(r.count) })),
      years: years.map((r) => ({ value: Number(r.value), label: String(r.value), count: Number(r.count) })),
      effects: EFFECTS.flatMap((e) => {
        const found = effects.find((r) => r.value === e);
        return found ? [{ value: e, label: EFFECT_LABELS[e], count: Number(found.count) }] : [];
      }),
    },
  };
}
