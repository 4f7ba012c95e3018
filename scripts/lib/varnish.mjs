// Purging Varnish by cache tag (xkey), from Next's cache handler (next-cache-handler.mjs) at the moment
// Next expires the tags. deploy/varnish/default.vcl answers `PURGE` with an `xkey-purge` header by
// removing every object whose `xkey` header names one of the tags, and only for the addresses in its
// `purgers` ACL.
//
// Environment: VARNISH_PURGE_URLS (comma-separated, e.g. http://127.0.0.1:6081/; empty: no Varnish).
//
// A page another instance was still rendering from the old data when the purge came is kept out by
// Varnish itself: it does not store an answer whose fetch began before the last purge (the VCL).
import { expiredSince } from "./expired-tags.mjs";

/** Purge requests carry the tags in one header; Varnish reads headers of up to 8 kB by default. */
const MAX_HEADER_BYTES = 6000;
const TIMEOUT_MS = 2000;

export function varnishPurgeUrls(value = process.env.VARNISH_PURGE_URLS) {
  return (value ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);
}

/** The tags as xkey-purge header values, each under the header size limit. */
export function purgeHeaderValues(tags) {
  const values = [];
  let current = "";
  for (const tag of new Set(tags)) {
    if (!/^[\x21-\x7e]+$/.test(tag)) continue; // xkey separates on whitespace; headers are ASCII
    if (current && current.length + 1 + tag.length > MAX_HEADER_BYTES) {
      values.push(current);
      current = "";
    }
    current = current ? `${current} ${tag}` : tag;
  }
  if (current) values.push(current);
  return values;
}

async function purgeOnce(urls, tags, report = (reason) => console.error("[cache] Varnish purge failed:", reason?.message ?? reason)) {
  const results = await Promise.allSettled(
    urls.flatMap((url) =>
      purgeHeaderValues(tags).map(async (value) => {
        const response = await fetch(url, { method: "PURGE", headers: { "xkey-purge": value }, signal: AbortSignal.timeout(TIMEOUT_MS) });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      }),
    ),
  );
  for (const result of results) if (result.status === "rejected") report(result.reason);
}

/** Purges the tags from every Varnish. */
export async function purgeVarnishTags(tags, { urls = varnishPurgeUrls() } = {}) {
  if (urls.length === 0 || tags.length === 0) return;
  await purgeOnce(urls, tags);
}

/** A tag Next gives every page and route answer (the root layout's): purging it empties Varnish. */
export const EVERY_PAGE_TAG = "_N_T_/layout";

/**
 * When an instance starts, possibly with a new build: Varnish lets go of every page, whose
 * stylesheets and scripts may be those of the build before (gone from the new one). In a rolling
 * restart each instance does it as it comes up, so after the last one no page of the old build is
 * left. A Varnish not yet running (the local topology starts it after the instances) has nothing to
 * purge.
 */
export async function purgeEveryPage({ urls = varnishPurgeUrls() } = {}) {
  if (urls.length === 0) return;
  await purgeOnce(urls, [EVERY_PAGE_TAG], (reason) => console.log(`[cache] no Varnish to empty at start (${reason?.cause?.code ?? reason?.message ?? reason})`));
}

/** The `xkey` value for a response: Next's comma-separated tags, separated by spaces. */
export function xkeyValue(nextCacheTags) {
  return purgeHeaderValues(String(nextCacheTags ?? "").split(","))[0] ?? "";
}

/**
 * Sends the page's cache tags to Varnish as `xkey` (the VCL keeps it with the object and never passes
 * it on to readers). The tags are those Next's cache handler noted on the request's context while
 * serving or storing the page. A page whose render began before one of its tags expired may show what
 * the change replaced: the reader gets it, Varnish is told not to keep it.
 *
 * @param {{ getStore(): { cacheTags: string | null, startedAt: number } | undefined }} context
 */
export function withXkeyHeader(context, handler) {
  return (req, res) => {
    const request = context.getStore();
    const writeHead = res.writeHead;
    res.writeHead = function (...args) {
      if (request?.cacheTags && !this.headersSent) {
        if (expiredSince(request.cacheTags, request.startedAt)) {
          const headers = args.find((arg) => arg && typeof arg === "object" && !Array.isArray(arg));
          if (headers) for (const name of Object.keys(headers)) if (name.toLowerCase() === "cache-control") delete headers[name];
          this.setHeader("cache-control", "private, no-cache");
        } else {
          const value = xkeyValue(request.cacheTags);
          if (value) this.setHeader("xkey", value);
        }
      }
      return writeHead.apply(this, args);
    };
    return handler(req, res);
  };
}
