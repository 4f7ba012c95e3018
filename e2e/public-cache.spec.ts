import { expect, test, type APIRequestContext } from "@playwright/test";
import type pg from "pg";
import { DEMO_UNIT_SLUG } from "../prisma/seed/constants";
import { database, DEMO_CATEGORY_SLUG, insertPublishedArticle, removeArticle, revalidateArticle, type TemporaryArticle } from "./public-support";

// Public pages are served from the page cache in front of Next (scripts/server.mjs, header
// x-page-cache) and from Next's own cache behind it; a change reaches readers when its cache tags are
// expired, which also empties the page cache. The workflow does that when it publishes or takes an
// article down; here the journey changes the database itself and asks the internal revalidation
// route, as a scheduled job would.

test.describe.configure({ mode: "serial" });

let client: pg.Client;
let article: TemporaryArticle;

test.beforeAll(async () => {
  client = database();
  await client.connect();
});

test.afterAll(async ({ request }) => {
  if (article) {
    const { rows } = await client.query(`SELECT 1 FROM "Article" WHERE id = $1`, [article.id]);
    if (rows.length > 0) await removeArticle(client, request, article);
  }
  await client.end();
});

/** Every public address that lists articles, with the text that shows the article is there. */
function listings(a: TemporaryArticle): { path: string; shows: string }[] {
  return [
    { path: "/", shows: a.title },
    { path: `/chuyen-muc/${DEMO_CATEGORY_SLUG}`, shows: a.title },
    { path: `/don-vi/${DEMO_UNIT_SLUG}`, shows: a.title },
    { path: `/tim-kiem?q=${a.word}`, shows: `/bai-viet/${a.slug}` },
    { path: "/rss", shows: `/bai-viet/${a.slug}` },
    { path: `/chuyen-muc/${DEMO_CATEGORY_SLUG}/rss`, shows: `/bai-viet/${a.slug}` },
    { path: `/don-vi/${DEMO_UNIT_SLUG}/rss`, shows: `/bai-viet/${a.slug}` },
    { path: "/sitemap/bai-viet-1.xml", shows: `/bai-viet/${a.slug}` },
  ];
}

