import { db } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import { termExactText, termFoldedText, type ParsedQuery, type SearchTerm } from "./query";

/**
 * Full-text search of published articles in PostgreSQL, ignoring Vietnamese diacritics.
 *
 * Matching is answered by one GIN expression index (migration search_vector): for every published
 * article it holds the words of the folded title, sapo and body (lower(immutable_unaccent(…)) cut at
 * whatever is not a letter or digit) and their runs of two and three words, so every term (a word,
 * or a quoted phrase) is found as whole words, in any field, without PostgreSQL folding any text at
 * query time. (A phrase of four words or more is looked up as its runs of three: it would also match
 * those runs standing apart, which real text hardly does.) The same index knows which words stand in
 * the title, folded or as written, and in the sapo: matching articles fall into tiers (every term in
 * the title as typed, in the title, in the title or sapo, anywhere), newest first within a tier. The
 * first CANDIDATES of that order are then ranked by the scores below, which compare texts and so
 * read few rows: per term a title match before a sapo match before a body match, and within a field
 * the accents as typed before a folded match; words typed together score more where they stand
 * together; newer articles first on a tie. The rest follow in tier order, unscored (score 0). A search
 * matching no more than CANDIDATES articles is thus ranked by score alone, as it always was.
 * Every value reaches the database as a parameter.
 */

export type SearchFilters = {
  /** The owning unit (a merged unit's articles belong to its successor). */
  unitId?: number;
  categoryId?: number;
  /** Published at or after. */
  from?: Date;
  /** Published before (exclusive). */
  until?: Date;
};

export type SearchHit = {
  id: number;
  slug: string;
  title: string;
  sapo: string;
  bodyText: string;
  /** ISO 8601 (UTC). */
  publishedAt: string;
  unitName: string;
  unitSlug: string;
  categoryName: string | null;
  categorySlug: string | null;
  score: number;
};

export type SearchResults = { hits: SearchHit[]; total: number; page: number; pageCount: number };

// Weights per term and field: a folded title match (60) outranks an exact sapo and body match
// together (24), and an exact title match (100) outranks a folded one with everything else (76).
// Bodies are long, so a body scores only where it holds the words exactly as typed (lower-case, as
// body text mostly is).
const WEIGHTS = { title: [100, 60], sapo: [20, 12], body: 4 } as const;

/**
 * How many articles of the tiered order are ranked by score. Scoring folds their titles and sapos and
 * reads their bodies: a few milliseconds for 200, where doing it for every match of a common word
 * (thousands) took most of a second.
 */
export const CANDIDATES = 200;

const VECTOR = Prisma.sql`public.article_search_vector(a."title", a."sapo", a."bodyText")`;

/**
 * The tiers as conditions on the index, best first, over the tsqueries of the CTE q (see
 * matchingArticles): every term in the title as typed; in the title; each in the title or the sapo;
 * anywhere. Each tier leaves out the ones before it, so an article is found once.
 */
const TIERS = [
  Prisma.sql`(SELECT q.anywhere && q.exact FROM q)`,
  Prisma.sql`(SELECT q.anywhere && q.title && !!q.exact FROM q)`,
  Prisma.sql`(SELECT q.anywhere && q.lead && !!q.title && !!q.exact FROM q)`,
  Prisma.sql`(SELECT q.anywhere && !!q.lead && !!q.title && !!q.exact FROM q)`,
];

// Columns of c (a candidate): ft/fs folded title and sapo, lt/ls lower-cased, "bodyText" as stored.
function termScore(term: SearchTerm): Prisma.Sql {
  const exact = termExactText(term);
  const bare = termFoldedText(term);
  const field = (plainColumn: Prisma.Sql, foldedColumn: Prisma.Sql, [exactWeight, foldedWeight]: readonly [number, number]) =>
    Prisma.sql`(CASE WHEN strpos(${plainColumn}, ${exact}) > 0 THEN ${exactWeight}::int WHEN strpos(${foldedColumn}, ${bare}) > 0 THEN ${foldedWeight}::int ELSE 0 END)`;
  return Prisma.sql`(${field(Prisma.sql`c.lt`, Prisma.sql`c.ft`, WEIGHTS.title)} + ${field(Prisma.sql`c.ls`, Prisma.sql`c.fs`, WEIGHTS.sapo)}
    + (CASE WHEN strpos(c."bodyText", ${exact}) > 0 THEN ${WEIGHTS.body}::int ELSE 0 END))`;
}

