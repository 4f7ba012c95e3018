import { expect, test, type APIRequestContext } from "@playwright/test";
import type pg from "pg";
import { rollingRestart } from "../scripts/lib/rolling-restart.mjs";
import { startTopology, varnishInstalled, type Topology } from "../scripts/lib/topology.mjs";
import { database, insertPublishedArticle, removeArticle, revalidateArticle, type TemporaryArticle } from "./public-support";

// Issue 17: two portal instances sharing Next's cache in Redis behind Varnish, started by the test
// (scripts/lib/topology.mjs) from the same production build and database as the other journeys.
// Changes are made on instance A the way a scheduled job makes them (the database, then A's internal
// revalidation route, which runs the same applyChanges as every action).

test.describe.configure({ mode: "serial" });
test.skip(!varnishInstalled(), "Varnish is not installed (apt-get install -y varnish varnish-modules; .ci/run does it)");

let topology: Topology;
let client: pg.Client;
let onA: APIRequestContext;
let article: TemporaryArticle | undefined;

test.beforeAll(async ({ playwright }) => {
  test.setTimeout(120_000);
  client = database();
  await client.connect();
  topology = await startTopology({ env: { ...process.env, SCHEDULER_DISABLED: "1", REDIS_KEY_PREFIX: `${process.env.REDIS_KEY_PREFIX ?? "e2e:"}topology:` } });
  onA = await playwright.request.newContext({ baseURL: topology.instances[0].url });
});

test.afterAll(async () => {
  if (article) await removeArticle(client, onA, article).catch(() => {});
  await onA?.dispose();
  await topology?.stop();
  await client?.end();
});

type Seen = { status: number; text: string; cache: string | null; instance: string | null };

async function get(base: string, path: string): Promise<Seen> {
  const response = await fetch(`${base}${path}`, { headers: { "accept-encoding": "gzip" }, signal: AbortSignal.timeout(10_000) });
  return { status: response.status, text: await response.text(), cache: response.headers.get("x-cache"), instance: response.headers.get("x-instance") };
}

/**
 * From `since` + `ms` on, every origin answers with the change: a request sent then must see it
 * (however long that page then takes to render on this busy machine).
 */
async function within(ms: number, since: number, origins: string[], path: string, ok: (seen: Seen) => boolean): Promise<void> {
  const wait = since + ms - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const seen = await Promise.all(origins.map((origin) => get(origin, path)));
  for (const [index, answer] of seen.entries()) expect(ok(answer), `${origins[index]}${path} answered ${answer.status} with the old page`).toBe(true);
}

test("a take-down on instance A is gone from Varnish and instance B within 1 s; a publication appears everywhere within 1 s", async () => {
  test.setTimeout(60_000);
  const [a, b] = topology.instances;
  const everywhere = [topology.varnishUrl, a.url, b.url];
  article = await insertPublishedArticle(client, "topology");
  await revalidateArticle(onA, article);
  const path = `/bai-viet/${article.slug}`;
  // Varnish keeps the article, B has it in the shared cache.
  await get(topology.varnishUrl, path);
  const cached = await get(topology.varnishUrl, path);
  expect(cached.status).toBe(200);
  expect(cached.cache).toBe("HIT");
  expect(cached.text).toContain(article.title);
  expect((await get(b.url, path)).text).toContain(article.title);
  expect((await get(topology.varnishUrl, "/")).text).toContain(article.title);

  await client.query(`UPDATE "Article" SET state = 'TAKEN_DOWN', "updatedAt" = now() WHERE id = $1`, [article.id]);
  const takenDown = Date.now();
  await revalidateArticle(onA, article);
  await Promise.all([
    within(1000, takenDown, everywhere, path, (seen) => seen.status >= 400 && seen.status < 500 && !seen.text.includes(article!.title)),
    within(1000, takenDown, everywhere, "/", (seen) => seen.status === 200 && !seen.text.includes(article!.title)),
  ]);

  await client.query(`UPDATE "Article" SET state = 'PUBLISHED', "updatedAt" = now() WHERE id = $1`, [article.id]);
  const republished = Date.now();
  await revalidateArticle(onA, article);
  await Promise.all([
    within(1000, republished, everywhere, path, (seen) => seen.status === 200 && seen.text.includes(article!.title)),
    within(1000, republished, everywhere, "/", (seen) => seen.status === 200 && seen.text.includes(article!.title)),
  ]);
});

