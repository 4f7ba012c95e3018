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
// together (24), and an exact title match (100) outranks a folded one with everything else (84).
const WEIGHTS = { title: [100, 60], sapo: [20, 12], body: [4, 2] } as const;

const folded = {
  title: Prisma.sql`lower(public.immutable_unaccent(a."title"))`,
  sapo: Prisma.sql`lower(public.immutable_unaccent(a."sapo"))`,
  body: Prisma.sql`lower(public.immutable_unaccent(a."bodyText"))`,
};
const plain = { title: Prisma.sql`lower(a."title")`, sapo: Prisma.sql`lower(a."sapo")`, body: Prisma.sql`lower(a."bodyText")` };

function termMatches(term: SearchTerm): Prisma.Sql {
  const pattern = termPattern(term);
  return Prisma.sql`(${folded.title} ~ ${pattern} OR ${folded.sapo} ~ ${pattern} OR ${folded.body} ~ ${pattern})`;
}

function termScore(term: SearchTerm): Prisma.Sql {
  // strpos on the whole words is enough to rank: the WHERE clause already made sure they match.
  const exact = termExactText(term);
  const bare = termFoldedText(term);
  const field = (name: keyof typeof WEIGHTS) => Prisma.sql`(CASE WHEN strpos(${plain[name]}, ${exact}) > 0 THEN ${WEIGHTS[name][0]}::int
    WHEN strpos(${folded[name]}, ${bare}) > 0 THEN ${WEIGHTS[name][1]}::int ELSE 0 END)`;
  return Prisma.sql`(${field("title")} + ${field("sapo")} + ${field("body")})`;
}

// Several words typed without quotes rank higher where they stand together, as typed.
const TOGETHER = { title: 50, sapo: 10, body: 2 } as const;

function togetherScore(query: ParsedQuery): Prisma.Sql | null {
  const words = query.terms.filter((term) => term.kind === "word");
  if (words.length < 2) return null;
  const phrase = words.map((term) => term.folded[0]).join(" ");
  const field = (name: keyof typeof TOGETHER) => Prisma.sql`(CASE WHEN strpos(${folded[name]}, ${phrase}) > 0 THEN ${TOGETHER[name]}::int ELSE 0 END)`;
  return Prisma.sql`(${field("title")} + ${field("sapo")} + ${field("body")})`;
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
  const rows = await db.$queryRaw<Row[]>`
    SELECT a."id", a."slug", a."title", a."sapo", a."bodyText", a."publishedAt",
           u."name" AS "unitName", u."slug" AS "unitSlug", c."name" AS "categoryName", c."slug" AS "categorySlug",
           (${score})::int AS "score", count(*) OVER () AS "total"
    FROM "Article" a
    JOIN "Unit" u ON u."id" = a."originalUnitId"
    LEFT JOIN "Category" c ON c."id" = a."categoryId"
    WHERE ${where}
    ORDER BY "score" DESC, a."publishedAt" DESC, a."id" DESC
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
