import { createServer, get as httpGet, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { hashSource, inlineScripts } from "./inline-scripts.mjs";
import { createPageCache } from "./page-cache.mjs";
import { contentSecurityPolicy, requestIsHttps, withPagePolicy, withTransportSecurity, type RequestHandler } from "./security-headers.mjs";

// The policy over a real HTTP server, behind the page cache as in scripts/server.mjs. Behind it,
// instead of Next, handlers that answer the way Next does: headers set first, flushHeaders, the page
// in chunks, through Next's own compression middleware when the client accepts gzip.

const require = createRequire(import.meta.url);
const compression = require("next/dist/compiled/compression") as () => (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const SHAREABLE = { "content-type": "text/html; charset=utf-8", "cache-control": "s-maxage=3600, stale-while-revalidate=31532400", vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding" };

const PAGE_START = '<!DOCTYPE html><html lang="vi"><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><h1>Luật Đất đai năm 2024</h1>';
const PAGE_SCRIPTS = ["(self.__next_f=self.__next_f||[]).push([0])", 'self.__next_f.push([1,"0:{\\"P\\":null,\\"b\\":\\"Phổ biến pháp luật\\"}\\n"])'];
const INJECTED = "alert(document.cookie)";
const PAGE = `${PAGE_START}<div><script>${INJECTED}</script></div>${PAGE_SCRIPTS.map((s) => `<script>${s}</script>`).join("")}</body></html>`;

let server: Server | null = null;

async function listen(handler: RequestHandler) {
  server = createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

/** Like Next: headers, flushHeaders at the first chunk, the page in pieces, compressed when asked. */
function nextLike(asked: string[], page = PAGE, headers: Record<string, string> = SHAREABLE): RequestHandler {
  const compress = compression();
  return (req, res) => {
    asked.push(`${req.method} ${req.url}`);
    compress(req, res, () => {
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      res.flushHeaders();
      const half = Math.floor(page.length / 2);
      res.write(page.slice(0, half));
      setTimeout(() => res.end(page.slice(half)), 5);
    });
  };
}

function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: IncomingMessage["headers"]; body: Buffer }>((resolve, reject) => {
    httpGet(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

function scriptSources(policy: string | string[] | undefined): string[] {
  const scriptSrc = String(policy).split("; ").find((directive) => directive.startsWith("script-src "));
  return scriptSrc!.split(" ").slice(1);
}

describe("contentSecurityPolicy", () => {
  it("allows scripts from this server and the listed hashes only, and nothing in objects, bases, frames around or forms elsewhere", () => {
    const policy = contentSecurityPolicy(["'sha256-abc='"]);
    const directives = Object.fromEntries(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));
    expect(directives).toEqual({
      "default-src": "'self'",
      "script-src": "'self' 'sha256-abc='",
      "style-src": "'self' 'unsafe-inline'",
      "img-src": "'self' data: blob:",
      "font-src": "'self'",
      "connect-src": "'self'",
      "object-src": "'none'",
      "base-uri": "'none'",
      "frame-ancestors": "'self'",
      "form-action": "'self'",
    });
  });
});

describe("the page policy behind the page cache", () => {
  it("sends the hashes of Next's inline scripts, not of an injected one, on a MISS and on a HIT, with the page unchanged", async () => {
    const asked: string[] = [];
    const unknown = vi.fn();
    const cache = createPageCache();
    const origin = await listen((req, res) => cache.handle(req, res, withPagePolicy(nextLike(asked), { onUnknownScript: unknown })));

    const miss = await get(`${origin}/bai-viet/mot`);
    const hit = await get(`${origin}/bai-viet/mot`);
    expect([miss.headers["x-page-cache"], hit.headers["x-page-cache"]]).toEqual(["MISS", "HIT"]);
    expect(asked).toEqual(["GET /bai-viet/mot"]);
    for (const answer of [miss, hit]) {
      expect(answer.body.toString()).toBe(PAGE);
      expect(scriptSources(answer.headers["content-security-policy"])).toEqual(["'self'", ...PAGE_SCRIPTS.map(hashSource)]);
    }
    expect(hit.headers["content-security-policy"]).toBe(miss.headers["content-security-policy"]);
    expect(unknown).toHaveBeenCalledWith(INJECTED);
    // Every script the page runs inline is one the policy lists, apart from the injected one.
    const listed = new Set(scriptSources(miss.headers["content-security-policy"]));
    expect(inlineScripts(PAGE).filter((s) => !listed.has(hashSource(s)))).toEqual([INJECTED]);
  });

  it("reads a page Next compressed, and keeps the compressed bytes as they were", async () => {
    const asked: string[] = [];
    const cache = createPageCache();
    const origin = await listen((req, res) => cache.handle(req, res, withPagePolicy(nextLike(asked, PAGE.repeat(20)), { onUnknownScript: () => {} })));
    const miss = await get(`${origin}/`, { "accept-encoding": "gzip" });
    const hit = await get(`${origin}/`, { "accept-encoding": "gzip" });
    expect(miss.headers["content-encoding"]).toBe("gzip");
    expect(hit.headers["x-page-cache"]).toBe("HIT");
    expect(hit.body.equals(miss.body)).toBe(true);
    const { gunzipSync } = await import("node:zlib");
    expect(gunzipSync(hit.body).toString()).toBe(PAGE.repeat(20));
    expect(scriptSources(hit.headers["content-security-policy"])).toEqual(["'self'", ...PAGE_SCRIPTS.map(hashSource)]);
  });

  it("holds a page written with writeHead and sends its status and headers with the policy", async () => {
    const origin = await listen(withPagePolicy((_req, res) => {
      res.writeHead(404, "Not Found", { "content-type": "text/html; charset=utf-8", "x-rieng": "1" });
      res.end(PAGE);
    }, { onUnknownScript: () => {} }));
    const answer = await get(`${origin}/khong-co`);
    expect(answer.status).toBe(404);
    expect(answer.headers["x-rieng"]).toBe("1");
    expect(answer.headers["content-length"]).toBe(String(Buffer.byteLength(PAGE)));
    expect(answer.headers["content-security-policy"]).toContain(hashSource(PAGE_SCRIPTS[0]));
  });

  it("lets anything that is not a page through untouched and as it streams: files, data, a page with its own policy, a body-less answer", async () => {
    let release = () => {};
    const origin = await listen(withPagePolicy((req, res) => {
      if (req.url === "/tep/a.pdf") {
        res.setHeader("content-type", "application/pdf");
        res.flushHeaders();
        res.write("%PDF-");
        new Promise<void>((resolve) => (release = resolve)).then(() => res.end("1.7"));
      } else if (req.url === "/rieng") {
        res.setHeader("content-type", "text/html");
        res.setHeader("content-security-policy", "sandbox");
        res.end(PAGE);
      } else {
        res.statusCode = 304;
        res.end();
      }
    }));
    // The file's headers and first bytes arrive while the handler still holds the rest.
    const file = await new Promise<IncomingMessage>((resolve) => httpGet(`${origin}/tep/a.pdf`, resolve));
    expect(file.headers["content-security-policy"]).toBeUndefined();
    const first = await new Promise<string>((resolve) => file.once("data", (chunk: Buffer) => resolve(chunk.toString())));
    expect(first).toBe("%PDF-");
    release();
    await new Promise((resolve) => file.on("end", resolve).resume());
    expect((await get(`${origin}/rieng`)).headers["content-security-policy"]).toBe("sandbox");
    const notModified = await get(`${origin}/`, { "if-none-match": '"x"' });
    expect(notModified.status).toBe(304);
    expect(notModified.headers["content-security-policy"]).toBeUndefined();
  });
});

describe("Strict-Transport-Security", () => {
  const request = (headers: Record<string, string>, encrypted = false) => ({ headers, socket: { encrypted } }) as unknown as IncomingMessage;

  it.each<[string, IncomingMessage, number, boolean]>([
    ["plain http, no proxy", request({}), 0, false],
    ["a client claiming https with no proxy in front", request({ "x-forwarded-proto": "https" }), 0, false],
    ["an https socket", request({}, true), 0, true],
    ["https at the one trusted proxy", request({ "x-forwarded-proto": "https" }), 1, true],
    ["http at the one trusted proxy", request({ "x-forwarded-proto": "http" }), 1, false],
    ["two proxies appending, the outer one on https", request({ "x-forwarded-proto": "http, https, http" }), 2, true],
    ["two proxies appending, the client lying on the left", request({ "x-forwarded-proto": "https, http, http" }), 2, false],
    ["one value from proxies that overwrite", request({ "x-forwarded-proto": "HTTPS" }), 2, true],
  ])("%s", (_name, req, proxies, https) => {
    expect(requestIsHttps(req, proxies)).toBe(https);
  });

  it("is sent over https behind a trusted proxy, and not kept by the page cache for plain http requests", async () => {
    const cache = createPageCache();
    const origin = await listen(withTransportSecurity(1, (req, res) => cache.handle(req, res, withPagePolicy(nextLike([]), { onUnknownScript: () => {} }))));
    const secure = await get(`${origin}/`, { "x-forwarded-proto": "https" });
    expect(secure.headers["strict-transport-security"]).toBe("max-age=31536000");
    const plain = await get(`${origin}/`, { "x-forwarded-proto": "http" });
    expect(plain.headers["x-page-cache"]).toBe("HIT");
    expect(plain.headers["strict-transport-security"]).toBeUndefined();
    expect((await get(`${origin}/`, { "x-forwarded-proto": "https" })).headers["strict-transport-security"]).toBe("max-age=31536000");
  });
});