async function text(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

test("a published article shows on every listing once its tags are expired, not before", async ({ request }) => {
  // Warm the cache, then add an article behind its back: the cached pages do not know yet.
  for (const path of ["/", `/chuyen-muc/${DEMO_CATEGORY_SLUG}`, `/don-vi/${DEMO_UNIT_SLUG}`]) await text(request, path);
  const cachedHome = await request.get("/");
  expect(cachedHome.headers()["x-page-cache"]).toBe("HIT");

  article = await insertPublishedArticle(client, "cache");
  expect(await text(request, "/")).not.toContain(article.title);

  await revalidateArticle(request, article);
  for (const { path, shows } of listings(article)) expect(await text(request, path), path).toContain(shows);
  const page = await request.get(`/bai-viet/${article.slug}`);
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain(article.title);
});

test("a view is counted through the beacon and written in a batch, while the page stays cached", async ({ page }) => {
  const before = Number((await client.query(`SELECT "viewCount" FROM "Article" WHERE id = $1`, [article.id])).rows[0].viewCount);
  const beacon = page.waitForRequest((r) => r.url().endsWith("/api/luot-xem") && r.method() === "POST");
  const response = await page.goto(`/bai-viet/${article.slug}`);
  expect(response?.headers()["x-page-cache"]).toMatch(/HIT|MISS/);
  await beacon;
  await expect
    .poll(async () => Number((await client.query(`SELECT "viewCount" FROM "Article" WHERE id = $1`, [article.id])).rows[0].viewCount), { timeout: 10_000 })
    .toBe(before + 1);
  // The next visitor still gets the cached page.
  const again = await page.request.get(`/bai-viet/${article.slug}`);
  expect(again.headers()["x-page-cache"]).toBe("HIT");
});

test("the view beacon refuses what is not an article id, and requests from other sites", async ({ request, baseURL }) => {
  const headers = { origin: baseURL! };
  expect((await request.post("/api/luot-xem", { headers, data: { articleId: "abc" } })).status()).toBe(400);
  expect((await request.post("/api/luot-xem", { headers, data: "x".repeat(1000) })).status()).toBe(413);
  expect((await request.post("/api/luot-xem", { headers, data: { articleId: 1 } })).status()).toBe(204);
  expect((await request.post("/api/luot-xem", { headers: { origin: "https://trang-khac.example" }, data: { articleId: 1 } })).status()).toBe(403);
  expect((await request.post("/api/luot-xem", { data: { articleId: 1 } })).status()).toBe(403);
});

test("a correction that moves the article to another category: it leaves the old category's page at once", async ({ request }) => {
  const { rows } = await client.query<{ id: number; slug: string }>(`SELECT id, slug FROM "Category" WHERE slug <> $1 AND NOT hidden ORDER BY id LIMIT 1`, [DEMO_CATEGORY_SLUG]);
  const other = rows[0];
  const oldPage = `/chuyen-muc/${DEMO_CATEGORY_SLUG}`;
  const newPage = `/chuyen-muc/${other.slug}`;
  for (const path of [oldPage, newPage]) await text(request, path);
  expect((await request.get(oldPage)).headers()["x-page-cache"]).toBe("HIT");

  // What approving such a correction reports: the article as it was and as it is now.
  await client.query(`UPDATE "Article" SET "categoryId" = $2 WHERE id = $1`, [article.id, other.id]);
  const moved = { ...article, categoryId: other.id };
  await revalidateArticle(request, moved, article);
  expect(await text(request, oldPage)).not.toContain(article.title);
  expect(await text(request, newPage)).toContain(article.title);

  await client.query(`UPDATE "Article" SET "categoryId" = $2 WHERE id = $1`, [article.id, article.categoryId]);
  await revalidateArticle(request, article, moved);
  expect(await text(request, oldPage)).toContain(article.title);
  expect(await text(request, newPage)).not.toContain(article.title);
});

test("the revalidation route wants its secret", async ({ request }) => {
  const { id, slug, unitId, categoryId } = article;
  const changes = { articles: [{ before: null, after: { id, slug, unitId, categoryId } }] };
  expect((await request.post("/api/noi-bo/lam-moi", { data: { changes } })).status()).toBe(403);
  expect((await request.post("/api/noi-bo/lam-moi", { headers: { "x-revalidate-secret": "sai" }, data: { changes } })).status()).toBe(403);
  const bad = await request.post("/api/noi-bo/lam-moi", {
    headers: { "x-revalidate-secret": process.env.REVALIDATE_SECRET! },
    data: { changes: { articles: [{ before: null, after: { id: "1; DROP", slug, unitId, categoryId } }] } },
  });
  expect(bad.status()).toBe(400);
});

test("once taken down, the article leaves every public page and its address answers 410", async ({ page, request }) => {
  // Every page that shows the article is held by the page cache: only emptying it can hide the article.
  for (const path of [...listings(article).map((listing) => listing.path), `/bai-viet/${article.slug}`]) {
    await text(request, path);
    if (!path.includes("rss") && !path.endsWith(".xml")) expect((await request.get(path)).headers()["x-page-cache"], path).toBe("HIT");
  }
  await client.query(`UPDATE "Article" SET state = 'TAKEN_DOWN', "updatedAt" = now() WHERE id = $1`, [article.id]);
  await revalidateArticle(request, article);

  for (const { path, shows } of listings(article)) expect(await text(request, path), path).not.toContain(shows);

  const response = await page.goto(`/bai-viet/${article.slug}`);
  expect(response?.status()).toBe(410);
  await expect(page.getByRole("heading", { level: 1, name: "Bài viết đã được gỡ" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  // The reason is an internal note: readers see a generic explanation only.
  await expect(page.getByText(article.title)).toHaveCount(0);
  await page.getByRole("link", { name: "Về trang chủ" }).click();
  await expect(page).toHaveURL(/\/$/);
});
