// Helpers for the public-site journeys: a PostgreSQL client to make (and remove) articles of their
// own, and the internal route that expires the public cache, as the workflow or a scheduled job will.
import { expect, type APIRequestContext } from "@playwright/test";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { DEMO_AUTHOR_EMAIL, DEMO_UNIT_SLUG } from "../prisma/seed/constants";

export const DEMO_CATEGORY_SLUG = "tin-hoat-dong";

export function database(): pg.Client {
  if (!process.env.DATABASE_URL) throw new Error("The public-site journeys need DATABASE_URL (the demo database the server reads).");
  return new pg.Client({ connectionString: process.env.DATABASE_URL });
}

/** Where an article's public pages are stored, as a use case reports it. */
export type ArticleRef = { id: number; slug: string; unitId: number; originalUnitId: number | null; categoryId: number | null };

const refOf = ({ id, slug, unitId, originalUnitId, categoryId }: ArticleRef): ArticleRef => ({ id, slug, unitId, originalUnitId, categoryId });

/** Expires the public cache for one article (as publishing or taking it down reports it). */
export async function revalidateArticle(request: APIRequestContext, article: ArticleRef, before: ArticleRef | null = null): Promise<void> {
  const response = await request.post("/api/noi-bo/lam-moi", {
    headers: { "x-revalidate-secret": process.env.REVALIDATE_SECRET! },
    data: { changes: { articles: [{ before: before && refOf(before), after: refOf(article) }] } },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** Letters only, so the word is one search term that no demo article contains. */
export function uniqueWord(): string {
  return Array.from(randomBytes(8), (b) => "bcdfghjklmnpqrstvxz"[b % 19]).join("");
}

export type TemporaryArticle = ArticleRef & { title: string; word: string };

/** A published article in the demo commune and category, with a word of its own for search. */
export async function insertPublishedArticle(client: pg.Client, label: string, publishedAt = new Date()): Promise<TemporaryArticle> {
  const word = uniqueWord();
  const slug = `e2e-${label}-${word}`;
  const title = `Bài thử nghiệm ${label} về pháp luật đất đai ${word}`;
  const text = `Nội dung thử nghiệm ${word}: tuyên truyền pháp luật về đất đai cho người dân.`;
  const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
  const { rows } = await client.query<{ id: number; unitId: number; categoryId: number }>(
    `INSERT INTO "Article" (slug, title, sapo, body, "bodyText", byline, state, "unitId", "originalUnitId", "categoryId", "writerId", "publishedAt", "updatedAt")
     SELECT $1, $2, $3, $4::jsonb, $5, 'Phóng viên thử nghiệm', 'PUBLISHED', u.id, u.id, c.id, w.id, $6, now()
     FROM "Unit" u, "Category" c, "User" w
     WHERE u.slug = $7 AND c.slug = $8 AND w.email = $9
     RETURNING id, "unitId", "categoryId"`,
    [slug, title, `Sapo thử nghiệm ${word} về hòa giải ở cơ sở.`, JSON.stringify(body), text, publishedAt, DEMO_UNIT_SLUG, DEMO_CATEGORY_SLUG, DEMO_AUTHOR_EMAIL],
  );
  expect(rows).toHaveLength(1);
  const { id, unitId, categoryId } = rows[0];
  return { id, slug, unitId, originalUnitId: unitId, categoryId, title, word };
}

/** Takes the article off every public page, then removes it. */
export async function removeArticle(client: pg.Client, request: APIRequestContext, article: TemporaryArticle): Promise<void> {
  await client.query(`UPDATE "Article" SET state = 'TAKEN_DOWN', "updatedAt" = now() WHERE id = $1`, [article.id]);
  await revalidateArticle(request, article);
  await client.query(`DELETE FROM "Article" WHERE id = $1`, [article.id]);
}