// Several words typed without quotes rank higher where they stand together, as typed.
const TOGETHER = { title: 50, sapo: 10, body: 2 } as const;

function togetherScore(query: ParsedQuery): Prisma.Sql | null {
  const words = query.terms.filter((term) => term.kind === "word");
  if (words.length < 2) return null;
  const bare = words.map((term) => term.folded[0]).join(" ");
  const exact = words.map((term) => term.words[0]).join(" ");
  return Prisma.sql`((CASE WHEN strpos(c.ft, ${bare}) > 0 THEN ${TOGETHER.title}::int ELSE 0 END)
    + (CASE WHEN strpos(c.fs, ${bare}) > 0 THEN ${TOGETHER.sapo}::int ELSE 0 END)
    + (CASE WHEN strpos(c."bodyText", ${exact}) > 0 THEN ${TOGETHER.body}::int ELSE 0 END))`;
}

/** The filters, on the columns of an article or a row of found (see matchingArticles). */
function filterConditions(filters: SearchFilters, row: Prisma.Sql): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (filters.unitId !== undefined) parts.push(Prisma.sql`${row}."unitId" = ${filters.unitId}`);
  if (filters.categoryId !== undefined) parts.push(Prisma.sql`${row}."categoryId" = ${filters.categoryId}`);
  if (filters.from) parts.push(Prisma.sql`${row}."publishedAt" >= ${filters.from}`);
  if (filters.until) parts.push(Prisma.sql`${row}."publishedAt" < ${filters.until}`);
  return parts;
}

// Published and not in the bin: LISTED for a search without words; INDEXED, the same as the search
// index's own condition (migration search_vector), for the tiers, so that the planner sees the index
// applies and has no condition another index could serve instead.
const LISTED = Prisma.sql`a."state" = 'PUBLISHED' AND a."deletedAt" IS NULL`;
const INDEXED = Prisma.sql`public.article_is_listed(a."state", a."deletedAt")`;

/**
 * The CTEs every query of a search starts with, ending with matched: every matching article once,
 * with its tier (1 best); with no terms, every filtered article in tier 1.
 *
 * With terms, q holds the tsqueries the tiers combine (migration search_vector), each computed once:
 * every term anywhere, in the title as written, in the folded title, in the title or the sapo. found
 * looks the tiers up in the index alone and the filters apply to what it found: given a filter on its
 * own (a unit's index, a date range), the planner could otherwise prefer to read the unit's articles
 * and compute the index's expression for each, which costs milliseconds an article. matched is only
 * found filtered: read twice (the count, the order), it would otherwise be copied a second time.
 */
function matchingArticles(query: ParsedQuery, filters: SearchFilters): Prisma.Sql {
  if (query.terms.length === 0) {
    const where = Prisma.join([LISTED, ...filterConditions(filters, Prisma.sql`a`)], " AND ");
    return Prisma.sql`matched AS (SELECT a."id", a."publishedAt", 1 AS tier FROM "Article" a WHERE ${where})`;
  }
  const terms = query.terms.map(termExactText);
  const tiers = TIERS.map(
    (tier, index) =>
      Prisma.sql`SELECT a."id", a."publishedAt", a."unitId", a."categoryId", ${index + 1}::int AS tier FROM "Article" a WHERE ${INDEXED} AND ${VECTOR} @@ ${tier}`,
  );
  const filtered = filterConditions(filters, Prisma.sql`f`);
  return Prisma.sql`q AS MATERIALIZED (
      SELECT public.search_tsquery(${terms}::text[], ARRAY['']) AS anywhere, public.search_tsquery(${terms}::text[], ARRAY['e:']) AS exact,
             public.search_tsquery(${terms}::text[], ARRAY['t:']) AS title, public.search_tsquery(${terms}::text[], ARRAY['t:', 's:']) AS lead
    ),
    found AS MATERIALIZED (${Prisma.join(tiers, " UNION ALL ")}),
    matched AS NOT MATERIALIZED (SELECT f."id", f."publishedAt", f.tier FROM found f${filtered.length > 0 ? Prisma.sql` WHERE ${Prisma.join(filtered, " AND ")}` : Prisma.empty})`;
}

