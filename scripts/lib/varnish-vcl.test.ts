import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startVarnish, varnishInstalled } from "./topology.mjs";

// The portal's VCL (deploy/varnish/default.vcl) run by the real Varnish in front of a stand-in for a
// portal instance whose answers the test controls: what Varnish keeps, and what a purge lets go,
// including a page that was being made while the purge came.

type Held = { release: () => void };

let varnish: Awaited<ReturnType<typeof startVarnish>>;
let backend: http.Server;
let workDir: string;
/** How many times the stand-in was asked for each address. */
const asked = new Map<string, number>();
/** Requests for /dang-lam the stand-in has not answered yet. */
const held: Held[] = [];
/** What the stand-in's readiness (Varnish's probe, /api/suc-khoe?san-sang) answers: false gives 503. */
let ready = true;

function standIn(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? "/", "http://x");
  if (url.pathname === "/api/suc-khoe") {
    res.statusCode = ready || !url.searchParams.has("san-sang") ? 200 : 503;
    return void res.end(res.statusCode === 200 ? "ok" : "not ready");
  }
  asked.set(url.pathname, (asked.get(url.pathname) ?? 0) + 1);
  const page = (xkey?: string) => {
    // Pages under /het-han are fresh for 1 s only, as an instance's ISR page can be.
    res.setHeader("cache-control", `s-maxage=${url.pathname.startsWith("/het-han") ? 1 : 3600}, stale-while-revalidate=31532400`);
    if (xkey) res.setHeader("xkey", xkey);
    res.end(`<p>${url.pathname} #${asked.get(url.pathname)}</p>`);
  };
  if (url.pathname === "/dang-lam") return void held.push({ release: () => page("articles") });
  page(url.pathname.startsWith("/khong-the") ? undefined : "articles article:7");
}

beforeAll(async () => {
  if (!varnishInstalled()) return;
  workDir = mkdtempSync(path.join(os.tmpdir(), "pbgdpl-vcl-"));
  backend = http.createServer(standIn);
  await new Promise<void>((resolve) => backend.listen(0, "127.0.0.1", resolve));
  varnish = await startVarnish({ workDir, port: await freePort(), backendPorts: [(backend.address() as AddressInfo).port], name: `vcl-test-${process.pid}` });
}, 60_000);

afterAll(async () => {
  await varnish?.stop();
  await new Promise((resolve) => (backend ? backend.close(resolve) : resolve(undefined)));
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function read(pathname: string) {
  const response = await fetch(`${varnish.url}${pathname}`);
  return { status: response.status, cache: response.headers.get("x-cache"), text: await response.text(), xkey: response.headers.get("xkey") };
}

async function purge(tags: string) {
  const response = await fetch(`${varnish.url}/`, { method: "PURGE", headers: { "xkey-purge": tags } });
  await response.arrayBuffer();
  expect(response.status).toBe(200);
}

/** Asks again until the answer satisfies `condition` (at most `ms`); returns that answer. */
async function eventually<T>(ask: () => Promise<T>, condition: (answer: T) => boolean, ms = 8000): Promise<T> {
  const deadline = Date.now() + ms;
  let answer = await ask();
  while (!condition(answer) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    answer = await ask();
  }
  expect(condition(answer)).toBe(true);
  return answer;
}

async function until(condition: () => boolean) {
  for (let tries = 0; tries < 200 && !condition(); tries++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

describe.skipIf(!varnishInstalled())("the portal's VCL in Varnish", () => {
  it("keeps a public page, never shows its tags, and lets it go when one of them is purged", async () => {
    expect((await read("/bai-viet/mot")).cache).toBe("MISS");
    const again = await read("/bai-viet/mot");
    expect(again).toMatchObject({ status: 200, cache: "HIT", xkey: null, text: "<p>/bai-viet/mot #1</p>" });
    await purge("units");
    expect((await read("/bai-viet/mot")).cache).toBe("HIT");
    await purge("category:3 article:7");
    expect(await read("/bai-viet/mot")).toMatchObject({ cache: "MISS", text: "<p>/bai-viet/mot #2</p>" });
  });

  it("keeps a page that came without tags, and lets it go at any purge", async () => {
    await read("/khong-the-gan-the");
    expect((await read("/khong-the-gan-the")).cache).toBe("HIT");
    await purge("settings");
    expect(await read("/khong-the-gan-the")).toMatchObject({ cache: "MISS", text: "<p>/khong-the-gan-the #2</p>" });
  });

  it("gives a page being made while a purge came to its reader, but does not keep it", async () => {
    const first = read("/dang-lam");
    await until(() => held.length === 1);
    // The change is purged while the instance is still making the page from what it read before.
    await purge("settings");
    held.shift()!.release();
    expect(await first).toMatchObject({ status: 200, text: "<p>/dang-lam #1</p>" });

    // The next reader is not given that page: the instance is asked again.
    const second = read("/dang-lam");
    await until(() => held.length === 1);
    held.shift()!.release();
    expect(await second).toMatchObject({ status: 200, text: "<p>/dang-lam #2</p>" });
    expect(asked.get("/dang-lam")).toBe(2);
  });

  it("keeps a page whose making began after the last purge", async () => {
    await purge("articles");
    await new Promise((resolve) => setTimeout(resolve, 1100)); // past the short pass after the last test's page
    const made = read("/dang-lam");
    await until(() => held.length === 1);
    held.shift()!.release();
    expect((await made).cache).toBe("MISS");
    expect(await read("/dang-lam")).toMatchObject({ cache: "HIT", text: `<p>/dang-lam #${asked.get("/dang-lam")}</p>` });
  });

  it("serves a page past its time while no instance is ready, and the Vietnamese 503 page for one it never kept", async () => {
    expect((await read("/het-han/bai")).cache).toBe("MISS");
    const keptAt = Date.now();
    expect(await read("/het-han/bai")).toMatchObject({ cache: "HIT", text: "<p>/het-han/bai #1</p>" });
    ready = false;
    try {
      // Varnish's probe (1 s apart, 2 good of the last 3) takes the instance out: what only an
      // instance can answer (the API) gets the 503 page from then on.
      await eventually(() => read("/api/het-han"), (answer) => answer.status === 503);
      // The page's 1 s is over (the probe usually takes longer than that anyway).
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, keptAt + 1200 - Date.now())));

      for (let i = 0; i < 2; i++) expect(await read("/het-han/bai")).toMatchObject({ status: 200, text: "<p>/het-han/bai #1</p>" });
      const never = await read("/het-han/chua-doc");
      expect(never.status).toBe(503);
      expect(never.text).toContain("Hệ thống tạm thời gián đoạn");
      expect(asked.get("/het-han/bai")).toBe(1);
      expect(asked.get("/het-han/chua-doc")).toBeUndefined();
    } finally {
      ready = true;
    }
    // Ready again: the page is made anew by the instance (first served stale while it is fetched).
    await eventually(() => read("/het-han/bai"), (answer) => answer.text === "<p>/het-han/bai #2</p>");
  }, 20_000);
});
