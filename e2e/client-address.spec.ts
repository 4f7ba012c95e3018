import { expect, test } from "@playwright/test";
import { randomInt } from "node:crypto";
import type pg from "pg";
import { database, insertPublishedArticle, removeArticle, type TemporaryArticle } from "./public-support";

// The reader's address through the real server (scripts/server.mjs in front of the production
// build), as the view counter sees it. The journeys run it with TRUSTED_PROXY_COUNT=1, as behind one
// nginx: the address is the last X-Forwarded-For entry, the one that proxy appended; what a client
// writes before it, or in the server's own x-pbgdpl-client-address header, changes nothing.
// (With no proxy the socket is the address: scripts/lib/client-address.test.ts.)

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

test("a view counts once per reader address in 30 minutes, whatever addresses the client makes up", async ({ request, baseURL }) => {
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

  const reader = `198.51.100.${randomInt(1, 255)}`;
  for (let i = 1; i <= 4; i++) {
    const forged = `203.0.113.${i}`;
    const answer = await beacon({ "x-forwarded-for": `${forged}, ${reader}`, "x-pbgdpl-client-address": forged });
    expect(answer.status()).toBe(204);
  }
  await expect.poll(counted, { timeout: 10_000 }).toEqual({ visits: 1, views: 1 });

  // Another reader behind the same proxy counts.
  expect((await beacon({ "x-forwarded-for": `198.51.100.${randomInt(1, 255)}-khac` })).status()).toBe(204);
  await expect.poll(counted, { timeout: 10_000 }).toEqual({ visits: 2, views: 2 });

  // Another site cannot make its visitors' browsers count here.
  expect((await beacon({ origin: "https://trang-khac.example", "sec-fetch-site": "cross-site", "x-forwarded-for": "192.0.2.200" })).status()).toBe(403);
  await expect.poll(counted, { timeout: 3_000 }).toEqual({ visits: 2, views: 2 });
});
