// Public reading pages as server HTML, without Next's client runtime (scripts/server.mjs).
//
// Why: every App Router page loads about 145 KB of Next's client JavaScript (React DOM and the router)
// and hydrates the whole page in one long task, which alone kept a cheap phone over Lighthouse's
// 200 ms of blocking time (README, Phones). The public pages need none of it: their links are plain
// <a>, and their few interactive parts (drawer, reader tools, copy-link button, view beacon, comment
// form) are server markup with small plain scripts from public/js. So for those pages this wrapper
// takes out what only the runtime needs — the <script src="/_next/static/…"> tags, their preloads
// and the inline flight data (`self.__next_f.push(…)`, the React tree again as data for hydration)
// with Turbopack's chunk list — and keeps the rest: stylesheets, font preloads, React's Suspense scripts ($RC…), JSON-LD.
//
// A page that still holds a React component that must hydrate (the question form, the contest
// quiz and registration) marks its root element `data-hydrate`; such a page is sent as Next made it.
// components/site/islands.test.ts fails for a client component of the public site without it.
//
// Where: inside the page cache, around the rest of the server, so the in-process cache and Varnish
// keep the result and the work is done once per render. Only a 200 `text/html` answer to a GET or
// HEAD of a public address, not an RSC or server-action request. The answer is held until Next ends
// it (held-response.mjs; the Content-Security-Policy wrapper behind this one holds it anyway),
// un-compressed, cut, compressed again as it came, and sent with its Content-Length.
//
// ETag: Next's ETag stands for Next's body; the cut body gets Next's with "-s1" added inside the
// quotes. Deterministic: the same page from Next cut the same way gives the same ETag on every
// instance, so Varnish and browsers can revalidate; the "1" changes whenever what is cut changes. A
// request whose If-None-Match names it gets a 304 (Next, which only knows its own ETag, renders it;
// the page cache and Varnish answer it without asking). A HEAD answer carries no ETag and no
// Content-Length: without the body there is no knowing whether the page would have been cut.
//
// Cost (static-html.test.ts measures it): the home page of the demo data, 120 KB of HTML gzipped
// to 21 KB, takes about 2.5–3 ms of CPU (gunzip, one pass of regular expressions, gzip of the 47 KB
// left), once per render Next serves; a HIT of the page cache or Varnish costs nothing more.
import { contentCoders, headerText, holdResponse, isHtml } from "./held-response.mjs";
import { hashSource } from "./inline-scripts.mjs";

/** Bodies larger than this (compressed as they came) are passed on untouched. */
export const STATIC_HTML_MAX_BYTES = 2 * 1024 * 1024;

/** The ETag suffix of a cut page; bump the number when what is cut changes. */
const ETAG_SUFFIX = "-s1";

/** Not reading pages: the workspace, sign-in and account pages (client forms), routes, files, Next's assets. */
const NOT_PUBLIC_PREFIXES = ["/quan-ly", "/dang-nhap", "/doi-mat-khau", "/quen-mat-khau", "/dat-lai-mat-khau", "/api", "/tep", "/_next"];
/** Requests of Next's client runtime itself (RSC payloads, server actions): never a page to cut. */
const RUNTIME_REQUEST_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];

/**
 * Inline scripts that only hand data to Next's runtime (inline-scripts.mjs knows the same shapes): the
 * flight data, and Turbopack's list of the chunks to start with.
 */
const RUNTIME_CALLEES = ["(self.__next_f=self.__next_f||[]).push(", "self.__next_f.push(", '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push('];

function pathOf(url) {
  const end = url.search(/[?#]/);
  return end < 0 ? url : url.slice(0, end);
}

/** A GET or HEAD of a public page, by address and headers (the answer decides the rest). */
export function publicPageRequest(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const path = pathOf(req.url ?? "");
  if (!path.startsWith("/")) return false;
  if (NOT_PUBLIC_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) return false;
  if (/[?&]_rsc=/.test(req.url ?? "")) return false;
  return !RUNTIME_REQUEST_HEADERS.some((name) => req.headers[name] !== undefined);
}

/**
 * Was the answer made by the App Router, the only maker of pages that carry Next's runtime? Its pages
 * vary on the `rsc` request header (the runtime's own requests); a page made otherwise (the search
 * route, pages/api/tim-kiem.tsx, fills a shell this already cut) has nothing to cut, and is passed on
 * without being held, un-compressed and compressed again.
 */
export function appRouterAnswer(res) {
  return headerText(res.getHeader("vary")).toLowerCase().split(",").some((name) => name.trim() === "rsc");
}

/** Does the page hold an element marked `data-hydrate`? (Flight data and text escape "<", so only a tag matches.) */
export function needsRuntime(html) {
  return /<[a-zA-Z][^<>]*?\sdata-hydrate(?=[\s=/>])/.test(html);
}

function attribute(attributes, name) {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, "i").exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]).trim() : null;
}

