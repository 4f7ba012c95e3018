import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { noteExpired } from "./expired-tags.mjs";
import { hashSource } from "./inline-scripts.mjs";
import { createPageCache } from "./page-cache.mjs";
import { requestContext } from "./request-log.mjs";
import { withPagePolicy, type RequestHandler } from "./security-headers.mjs";
import { derivedEtag, staticPageBody, withoutNextRuntime, withStaticPublicHtml } from "./static-html.mjs";
import { withXkeyHeader } from "./varnish.mjs";

// The wrapper over a real HTTP server, in the chain scripts/server.mjs builds: page cache → this →
// xkey → Content-Security-Policy → a stand-in for Next that answers as Next does (headers first, the
// page in pieces through Next's own gzip middleware). The page below has the shapes `next build`
// writes (copied from the home page of the production build, shortened).

const require = createRequire(import.meta.url);
const compression = require("next/dist/compiled/compression") as () => (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const SHAREABLE = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "s-maxage=3600, stale-while-revalidate=31532400",
  vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
  etag: '"3p0snq3uu52mca"',
};

const FLIGHT = ["(self.__next_f=self.__next_f||[]).push([0])", 'self.__next_f.push([1,"0:{\\"P\\":null,\\"b\\":\\"Phổ biến pháp luật\\",\\"x\\":\\"\\u003cdiv data-hydrate\\u003e\\"}\\n"])'];
const TURBOPACK = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/1jexzsn2qdw84.js"],"runtimeModuleIds":[494553]});';
const SUSPENSE = '$RC("B:0","S:0")';
const JSON_LD = '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Luật Đất đai năm 2024"}';

/** What stays: the page as a reader sees it, its styles, fonts, Suspense script and structured data. */
const KEPT = [
  '<link rel="preload" href="/_next/static/media/be_vietnam_pro_latin_700_normal.woff2" as="font" crossorigin="" type="font/woff2"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/3ycprlv12_sai.css" data-precedence="next"/>',
  '<link rel="preload" href="/_next/static/chunks/3ycprlv12_sai.css" as="style"/>',
  '<link rel="icon" href="/favicon.svg"/>',
  `<script type="application/ld+json">${JSON_LD}</script>`,
  `<script>${SUSPENSE}</script>`,
  '<script src="/js/reader-tools.js" defer=""></script>',
  "<h1>Luật Đất đai năm 2024</h1>",
];
/** What goes: Next's client runtime. */
const CUT = [
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/1jexzsn2qdw84.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/2u6lx0p8imd0v.js"/>',
  '<script src="/_next/static/chunks/1jexzsn2qdw84.js" async=""></script>',
  '<script async="" src="/_next/static/chunks/turbopack-077hmtqrhcoji.js"></script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  ...FLIGHT.map((text) => `<script>${text}</script>`),
  `<script id="_R_">${TURBOPACK}</script>`,
];

function page(body = KEPT[7]) {
  return (
    `<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/>${KEPT[0]}${KEPT[1]}${KEPT[2]}${CUT[0]}${CUT[1]}${CUT[2]}${CUT[3]}${KEPT[3]}${CUT[4]}</head>` +
    `<body><header class="masthead">${body}</header>${KEPT[4]}<div hidden id="S:0"><p>Bình luận</p></div>${KEPT[5]}${KEPT[6]}${CUT[5]}${CUT[6]}${CUT[7]}</body></html>`
  );
}
const PAGE = page();
const ISLAND_PAGE = page('<form data-hydrate="true" class="space-y-4"><input name="title"/></form>');

type Answer = { status?: number; headers?: Record<string, string>; body?: string };

let server: Server | null = null;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

/**
 * The chain of scripts/server.mjs over a Next stand-in. `tags`: what Next's cache handler notes for
 * the page; `startedAt`: when the request began (a tag expired after it makes the page private).
 */