/**
 * lower(public.immutable_unaccent(text)), written out: the migration's IMMUTABLE wrapper (which the
 * index needs) is a SQL function PostgreSQL cannot inline over the STABLE unaccent, and calling it
 * cost three times the fold itself, for each candidate's title and sapo. Keep both the same (migration
 * 20261128100740_search).
 */
function folded(text: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`lower(pg_catalog.translate(public.unaccent('public.unaccent'::regdictionary, ${text}), 'đĐ', 'dD'))`;
}

type Row = Omit<SearchHit, "publishedAt"> & { publishedAt: Date; total: bigint };

/** One page of matching articles, best first; with no terms, the filtered articles newest first. */
export async function searchArticles(query: ParsedQuery, filters: SearchFilters = {}, page = 1, perPage = 10): Promise<SearchResults> {
  const safePage = Math.max(1, Math.floor(page));
  const offset = (safePage - 1) * perPage;
  const together = togetherScore(query);
  const parts = [...query.terms.map(termScore), ...(together ? [together] : [])];
  const score = parts.length > 0 ? Prisma.join(parts, " + ") : Prisma.sql`0`;
  // The tiered order as far as the page asked for (at least the candidates); the candidates are
  // placed by score, the rest after them in tiered order (their score is not computed: 0).
  const window = Math.max(CANDIDATES, offset + perPage);
  const rows = await db.$queryRaw<Row[]>`
    WITH ${matchingArticles(query, filters)},
    tiered AS (
      SELECT m."id", m."publishedAt", row_number() OVER (ORDER BY m.tier, m."publishedAt" DESC, m."id" DESC) AS rn
      FROM (SELECT * FROM matched ORDER BY tier, "publishedAt" DESC, "id" DESC LIMIT ${window}) m
    ),
    scored AS MATERIALIZED (
      SELECT c."id", c."publishedAt", c.rn, CASE WHEN c.rn <= ${CANDIDATES} THEN (${score})::int END AS "score"
      FROM (
        SELECT t."id", t."publishedAt", t.rn, a."bodyText",
               ${folded(Prisma.sql`CASE WHEN t.rn <= ${CANDIDATES} THEN a."title" END`)} AS ft,
               ${folded(Prisma.sql`CASE WHEN t.rn <= ${CANDIDATES} THEN a."sapo" END`)} AS fs,
               lower(a."title") AS lt, lower(a."sapo") AS ls
        FROM tiered t JOIN "Article" a ON a."id" = t."id"
        OFFSET 0
      ) c
    ),
    placed AS (
      SELECT s."id", coalesce(s."score", 0) AS "score",
             row_number() OVER (ORDER BY s."score" DESC NULLS LAST, CASE WHEN s."score" IS NULL THEN s.rn END, s."publishedAt" DESC, s."id" DESC) AS place
      FROM scored s
    )
    SELECT a."id", a."slug", a."title", a."sapo", a."bodyText", a."publishedAt",
           u."name" AS "unitName", u."slug" AS "unitSlug", c."name" AS "categoryName", c."slug" AS "categorySlug",
           p."score", (SELECT count(*) FROM matched) AS "total"
    FROM placed p
    JOIN "Article" a ON a."id" = p."id"
    JOIN "Unit" u ON u."id" = a."originalUnitId"
    LEFT JOIN "Category" c ON c."id" = a."categoryId"
    WHERE p.place > ${offset} AND p.place <= ${offset + perPage}
    ORDER BY p.place`;
  let total = rows.length > 0 ? Number(rows[0].total) : 0;
  if (rows.length === 0 && safePage > 1) {
    // Past the last page: no row carries the count, so count on its own.
    const [{ count }] = await db.$queryRaw<{ count: bigint }[]>`
      WITH ${matchingArticles(query, filters)} SELECT count(*) AS "count" FROM matched`;
    total = Number(count);
  }
  return {
    hits: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      sapo: row.sapo,
      bodyText: row.bodyText,
      publishedAt: row.publishedAt.toISOString(),
      unitName: row.unitName,
      unitSlug: row.unitSlug,
      categoryName: row.categoryName,
      categorySlug: row.categorySlug,
      score: row.score,
    })),
    total,
    page: safePage,
    pageCount: Math.max(1, Math.ceil(total / perPage)),
  };
}