type Result = { at: number; status: number; instance: string | null };

/** Four readers asking Varnish without pause for pages it keeps and pages an instance must make. */
function steadyLoad(): { results: Result[]; stop: () => Promise<void> } {
  const results: Result[] = [];
  let stopped = false;
  let counter = 0;
  const paths = () => [`/tim-kiem?q=tai-${Date.now()}-${counter++}`, "/api/suc-khoe", article ? `/bai-viet/${article.slug}` : "/"];
  const worker = async () => {
    while (!stopped) {
      for (const path of paths()) {
        try {
          const seen = await get(topology.varnishUrl, path);
          results.push({ at: Date.now(), status: seen.status, instance: seen.instance });
        } catch {
          results.push({ at: Date.now(), status: 0, instance: null });
        }
      }
    }
  };
  const running = Promise.all(Array.from({ length: 4 }, worker));
  return {
    results,
    stop: async () => {
      stopped = true;
      await running;
    },
  };
}

test("a rolling restart under steady load: every request succeeds, both instances serve again afterwards", async () => {
  test.setTimeout(90_000);
  const load = steadyLoad();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const instances = topology.instances.map((instance) => ({
    name: instance.name,
    url: instance.url,
    restart: async () => {
      await instance.stop("SIGTERM");
      await instance.start();
    },
  }));
  await rollingRestart({ instances });
  const finishedAt = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 2000));
  await load.stop();
  expect(load.results.length).toBeGreaterThan(50);
  expect(load.results.filter((r) => r.status !== 200)).toEqual([]);
  const servedAfter = new Set(load.results.filter((r) => r.at > finishedAt && r.instance).map((r) => r.instance));
  expect(servedAfter).toEqual(new Set(["a", "b"]));
});

test("instance A killed under steady load: every request succeeds through B after the probe window, A comes back and takes traffic, no 5xx outside the window", async () => {
  test.setTimeout(90_000);
  const [a] = topology.instances;
  const results: { at: number; status: number; instance: string | null }[] = [];
  let stopLoad = false;
  let counter = 0;
  const paths = () => [`/tim-kiem?q=tai-${counter++}`, "/api/suc-khoe", article ? `/bai-viet/${article.slug}` : "/"];
  const worker = async () => {
    while (!stopLoad) {
      for (const path of paths()) {
        try {
          const seen = await get(topology.varnishUrl, path);
          results.push({ at: Date.now(), status: seen.status, instance: seen.instance });
        } catch {
          results.push({ at: Date.now(), status: 0, instance: null });
        }
      }
    }
  };
  const load = Promise.all(Array.from({ length: 4 }, worker));

  await new Promise((resolve) => setTimeout(resolve, 2000));
  const killedAt = Date.now();
  await a.stop("SIGKILL");
  // Varnish's probe: every second, 2 failures of the last 3 take A out.
  const windowEnds = killedAt + 4000;
  await new Promise((resolve) => setTimeout(resolve, 6000));
  await a.start();
  const restartedAt = Date.now();
  let servedByA = false;
  while (!servedByA && Date.now() - restartedAt < 15_000) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    servedByA = results.some((r) => r.at > restartedAt && r.instance === "a" && r.status === 200);
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
  stopLoad = true;
  await load;

  expect(servedByA, "instance A took traffic again after its restart").toBe(true);
  const failedOutside = results.filter((r) => (r.status === 0 || r.status >= 500) && (r.at < killedAt || r.at > windowEnds));
  expect(failedOutside).toEqual([]);
  const afterWindow = results.filter((r) => r.at > windowEnds);
  expect(afterWindow.length).toBeGreaterThan(20);
  expect(afterWindow.every((r) => r.status === 200)).toBe(true);
  expect(results.some((r) => r.at > windowEnds && r.at < restartedAt && r.instance === "b")).toBe(true);
});