async function start(answer: (req: IncomingMessage) => Answer, options: { cache?: ReturnType<typeof createPageCache>; maxBytes?: number; tags?: string; startedAt?: number } = {}) {
  const asked: string[] = [];
  const compress = compression();
  const nextLike: RequestHandler = (req, res) => {
    asked.push(`${req.method} ${req.url}`);
    const { status = 200, headers = SHAREABLE, body = PAGE } = answer(req);
    requestContext.getStore()!.cacheTags = options.tags ?? "_N_T_/layout,articles";
    compress(req, res, () => {
      res.statusCode = status;
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      res.flushHeaders();
      const third = Math.floor(body.length / 3);
      res.write(body.slice(0, third));
      res.write(Buffer.from(body.slice(third, 2 * third)));
      setTimeout(() => res.end(req.method === "HEAD" ? undefined : body.slice(2 * third)), 2);
    });
  };
  const inner = withStaticPublicHtml(withXkeyHeader(requestContext, withPagePolicy(nextLike)), { maxBytes: options.maxBytes });
  const cache = options.cache ?? createPageCache({ maxBytes: 0 });
  server = createServer((req, res) =>
    requestContext.run({ id: "t", cacheTags: null, startedAt: options.startedAt ?? Date.now() }, () => cache.handle(req, res, inner)),
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, asked };
}

/** Node's own client: fetch would decompress on its own, and the bytes sent are what is tested. */
function send(url: string, { method = "GET", headers = {} }: { method?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number; headers: IncomingMessage["headers"]; bytes: Buffer; text: string }>((resolve, reject) => {
    const request = httpRequest(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const bytes = Buffer.concat(chunks);
        const encoding = response.headers["content-encoding"];
        const plain = encoding === "gzip" ? gunzipSync(bytes) : encoding === "br" ? brotliDecompressSync(bytes) : bytes;
        resolve({ status: response.statusCode!, headers: response.headers, bytes, text: plain.toString("utf8") });
      });
    });
    request.on("error", reject);
    request.end();
  });
}

function scriptSources(policy: unknown) {
  return String(policy).split(";").find((directive) => directive.trim().startsWith("script-src"))!.trim().split(/\s+/).slice(1);
}

