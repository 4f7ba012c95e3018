import { expect, test } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import type pg from "pg";
import { startFreezableProxy } from "../scripts/lib/freezable-proxy.mjs";
import { freePort, waitFor } from "../scripts/lib/topology.mjs";
import { database, insertPublishedArticle, removeArticle, revalidateArticle, type TemporaryArticle } from "./public-support";

// Issue 17, operations: the production server (scripts/server.mjs) on its own port, reaching
// PostgreSQL through a TCP proxy the test can freeze — as a paused or hung database server behaves,
// without pausing the machine's PostgreSQL, which others share.

test.describe.configure({ mode: "serial" });

type Proxy = Awaited<ReturnType<typeof startFreezableProxy>>;
let proxy: Proxy;
let server: ChildProcess;
let origin: string;
let client: pg.Client;
let article: TemporaryArticle;

function startServer(port: number, databaseUrl: string, extra: Record<string, string> = {}): ChildProcess {
  return spawn("node", ["scripts/server.mjs"], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, SCHEDULER_DISABLED: "1", NEXTAUTH_URL: `http://127.0.0.1:${port}`, ...extra },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

async function timed(path: string): Promise<{ status: number; ms: number; text: string; headers: Headers }> {
  const started = Date.now();
  const response = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(15_000) });
  const text = await response.text();
  return { status: response.status, ms: Date.now() - started, text, headers: response.headers };
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  client = database();
  await client.connect();
  const target = new URL(process.env.DATABASE_URL!);
  proxy = await startFreezableProxy({ targetHost: target.hostname, targetPort: Number(target.port || 5432) });
  const viaProxy = new URL(process.env.DATABASE_URL!);
  viaProxy.host = `127.0.0.1:${proxy.port}`;
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = startServer(port, viaProxy.toString());
  await waitFor(`${origin}/api/suc-khoe?san-sang`);
});

test.afterAll(async ({ playwright }) => {
  proxy?.thaw();
  if (server && server.exitCode === null) server.kill("SIGKILL");
  if (article) {
    const request = await playwright.request.newContext({ baseURL: origin });
    await client.query(`UPDATE "Article" SET state = 'TAKEN_DOWN' WHERE id = $1`, [article.id]);
    await client.query(`DELETE FROM "Article" WHERE id = $1`, [article.id]);
    await request.dispose();
  }
  await proxy?.close();
  await client?.end();
});

test("health: alive without the database, ready once it answers and every migration is applied", async () => {
  const alive = await timed("/api/suc-khoe");
  expect(alive.status).toBe(200);
  expect(JSON.parse(alive.text)).toEqual({ status: "alive" });
  const ready = await timed("/api/suc-khoe?san-sang");
  expect(ready.status).toBe(200);
  expect(JSON.parse(ready.text)).toMatchObject({ status: "ready", database: "ok", pendingMigrations: [] });
  // Every answer carries the id its log lines are found by.
  expect(alive.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
});

test("with PostgreSQL hung: a Vietnamese 503 within 5 s, cached pages still served, back without a restart", async ({ playwright }) => {
  test.setTimeout(90_000);
  const request = await playwright.request.newContext({ baseURL: origin });
  article = await insertPublishedArticle(client, "db-pause");
  await revalidateArticle(request, article);
  // Read twice: the page cache keeps it.
  const first = await timed(`/bai-viet/${article.slug}`);
  const warm = await timed(`/bai-viet/${article.slug}`);
  expect(warm.status).toBe(200);
  expect(warm.headers.get("x-page-cache")).toBe("HIT");
  // A page from the cache carries the id of the request it answers, not of the one that filled it.
  expect(warm.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));

  proxy.freeze();
  try {
    const uncached = await timed(`/tim-kiem?q=${article.word}-khong-co`);
    expect(uncached.status).toBe(503);
    expect(uncached.ms).toBeLessThan(5000);
    expect(uncached.text).toContain("Hệ thống tạm thời gián đoạn");
    expect(uncached.headers.get("retry-after")).toBe("30");

    const cached = await timed(`/bai-viet/${article.slug}`);
    expect(cached.status).toBe(200);
    expect(cached.text).toContain(article.title);

    // The next uncached page does not wait again on the database.
    const again = await timed(`/tim-kiem?q=${article.word}-lan-hai`);
    expect(again.status).toBe(503);
    expect(again.ms).toBeLessThan(4000);

    const ready = await timed("/api/suc-khoe?san-sang");
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(4000);
    expect((await timed("/api/suc-khoe")).status).toBe(200);
  } finally {
    proxy.thaw();
  }

  const after = await timed(`/tim-kiem?q=${article.word}`);
  expect(after.status).toBe(200);
  expect(after.text).toContain(`/bai-viet/${article.slug}`);
  expect((await timed("/api/suc-khoe?san-sang")).status).toBe(200);
  await removeArticle(client, request, article);
  article = undefined as unknown as TemporaryArticle;
  await request.dispose();
});

test("SIGTERM: not ready at once, requests in flight finish, then the process leaves", async () => {
  test.setTimeout(60_000);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const stopping = startServer(port, process.env.DATABASE_URL!, { SHUTDOWN_DELAY_MS: "3000" });
  const output: string[] = [];
  stopping.stdout!.on("data", (chunk) => output.push(String(chunk)));
  await waitFor(`${url}/api/suc-khoe?san-sang`);
  const exited = new Promise<number | null>((resolve) => stopping.once("exit", (code) => resolve(code)));

  // An uncached page is being rendered when the signal comes.
  const inFlight = fetch(`${url}/tim-kiem?q=dang-dung-${Date.now()}`);
  await new Promise((resolve) => setTimeout(resolve, 300));
  stopping.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 200));

  const readiness = await fetch(`${url}/api/suc-khoe?san-sang`);
  expect(readiness.status).toBe(503);
  expect(await readiness.json()).toEqual({ status: "stopping" });
  // Still serving readers while the load balancer takes it out.
  expect((await fetch(`${url}/`)).status).toBe(200);

  const answered = await inFlight;
  expect(answered.status).toBe(200);
  expect(await answered.text()).toContain("</html>");

  expect(await exited).toBe(143);
  await expect(fetch(`${url}/api/suc-khoe`)).rejects.toThrow();
  const lines = output.join("").trim().split("\n").map((line) => JSON.parse(line));
  expect(lines.some((line) => line.msg === "[server] stopped")).toBe(true);
  expect(lines.filter((line) => line.msg === "request").every((line) => typeof line.requestId === "string")).toBe(true);
});