/** /_next/static/…, on this origin or another (an asset prefix). */
function isNextAsset(url) {
  return url !== null && /^(?:[a-z][a-z0-9+.-]*:)?(?:\/\/[^/]+)?[^"'\s]*?\/_next\/static\//i.test(url);
}

/**
 * The page without Next's client runtime, and the CSP hash sources of the inline scripts taken out.
 *
 * @param {string} html
 * @returns {{ html: string, removedHashes: string[] }}
 */
export function withoutNextRuntime(html) {
  const removedHashes = [];
  const cut = html
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi, (whole, attributes, text) => {
      const src = attribute(attributes, "src");
      if (src !== null) return isNextAsset(src) ? "" : whole;
      const code = text.trim();
      if (RUNTIME_CALLEES.some((callee) => code.startsWith(callee))) {
        removedHashes.push(hashSource(text.replace(/\r\n?/g, "\n")));
        return "";
      }
      return whole;
    })
    .replace(/<link\b([^>]*)>/gi, (whole, attributes) => {
      const rel = (attribute(attributes, "rel") ?? "").toLowerCase().split(/\s+/);
      const as = (attribute(attributes, "as") ?? "").toLowerCase();
      const script = rel.includes("modulepreload") || (rel.includes("preload") && as === "script");
      return script && isNextAsset(attribute(attributes, "href")) ? "" : whole;
    });
  return { html: cut, removedHashes };
}

/** The policy without the hashes of scripts no longer in the page. */
function trimmedPolicy(policy, removedHashes) {
  if (!policy || removedHashes.length === 0) return policy;
  const removed = new Set(removedHashes);
  return headerText(policy)
    .split(";")
    .map((directive) => {
      const parts = directive.trim().split(/\s+/);
      return parts[0] === "script-src" ? parts.filter((part) => !removed.has(part)).join(" ") : directive.trim();
    })
    .join("; ");
}

/** `"abc"` → `"abc-s1"`, `W/"abc"` → `W/"abc-s1"`; null when there is none (or it is not quoted). */
export function derivedEtag(etag) {
  const text = headerText(etag).trim();
  const match = /^(W\/)?"([^"]*)"$/.exec(text);
  return match ? `${match[1] ?? ""}"${match[2]}${ETAG_SUFFIX}"` : null;
}

/** If-None-Match against an ETag, by weak comparison (RFC 9110, 13.1.2). */
function matchesEtag(ifNoneMatch, etag) {
  if (ifNoneMatch === undefined) return false;
  const opaque = (tag) => tag.trim().replace(/^W\//, "");
  const wanted = opaque(etag);
  return headerText(ifNoneMatch)
    .split(",")
    .some((tag) => tag.trim() === "*" || opaque(tag) === wanted);
}

/**
 * Cuts Next's runtime out of a body as Next sent it. Returns null when the page keeps it (a
 * `data-hydrate` element, an encoding it cannot read, nothing to cut).
 *
 * @param {Buffer} body
 * @param {string | string[] | number | undefined} contentEncoding
 * @returns {{ body: Buffer, removedHashes: string[] } | null}
 */
export function staticPageBody(body, contentEncoding) {
  const coders = contentCoders(contentEncoding);
  if (!coders) return null;
  const html = coders.decode(body).toString("utf8");
  if (needsRuntime(html)) return null;
  const cut = withoutNextRuntime(html);
  if (cut.html.length === html.length) return null;
  return { body: coders.encode(Buffer.from(cut.html, "utf8")), removedHashes: cut.removedHashes };
}

/** Headers that describe a body, left out of a 304. */
const BODY_HEADERS = ["content-length", "content-encoding", "content-type", "transfer-encoding", "content-security-policy"];

/**
 * Wraps a request handler (the rest of the server, Next behind it) so that public pages go out as
 * server HTML without Next's client runtime. Everything else passes untouched.
 *
 * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown} handler
 * @param {{ maxBytes?: number, onError?: (error: unknown, url: string | undefined) => void }} [options]
 */
export function withStaticPublicHtml(handler, { maxBytes = STATIC_HTML_MAX_BYTES, onError = (error, url) => console.error(`[static-html] page sent as Next made it (${url}):`, error) } = {}) {
  return (req, res) => {
    if (!publicPageRequest(req)) return handler(req, res);

    holdResponse(res, {
      hold: () => res.statusCode === 200 && isHtml(res) && appRouterAnswer(res),
      maxBytes,
      send: (body, end) => {
        if (req.method === "HEAD") {
          res.removeHeader("etag");
          res.removeHeader("content-length");
          return end();
        }
        let page = null;
        try {
          // One over the limit can also come in one piece, as it does from the policy's wrapper.
          if (body.length > 0 && body.length <= maxBytes) page = staticPageBody(body, res.getHeader("content-encoding"));
        } catch (error) {
          onError(error, req.url);
        }
        if (page) {
          body = page.body;
          const policy = res.getHeader("content-security-policy");
          if (policy !== undefined) res.setHeader("content-security-policy", trimmedPolicy(policy, page.removedHashes));
          const etag = derivedEtag(res.getHeader("etag"));
          if (etag) res.setHeader("etag", etag);
          else res.removeHeader("etag");
          if (etag && matchesEtag(req.headers["if-none-match"], etag)) {
            for (const name of BODY_HEADERS) res.removeHeader(name);
            res.writeHead(304);
            return end();
          }
        }
        res.removeHeader("transfer-encoding");
        res.setHeader("content-length", String(body.length));
        return end(body);
      },
    });

    return handler(req, res);
  };
}