describe("public pages without Next's client runtime", () => {
  it("takes Next's scripts, their preloads and the flight data out of a gzipped page and keeps the rest", async () => {
    const { origin } = await start(() => ({}));
    const response = await send(`${origin}/bai-viet/luat-dat-dai`, { headers: { "accept-encoding": "gzip" } });
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(Number(response.headers["content-length"])).toBe(response.bytes.length);
    for (const kept of KEPT) expect(response.text).toContain(kept);
    for (const cut of CUT) expect(response.text).not.toContain(cut);
    expect(response.text).not.toMatch(/_next\/static\/chunks\/[^"]*\.js|__next_f|TURBOPACK/);
    // Nothing else changed: the page is Next's minus exactly those pieces.
    expect(response.text).toBe(CUT.reduce((html, cut) => html.replace(cut, ""), PAGE));
  });

  it("sends the page unchanged, with Next's ETag, when it holds an element marked data-hydrate", async () => {
    const { origin } = await start(() => ({ body: ISLAND_PAGE }));
    const response = await send(`${origin}/hoi-dap/gui-cau-hoi`, { headers: { "accept-encoding": "gzip" } });
    expect(response.text).toBe(ISLAND_PAGE);
    expect(response.headers.etag).toBe(SHAREABLE.etag);
    expect(Number(response.headers["content-length"])).toBe(response.bytes.length);
  });

  it("does not take a data-hydrate inside the flight data (escaped) for an element", () => {
    expect(FLIGHT[1]).toContain("data-hydrate");
    expect(staticPageBody(Buffer.from(PAGE), undefined)).not.toBeNull();
    expect(staticPageBody(Buffer.from(ISLAND_PAGE), undefined)).toBeNull();
  });

  it("leaves alone what is not a public page: the workspace, sign-in, routes, files, the router's requests, other answers", async () => {
    const { origin } = await start((req) =>
      req.url === "/khong-co"
        ? { status: 404 }
        : req.url === "/rss"
          ? { headers: { ...SHAREABLE, "content-type": "application/rss+xml" } }
          : // Not made by the App Router (no Vary: rsc): the search route's pages, made in a cut shell.
            req.url!.startsWith("/tim-kiem?")
            ? { headers: { ...SHAREABLE, vary: "Accept-Encoding" } }
            : {},
    );
    for (const path of ["/quan-ly/bai-viet", "/dang-nhap", "/doi-mat-khau", "/api/suc-khoe", "/tep/ab/cd/x.png", "/_next/static/chunks/a.js", "/khong-co", "/rss", "/tim-kiem?q=hoa+giai"]) {
      const response = await send(`${origin}${path}`);
      expect(response.text, path).toBe(PAGE);
      expect(response.headers.etag, path).toBe(SHAREABLE.etag);
    }
    for (const header of ["rsc", "next-router-prefetch", "next-action"]) {
      expect((await send(`${origin}/`, { headers: { [header]: "1" } })).text, header).toBe(PAGE);
    }
    expect((await send(`${origin}/?_rsc=abc`)).text).toBe(PAGE);
    expect((await send(`${origin}/`, { method: "POST" })).text).toBe(PAGE);
  });

  it("gives the cut page an ETag derived from Next's, and answers 304 to it", async () => {
    const { origin, asked } = await start(() => ({}));
    const first = await send(`${origin}/`);
    expect(first.headers.etag).toBe('"3p0snq3uu52mca-s1"');
    expect(derivedEtag('W/"abc"')).toBe('W/"abc-s1"');
    const again = await send(`${origin}/`, { headers: { "if-none-match": `"other", ${first.headers.etag}` } });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers["cache-control"]).toBe(SHAREABLE["cache-control"]);
    // Next's own ETag stands for the page with the runtime, which this server no longer sends.
    expect((await send(`${origin}/`, { headers: { "if-none-match": SHAREABLE.etag } })).status).toBe(200);
    expect(asked).toHaveLength(3);
  });

  it("keeps the headers the wrappers inside set: xkey for Varnish, or Cache-Control when a tag expired mid-render", async () => {
    const { origin } = await start(() => ({}), { tags: "_N_T_/layout,article:7" });
    const response = await send(`${origin}/bai-viet/mot`, { headers: { "accept-encoding": "gzip" } });
    expect(response.headers.xkey).toBe("_N_T_/layout article:7");
    expect(response.headers["cache-control"]).toBe(SHAREABLE["cache-control"]);
    await new Promise<void>((resolve) => server!.close(() => resolve()));

    const startedAt = Date.now();
    noteExpired(["article:static-html"], startedAt + 1);
    const { origin: later } = await start(() => ({}), { tags: "_N_T_/layout,article:static-html", startedAt });
    const stale = await send(`${later}/bai-viet/mot`);
    expect(stale.headers.xkey).toBeUndefined();
    expect(stale.headers["cache-control"]).toBe("private, no-cache");
    expect(stale.text).not.toContain("__next_f");
  });

  it("leaves out of the Content-Security-Policy the hashes of the scripts it took out", async () => {
    const { origin } = await start(() => ({}));
    const sources = scriptSources((await send(`${origin}/`)).headers["content-security-policy"]);
    expect(sources).toContain("'self'");
    expect(sources).toContain(hashSource(SUSPENSE));
    for (const text of [...FLIGHT, TURBOPACK]) expect(sources).not.toContain(hashSource(text));
    // The page with an island keeps them: its flight data still runs.
    const { origin: island } = await (async () => {
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      return start(() => ({ body: ISLAND_PAGE }));
    })();
    const islandSources = scriptSources((await send(`${island}/`)).headers["content-security-policy"]);
    for (const text of FLIGHT) expect(islandSources).toContain(hashSource(text));
  });

  it("is what the page cache keeps: a HIT is the cut page, and If-None-Match is answered from it", async () => {
    const { origin, asked } = await start(() => ({}), { cache: createPageCache() });
    const first = await send(`${origin}/chuyen-muc/tin-hoat-dong`, { headers: { "accept-encoding": "gzip" } });
    const second = await send(`${origin}/chuyen-muc/tin-hoat-dong`, { headers: { "accept-encoding": "gzip" } });
    expect(second.headers["x-page-cache"]).toBe("HIT");
    expect(second.bytes.equals(first.bytes)).toBe(true);
    expect(second.text).not.toContain("__next_f");
    expect(second.headers.xkey).toBe("_N_T_/layout articles");
    const revalidated = await send(`${origin}/chuyen-muc/tin-hoat-dong`, { headers: { "accept-encoding": "gzip", "if-none-match": String(first.headers.etag) } });
    expect(revalidated.status).toBe(304);
    expect(asked).toEqual(["GET /chuyen-muc/tin-hoat-dong"]);
  });

  it("answers HEAD without ETag or length: the body that would tell whether the page is cut is not there", async () => {
    const { origin } = await start(() => ({}));
    const response = await send(`${origin}/`, { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(response.headers.etag).toBeUndefined();
    expect(response.headers["content-type"]).toBe(SHAREABLE["content-type"]);
  });

  it("passes a page larger than its limit unchanged", async () => {
    const big = page(`<p>${"Phổ biến pháp luật. ".repeat(2000)}</p>`);
    const { origin } = await start(() => ({ body: big }), { maxBytes: 20_000 });
    const response = await send(`${origin}/`);
    expect(response.text).toBe(big);
    expect(response.headers.etag).toBe(SHAREABLE.etag);
    await new Promise<void>((resolve) => server!.close(() => resolve()));

    // Written in pieces straight to this wrapper, it goes out as it comes once past the limit.
    server = createServer(
      withStaticPublicHtml(
        (_req, res) => {
          for (const [name, value] of Object.entries(SHAREABLE)) res.setHeader(name, value);
          for (let i = 0; i < big.length; i += 8000) res.write(big.slice(i, i + 8000));
          res.end();
        },
        { maxBytes: 20_000 },
      ),
    );
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const streamed = await send(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    expect(streamed.text).toBe(big);
    expect(streamed.headers.etag).toBe(SHAREABLE.etag);
  });

  it("reads and writes brotli too", () => {
    const cut = staticPageBody(brotliCompressSync(Buffer.from(PAGE)), "br");
    expect(brotliDecompressSync(cut!.body).toString()).toBe(withoutNextRuntime(PAGE).html);
    expect(staticPageBody(Buffer.from(PAGE), "compress")).toBeNull();
  });

  it("costs a few milliseconds of CPU for a page the size of the home page", () => {
    // The home page of the demo data: about 45 KB of markup and 75 KB of flight data in 8 scripts,
    // 120 KB that gzip to about 21 KB. Words drawn at random so that gzip has as much to do.
    const words = "phổ biến giáo dục pháp luật hòa giải cơ sở người dân xã phường tỉnh sở tư pháp văn bản nghị định thông tư luật đất đai".split(" ");
    let seed = 7;
    const text = (count: number) => Array.from({ length: count }, () => words[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % words.length]).join(" ");
    const markup = Array.from({ length: 150 }, (_, i) => `<article class="card"><h2><a href="/bai-viet/bai-${i}">${text(10)}</a></h2><p>${text(20)}</p></article>`).join("");
    const flight = Array.from({ length: 8 }, (_, i) => `<script>self.__next_f.push([1,"${Array.from({ length: 40 }, (_, j) => `${i}${j}:[\\"$\\",\\"p\\",null,{\\"className\\":\\"min-w-0\\",\\"children\\":\\"${text(25)}\\"}]\\n`).join("")}"])</script>`).join("");
    const html = page(markup).replace("</body>", `${flight}</body>`);
    const gzipped = gzipSync(html);
    for (let i = 0; i < 10; i++) staticPageBody(gzipped, "gzip");
    const runs = 50;
    const before = process.cpuUsage();
    for (let i = 0; i < runs; i++) staticPageBody(gzipped, "gzip");
    const used = process.cpuUsage(before);
    const perPage = (used.user + used.system) / 1000 / runs;
    console.log(`[static-html] ${Math.round(html.length / 1024)} KB of HTML (${Math.round(gzipped.length / 1024)} KB gzipped): ${perPage.toFixed(2)} ms of CPU per page`);
    // Next's render of such a page costs about 26 ms (README); this stays a small part of it even
    // on a busy machine.
    expect(perPage).toBeLessThan(25);
  });
});
