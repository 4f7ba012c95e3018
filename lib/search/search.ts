import { db } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import { termExactText, termFoldedText, termPattern, type ParsedQuery, type SearchTerm } from "./query";

/**
 * Full-text search of published articles in PostgreSQL, ignoring Vietnamese diacritics.
 *
 * Matching runs on lower(immutable_unaccent(column)), the expression the trigram indexes of the
 * search migration are built on, so PostgreSQL narrows the rows with the indexes before checking the
 * regular expression: every term (a word, or a quoted phrase) must match, as whole words, in the
 * title, the sapo or the body. Ranking then prefers, per term, a title match to a sapo match to a body
 * match, and within a field the accents as typed to a folded match; words typed together score more
 * where they stand together; newer articles first on a tie.
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
// Scoring reads each row's folded title and sapo once (the inner query below computes them); bodies
// are long, so a body scores only where it holds the words exactly as typed (lower-case, as body text
// mostly is): folding every matching body again to score it cost seconds on 10,000 articles.
const WEIGHTS = { title: [100, 60], sapo: [20, 12], body: 4 } as const;

// The indexed expressions (search migration): matching must use them as they are.
const indexed = {
  title: Prisma.sql`lower(public.immutable_unaccent(a."title"))`,
  sapo: Prisma.sql`lower(public.immutable_unaccent(a."sapo"))`,
  body: Prisma.sql`lower(public.immutable_unaccent(a."bodyText"))`,
};

function termMatches(term: SearchTerm): Prisma.Sql {
  const pattern = termPattern(term);
  return Prisma.sql`(${indexed.title} ~ ${pattern} OR ${indexed.sapo} ~ ${pattern} OR ${indexed.body} ~ ${pattern})`;
}

// Columns of the inner query m: ft/fs folded title and sapo, lt/ls lower-cased, "bodyText" as stored.
function termScore(term: SearchTerm): Prisma.Sql {
  const exact = termExactText(term);
  const bare = termFoldedText(term);
  const field = (plainColumn: Prisma.Sql, foldedColumn: Prisma.Sql, [exactWeight, foldedWeight]: readonly [number, number]) =>
    Prisma.sql`(CASE WHEN strpos(${plainColumn}, ${exact}) > 0 THEN ${exactWeight}::int WHEN strpos(${foldedColumn}, ${bare}) > 0 THEN ${foldedWeight}::int ELSE 0 END)`;
  return Prisma.sql`(${field(Prisma.sql`m.lt`, Prisma.sql`m.ft`, WEIGHTS.title)} + ${field(Prisma.sql`m.ls`, Prisma.sql`m.fs`, WEIGHTS.sapo)}
    + (CASE WHEN strpos(m."bodyText", ${exact}) > 0 THEN ${WEIGHTS.body}::int ELSE 0 END))`;
}

// Several words typed without quotes rank higher where they stand together, as typed.
const TOGETHER = { title: 50, sapo: 10, body: 2 } as const;

function togetherScore(query: ParsedQuery): Prisma.Sql | null {
  const words = query.terms.filter((term) => term.kind === "word");
  if (words.length < 2) return null;
  const bare = words.map((term) => term.folded[0]).join(" ");
  const exact = words.map((term) => term.words[0]).join(" ");
  return Prisma.sql`((CASE WHEN strpos(m.ft, ${bare}) > 0 THEN ${TOGETHER.title}::int ELSE 0 END)
    + (CASE WHEN strpos(m.fs, ${bare}) > 0 THEN ${TOGETHER.sapo}::int ELSE 0 END)
    + (CASE WHEN strpos(m."bodyText", ${exact}) > 0 THEN ${TOGETHER.body}::int ELSE 0 END))`;
}

function conditions(query: ParsedQuery, filters: SearchFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`a."state" = 'PUBLISHED'`, Prisma.sql`a."deletedAt" IS NULL`];
  for (const term of query.terms) parts.push(termMatches(term));
  if (filters.unitId !== undefined) parts.push(Prisma.sql`a."unitId" = ${filters.unitId}`);
  if (filters.categoryId !== undefined) parts.push(Prisma.sql`a."categoryId" = ${filters.categoryId}`);
  if (filters.from) parts.push(Prisma.sql`a."publishedAt" >= ${filters.from}`);
  if (filters.until) parts.push(Prisma.sql`a."publishedAt" < ${filters.until}`);
  return Prisma.join(parts, " AND ");
}

type Row = Omit<SearchHit, "publishedAt"> & { publishedAt: Date; total: bigint };

/** One page of matching articles, best first; with no terms, the filtered articles newest first. */
export async function searchArticles(query: ParsedQuery, filters: SearchFilters = {}, page = 1, perPage = 10): Promise<SearchResults> {
  const safePage = Math.max(1, Math.floor(page));
  const together = togetherScore(query);
  const parts = [...query.terms.map(termScore), ...(together ? [together] : [])];
  const score = parts.length > 0 ? Prisma.join(parts, " + ") : Prisma.sql`0`;
  const where = conditions(query, filters);
  // OFFSET 0 keeps the inner query from being merged into the outer one, so the folded title and
  // sapo are computed once per matching row rather than once per term and field.
  const rows = await db.$queryRaw<Row[]>`
    SELECT m."id", m."slug", m."title", m."sapo", m."bodyText", m."publishedAt",
           u."name" AS "unitName", u."slug" AS "unitSlug", c."name" AS "categoryName", c."slug" AS "categorySlug",
           (${score})::int AS "score", count(*) OVER () AS "total"
    FROM (
      SELECT a."id", a."slug", a."title", a."sapo", a."bodyText", a."publishedAt", a."originalUnitId", a."categoryId",
             ${indexed.title} AS ft, ${indexed.sapo} AS fs, lower(a."title") AS lt, lower(a."sapo") AS ls
      FROM "Article" a
      WHERE ${where}
      OFFSET 0
    ) m
    JOIN "Unit" u ON u."id" = m."originalUnitId"
    LEFT JOIN "Category" c ON c."id" = m."categoryId"
    ORDER BY "score" DESC, m."publishedAt" DESC, m."id" DESC
    LIMIT ${perPage} OFFSET ${(safePage - 1) * perPage}`;
  let total = rows.length > 0 ? Number(rows[0].total) : 0;
  if (rows.length === 0 && safePage > 1) {
    // Past the last page: the window count is not there to read, so count on its own.
    const [{ count }] = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS "count" FROM "Article" a WHERE ${where}`;
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
