import { createServer, get as httpGet, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createPageCache, shareableResponse } from "./page-cache.mjs";

// The page cache over a real HTTP server. Behind it, instead of Next, a small handler that answers
// the way Next does (the headers below are copied from what `next start` sends for a cached page)
// and counts how often it was asked.

const SHAREABLE = { "content-type": "text/html; charset=utf-8", "cache-control": "s-maxage=3600, stale-while-revalidate=31532400", vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding", "x-nextjs-cache": "HIT", etag: '"abc123"' };

type Answer = { status?: number; headers?: Record<string, string | string[]>; body?: string; chunks?: Buffer[] };

let server: Server | null = null;

async function start(cache: ReturnType<typeof createPageCache>, answer: (req: IncomingMessage) => Answer) {
  const asked: string[] = [];
  const next = (req: IncomingMessage, res: ServerResponse) => {
    asked.push(`${req.method} ${req.url}`);
    const { status = 200, headers = SHAREABLE, body, chunks } = answer(req);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.statusCode = status;
    if (chunks) {
      for (const chunk of chunks) res.write(chunk);
      res.end();
    } else {
      res.end(req.method === "HEAD" ? undefined : (body ?? `page ${req.url} #${asked.length}`));
    }
  };
  server = createServer((req, res) => cache.handle(req, res, next));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, asked };
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

describe("the page cache", () => {
  it("answers the second request for a shareable page itself, with the same body and headers", async () => {
    const { origin, asked } = await start(createPageCache(), () => ({}));
    const first = await fetch(`${origin}/bai-viet/mot`);
    const second = await fetch(`${origin}/bai-viet/mot`);
    expect(first.headers.get("x-page-cache")).toBe("MISS");
    expect(second.headers.get("x-page-cache")).toBe("HIT");
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get("cache-control")).toBe(SHAREABLE["cache-control"]);
    expect(second.headers.get("etag")).toBe(SHAREABLE.etag);
    expect(second.headers.get("age")).toBe("0");
    // Next did nothing for this answer: its own cache header is not repeated.
    expect(first.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(second.headers.get("x-nextjs-cache")).toBeNull();
    expect(asked).toEqual(["GET /bai-viet/mot"]);
  });

  it("keeps a streamed, compressed page byte for byte, apart from other encodings", async () => {
    const html = "<p>Phổ biến pháp luật</p>".repeat(2000);
    const gzipped = gzipSync(html);
    const { origin, asked } = await start(createPageCache(), (req) =>
      String(req.headers["accept-encoding"]).includes("gzip")
        ? { headers: { ...SHAREABLE, "content-encoding": "gzip" }, chunks: [gzipped.subarray(0, 1000), gzipped.subarray(1000)] }
        : { body: html },
    );
    // Node's own client: fetch would decompress on its own, and the raw bytes are what is stored.
    const get = (encoding: string) =>
      new Promise<{ cache: unknown; encoding: unknown; bytes: Buffer }>((resolve, reject) => {
        httpGet(`${origin}/`, { headers: { "accept-encoding": encoding } }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => resolve({ cache: response.headers["x-page-cache"], encoding: response.headers["content-encoding"], bytes: Buffer.concat(chunks) }));
        }).on("error", reject);
      });
    await get("gzip");
    const compressed = await get("gzip");
    expect(compressed.cache).toBe("HIT");
    expect(compressed.encoding).toBe("gzip");
    expect(gunzipSync(compressed.bytes).toString()).toBe(html);
    await get("identity");
    const plain = await get("identity");
    expect(plain.cache).toBe("HIT");
    expect(plain.bytes.toString()).toBe(html);
    expect(asked).toHaveLength(2);
  });

  it.each<[string, Answer]>([
    ["a page Next marks private", { headers: { ...SHAREABLE, "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" } }],
    ["a page without s-maxage", { headers: { ...SHAREABLE, "cache-control": "public, max-age=0" } }],
    ["a page that sets a cookie", { headers: { ...SHAREABLE, "set-cookie": "phien=1" } }],
    ["a page Next served stale", { headers: { ...SHAREABLE, "x-nextjs-cache": "STALE" } }],
    ["a page that varies on the cookie", { headers: { ...SHAREABLE, vary: "Cookie" } }],
    ["a 404", { status: 404 }],
    ["a 410", { status: 410 }],
  ])("leaves %s to Next every time", async (_name, answer) => {
    const { origin, asked } = await start(createPageCache(), () => answer);
    for (let i = 0; i < 3; i++) expect((await fetch(`${origin}/trang`)).headers.get("x-page-cache")).toBe("MISS");
    expect(asked).toHaveLength(3);
  });

  it("never answers a request Next would answer differently: a form post, the router's requests", async () => {
    const { origin, asked } = await start(createPageCache(), () => ({}));
    await fetch(`${origin}/bai-viet/mot`);
    await fetch(`${origin}/bai-viet/mot`, { method: "POST", body: "x" });
    await fetch(`${origin}/bai-viet/mot`, { headers: { rsc: "1" } });
    await fetch(`${origin}/bai-viet/mot`, { headers: { "next-action": "abc" } });
    await fetch(`${origin}/bai-viet/mot?_rsc=1`, { headers: { rsc: "1", "next-router-prefetch": "1" } });
    expect(asked).toEqual(["GET /bai-viet/mot", "POST /bai-viet/mot", "GET /bai-viet/mot", "GET /bai-viet/mot", "GET /bai-viet/mot?_rsc=1"]);
    expect((await fetch(`${origin}/bai-viet/mot`)).headers.get("x-page-cache")).toBe("HIT");
  });

  it("answers HEAD and a matching If-None-Match from what a GET left", async () => {
    const { origin, asked } = await start(createPageCache(), () => ({}));
    await fetch(`${origin}/`);
    const head = await fetch(`${origin}/`, { method: "HEAD" });
    expect(head.headers.get("x-page-cache")).toBe("HIT");
    expect(Number(head.headers.get("content-length"))).toBeGreaterThan(0);
    const conditional = await fetch(`${origin}/`, { headers: { "if-none-match": SHAREABLE.etag } });
    expect(conditional.status).toBe(304);
    expect(await conditional.text()).toBe("");
    const other = await fetch(`${origin}/`, { headers: { "if-none-match": '"cu"' } });
    expect(other.status).toBe(200);
    expect(asked).toEqual(["GET /"]);
  });

  it("forgets everything on purge, and does not keep a page that was being made meanwhile", async () => {
    const cache = createPageCache();
    let release: () => void = () => {};
    let slow = false;
    const asked: string[] = [];
    server = createServer((req, res) =>
      cache.handle(req, res, (r: IncomingMessage, s: ServerResponse) => {
        asked.push(r.url!);
        for (const [name, value] of Object.entries(SHAREABLE)) s.setHeader(name, value);
        if (!slow) return s.end(`trang ${asked.length}`);
        // Made from the data as it was before the change; finished after the purge.
        s.write("cu ");
        new Promise<void>((resolve) => (release = resolve)).then(() => s.end("ban cu"));
      }),
    );
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    await fetch(`${origin}/`);
    expect(await (await fetch(`${origin}/`)).text()).toBe("trang 1");
    cache.purge();
    expect(cache.stats().entries).toBe(0);

    slow = true;
    const during = fetch(`${origin}/`).then((r) => r.text());
    await expect.poll(() => asked.length).toBe(2);
    cache.purge();
    release();
    expect(await during).toBe("cu ban cu");
    slow = false;
    const after = await fetch(`${origin}/`);
    expect(after.headers.get("x-page-cache")).toBe("MISS");
    expect(await after.text()).toBe("trang 3");
  });

  it("asks Next again once an entry is older than its time to live", async () => {
    let clock = 1_000_000;
    const { origin, asked } = await start(createPageCache({ ttlMs: 30_000, now: () => clock }), () => ({}));
    await fetch(`${origin}/`);
    clock += 29_000;
    const aging = await fetch(`${origin}/`);
    expect(aging.headers.get("x-page-cache")).toBe("HIT");
    expect(aging.headers.get("age")).toBe("29");
    clock += 1_000;
    expect((await fetch(`${origin}/`)).headers.get("x-page-cache")).toBe("MISS");
    expect(asked).toHaveLength(2);
  });

  it("stays within its memory: the least recently used page goes first, an oversized one is not kept", async () => {
    const body = "x".repeat(10_000);
    const cache = createPageCache({ maxBytes: 25_000, maxEntryBytes: 12_000 });
    const { origin, asked } = await start(cache, (req) => ({ body: req.url === "/lon" ? body.repeat(2) : body }));
    const state = async (path: string) => (await fetch(`${origin}${path}`)).headers.get("x-page-cache");
    await state("/a");
    await state("/b");
    expect(await state("/a")).toBe("HIT"); // /a is now the most recently used
    await state("/c"); // no room for three: /b goes
    expect(cache.stats().entries).toBe(2);
    expect(cache.stats().bytes).toBeLessThanOrEqual(25_000);
    expect(await state("/a")).toBe("HIT");
    expect(await state("/c")).toBe("HIT");
    expect(await state("/b")).toBe("MISS");
    await state("/lon");
    expect(await state("/lon")).toBe("MISS");
    expect(asked.filter((url) => url.endsWith("/lon"))).toHaveLength(2);
  });

  it("is off with no memory: every request goes to Next", async () => {
    const { origin, asked } = await start(createPageCache({ maxBytes: 0 }), () => ({}));
    await fetch(`${origin}/`);
    const second = await fetch(`${origin}/`);
    expect(second.headers.get("x-page-cache")).toBeNull();
    expect(asked).toHaveLength(2);
  });

  it("has Next make a page once for readers who ask for it at once, and answers the others from it", async () => {
    const asked: string[] = [];
    const cache = createPageCache();
    // Next, slow to make each page; private for /quan-ly, as it marks workspace pages.
    const next = (req: IncomingMessage, res: ServerResponse) => {
      asked.push(`${req.url} ${req.headers.cookie ?? ""}`.trim());
      setTimeout(() => {
        for (const [name, value] of Object.entries(SHAREABLE)) res.setHeader(name, value);
        if (req.url!.startsWith("/quan-ly")) res.setHeader("cache-control", "private, no-cache, no-store");
        res.end(`page ${req.url} #${asked.length}`);
      }, 150);
    };
    server = createServer((req, res) => cache.handle(req, res, next));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const many = (path: string, init?: RequestInit) => Promise.all(Array.from({ length: 5 }, () => fetch(`${origin}${path}`, init)));

    const readers = await many("/tim-kiem?q=hoa+giai");
    expect(asked).toEqual(["/tim-kiem?q=hoa+giai"]);
    expect(new Set(await Promise.all(readers.map((r) => r.text())))).toEqual(new Set(["page /tim-kiem?q=hoa+giai #1"]));
    expect(readers.map((r) => r.headers.get("x-page-cache")).sort()).toEqual(["HIT", "HIT", "HIT", "HIT", "MISS"]);

    // Requests with cookies never wait for another's answer; and when the first answer may not be
    // kept, those that waited are made each for themselves.
    asked.length = 0;
    await many("/bai-viet/moi", { headers: { cookie: "a=1" } });
    expect(asked).toHaveLength(5);
    asked.length = 0;
    const staff = await many("/quan-ly/bai-viet");
    expect(asked).toHaveLength(5);
    expect(staff.every((r) => r.status === 200)).toBe(true);
  });
});


describe("shareableResponse", () => {
  it("follows what Next says a shared cache may keep", () => {
    expect(shareableResponse(200, SHAREABLE)).toBe(true);
    expect(shareableResponse(200, { ...SHAREABLE, "cache-control": "s-maxage=31536000" })).toBe(true);
    expect(shareableResponse(200, { ...SHAREABLE, "cache-control": "public, max-age=31536000, immutable" })).toBe(false);
    expect(shareableResponse(200, { ...SHAREABLE, vary: "rsc, Accept-Encoding, User-Agent" })).toBe(false);
    expect(shareableResponse(301, SHAREABLE)).toBe(false);
  });
});
