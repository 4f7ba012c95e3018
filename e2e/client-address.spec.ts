import { expect, test } from "@playwright/test";
import type pg from "pg";
import { database, insertPublishedArticle, removeArticle, type TemporaryArticle } from "./public-support";

// The reader's address through the real server (scripts/server.mjs in front of the production
// build), as the view counter sees it. With no proxy in front (TRUSTED_PROXY_COUNT unset, as here)
// the address is the connection's: a client that makes up a new X-Forwarded-For, or sets the
// server's own x-pbgdpl-client-address header, is still one reader. (Behind proxies:
// scripts/lib/client-address.test.ts and app/(site)/bai-viet/[slug]/actions.int.test.ts.)

let client: pg.Client;
let article: TemporaryArticle | undefined;

test.beforeAll(async () => {
  client = database();
  await client.connect();
});

test.afterAll(async ({ request }) => {
  if (article) await removeArticle(client, request, article);
  await client.end();
});

test("a view counts once per reader in 30 minutes, whatever addresses the client makes up; other sites are refused", async ({ request, baseURL }) => {
  article = await insertPublishedArticle(client, "dia-chi");
  const id = article.id;
  const beacon = (headers: Record<string, string>) => request.post("/api/luot-xem", { headers: { origin: baseURL!, ...headers }, data: { articleId: id } });
  const counted = async () => {
    const [{ rows: visits }, { rows: views }] = await Promise.all([
      client.query(`SELECT count(*)::int AS n FROM "CountedVisit" WHERE kind = 'view' AND "subjectId" = $1`, [id]),
      client.query(`SELECT "viewCount" AS n FROM "Article" WHERE id = $1`, [id]),
    ]);
    return { visits: visits[0].n as number, views: views[0].n as number };
  };

  for (let i = 1; i <= 5; i++) {
    const forged = `203.0.113.${i}`;
    const answer = await beacon({ "x-forwarded-for": i % 2 ? forged : `198.51.100.${i}, ${forged}`, "x-pbgdpl-client-address": forged });
    expect(answer.status()).toBe(204);
  }
  await expect.poll(counted, { timeout: 10_000 }).toEqual({ visits: 1, views: 1 });

  // Another site cannot make its visitors' browsers count here; nor does naming itself as the host
  // in X-Forwarded-Host help, with no proxy in front to set that header.
  expect((await beacon({ origin: "https://trang-khac.example", "sec-fetch-site": "cross-site" })).status()).toBe(403);
  expect((await beacon({ origin: "https://trang-khac.example", "x-forwarded-host": "trang-khac.example" })).status()).toBe(403);
  await expect.poll(counted, { timeout: 3_000 }).toEqual({ visits: 1, views: 1 });
});
