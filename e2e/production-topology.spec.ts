import { expect, test, type APIRequestContext } from "@playwright/test";
import type pg from "pg";
import { startFreezableProxy } from "../scripts/lib/freezable-proxy.mjs";
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
/** The instances reach PostgreSQL through it, so a test can make the database hang for them. */
let proxy: Awaited<ReturnType<typeof startFreezableProxy>>;

test.beforeAll(async ({ playwright }) => {
  test.setTimeout(120_000);
  client = database();
  await client.connect();
  const target = new URL(process.env.DATABASE_URL!);
  proxy = await startFreezableProxy({ targetHost: target.hostname, targetPort: Number(target.port || 5432) });
  const viaProxy = new URL(process.env.DATABASE_URL!);
  viaProxy.host = `127.0.0.1:${proxy.port}`;
  topology = await startTopology({
    env: { ...process.env, DATABASE_URL: viaProxy.toString(), SCHEDULER_DISABLED: "1", REDIS_KEY_PREFIX: `${process.env.REDIS_KEY_PREFIX ?? "e2e:"}topology:` },
  });
  onA = await playwright.request.newContext({ baseURL: topology.instances[0].url });
});

test.afterAll(async () => {
  if (article) await removeArticle(client, onA, article).catch(() => {});
  proxy?.thaw();
  await onA?.dispose();
  await topology?.stop();
  await proxy?.close();
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
const TAG_WINDOW_MS = 1_000;

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
  // Varnish keeps the article, B has it in the shared cache. (A route handler's answer comes before
  // Next expires the tags it asked for, so the first fetch may overlap the purge and not be kept.)
  await expect.poll(async () => (await get(topology.varnishUrl, path)).cache, { timeout: 5_000 }).toBe("HIT");
  const cached = await get(topology.varnishUrl, path);
  expect(cached.status).toBe(200);
  expect(cached.text).toContain(article.title);
  expect((await get(b.url, path)).text).toContain(article.title);
  expect((await get(topology.varnishUrl, "/")).text).toContain(article.title);

  await client.query(`UPDATE "Article" SET state = 'TAKEN_DOWN', "updatedAt" = now() WHERE id = $1`, [article.id]);
  // The take-down is made through A's internal route, as a scheduled job makes it; Next expires the
  // tags just after the route answers, and readers must see the change everywhere 1 s after that answer.
  await revalidateArticle(onA, article);
  const takenDown = Date.now();
  await Promise.all([
    within(TAG_WINDOW_MS, takenDown, everywhere, path, (seen) => seen.status >= 400 && seen.status < 500 && !seen.text.includes(article!.title)),
    within(TAG_WINDOW_MS, takenDown, everywhere, "/", (seen) => seen.status === 200 && !seen.text.includes(article!.title)),
  ]);

  await client.query(`UPDATE "Article" SET state = 'PUBLISHED', "updatedAt" = now() WHERE id = $1`, [article.id]);
  await revalidateArticle(onA, article);
  const republished = Date.now();
  await Promise.all([
    within(TAG_WINDOW_MS, republished, everywhere, path, (seen) => seen.status === 200 && seen.text.includes(article!.title)),
    within(TAG_WINDOW_MS, republished, everywhere, "/", (seen) => seen.status === 200 && seen.text.includes(article!.title)),
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

test("PostgreSQL hung behind every instance: Varnish still serves the pages it keeps, a Vietnamese 503 otherwise, and all is back without a restart", async () => {
  test.setTimeout(60_000);
  const cachedPath = article ? `/bai-viet/${article.slug}` : "/";
  await get(topology.varnishUrl, cachedPath);
  expect((await get(topology.varnishUrl, cachedPath)).cache).toBe("HIT");
  proxy.freeze();
  try {
    const started = Date.now();
    const uncached = await get(topology.varnishUrl, `/tim-kiem?q=treo-${Date.now()}`);
    expect(uncached.status).toBe(503);
    expect(uncached.text).toContain("Hệ thống tạm thời gián đoạn");
    expect(Date.now() - started).toBeLessThan(5000);
    const cached = await get(topology.varnishUrl, cachedPath);
    expect(cached.status).toBe(200);
    expect(cached.cache).toBe("HIT");
    // Varnish's probes find every instance unready: its own 503 page, without waiting on an instance.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const meanwhile = Date.now();
    const again = await get(topology.varnishUrl, `/tim-kiem?q=treo-lai-${Date.now()}`);
    expect(again.status).toBe(503);
    expect(again.text).toContain("Hệ thống tạm thời gián đoạn");
    expect(Date.now() - meanwhile).toBeLessThan(1000);
    expect((await get(topology.varnishUrl, cachedPath)).status).toBe(200);
  } finally {
    proxy.thaw();
  }
  // Two good probes, a second apart, and the instances take readers again.
  const thawed = Date.now();
  let back: Seen | null = null;
  while (Date.now() - thawed < 10_000) {
    back = await get(topology.varnishUrl, `/tim-kiem?q=tro-lai-${Date.now()}`);
    if (back.status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  expect(back?.status).toBe(200);
});
