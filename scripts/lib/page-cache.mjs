// The public page cache in front of Next (scripts/server.mjs): finished responses for readers kept
// in memory, so a cached page costs a map lookup instead of Next's whole request pipeline.
//
// Why: Next serves a page from its own cache at about a fifth of what the same process serves as
// a static file (README, Benchmarks), because every request still runs its router, the proxy and
// the page module. This is what a caching reverse proxy (nginx, Varnish) would do, kept inside the
// process so the portal needs nothing else installed and so a change can empty it at once.
//
// What it keeps: only what Next itself marks as shareable — a 200 with `s-maxage`, no cookie set, not
// served stale — to a request that carries none of the headers Next varies on except
// Accept-Encoding (which is part of the key). Workspace pages, sign-in, files, 404s and 410s are
// answered by Next every time, because Next marks them private or they are not 200s.
//
// Many readers asking at once for a page it does not hold yet (a search shared in a group chat, the
// first seconds after a change emptied it) wait for the first of them to be answered instead of each
// having Next make the page (request collapsing, as Varnish does). Only requests without cookies wait:
// a request with cookies may be answered for its sender alone (the workspace), and never waits.
//
// When it forgets: everything, at the moment Next expires cache tags of public pages (Next's cache
// handler, next-cache-handler.mjs, calls purge() through globalThis[PAGE_CACHE_KEY]); a response
// that was being made while that happened is not kept. Otherwise after TTL, so that Next's own
// time-based refresh shows through.

export const PAGE_CACHE_KEY = Symbol.for("pbgdpl.publicPageCache");

const MEGABYTE = 1024 * 1024;

/** Request headers Next answers differently for (its `Vary`), apart from Accept-Encoding. */
const NEXT_VARIES_ON = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];
const VARY_ALLOWED = new Set([...NEXT_VARIES_ON, "accept-encoding"]);
/** Never worth capturing: Next's own assets and stored files are served from disk with their own cache headers. */
const PASS_THROUGH_PREFIXES = ["/_next/", "/tep/"];
/**
 * Belong to one response and one connection, not to the page (x-nextjs-cache: what Next did then,
 * not on a HIT here; strict-transport-security: whether that one request came over https;
 * x-request-id: the id of the request that filled the cache, not of the one answered from it).
 */
const NOT_STORED_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "x-page-cache", "age", "x-nextjs-cache", "strict-transport-security", "x-request-id"]);

function cacheableRequest(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (PASS_THROUGH_PREFIXES.some((prefix) => req.url.startsWith(prefix))) return false;
  return !NEXT_VARIES_ON.some((name) => req.headers[name] !== undefined);
}

/** May this request wait for another's answer to the same address? (See above.) */
function mayWait(req) {
  return req.method === "GET" && req.headers.cookie === undefined;
}

function keyOf(req) {
  return `${req.url}\n${(req.headers["accept-encoding"] ?? "").replace(/\s+/g, "")}`;
}

function headerText(value) {
  return Array.isArray(value) ? value.join(", ") : String(value ?? "");
}

/** Would a shared cache be allowed to keep this answer? Next says so with s-maxage. */
export function shareableResponse(statusCode, headers) {
  if (statusCode !== 200) return false;
  if (headers["set-cookie"] !== undefined) return false;
  const cacheControl = headerText(headers["cache-control"]).toLowerCase();
  if (!/\bs-maxage=\d+/.test(cacheControl) || /\b(private|no-store|no-cache)\b/.test(cacheControl)) return false;
  if (headerText(headers["x-nextjs-cache"]).toUpperCase() === "STALE") return false;
  const vary = headerText(headers.vary).toLowerCase().split(",").map((name) => name.trim()).filter(Boolean);
  return vary.every((name) => VARY_ALLOWED.has(name));
}

function storedHeaders(headers) {
  const kept = {};
  for (const [name, value] of Object.entries(headers)) if (!NOT_STORED_HEADERS.has(name)) kept[name] = value;
  return kept;
}

function asBuffer(chunk, encoding) {
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
  if (chunk instanceof Uint8Array) return Buffer.from(chunk); // a copy: the writer may reuse its buffer
  return null;
}

/**
 * Lets Next write the response as usual and keeps a copy of what it wrote. `done(body)` runs when the
 * response has been sent completely (never for an aborted one), with null when it grew past `limit`.
 */
function recordBody(res, limit, done) {
  const chunks = [];
  let size = 0;
  const keep = (chunk, encoding) => {
    if (size > limit || chunk == null || typeof chunk === "function") return;
    const buffer = asBuffer(chunk, encoding);
    if (!buffer) return;
    size += buffer.length;
    if (size <= limit) chunks.push(buffer);
  };
  const write = res.write;
  const end = res.end;
  res.write = function (chunk, encoding, callback) {
    keep(chunk, encoding);
    return write.call(this, chunk, encoding, callback);
  };
  res.end = function (chunk, encoding, callback) {
    keep(chunk, encoding);
    return end.call(this, chunk, encoding, callback);
  };
  res.once("finish", () => done(size > limit ? null : Buffer.concat(chunks, size)));
}

/** Resolves once `res` has been sent or given up (a client that went away). */
function answered(res) {
  return new Promise((resolve) => {
    res.once("finish", resolve);
    res.once("close", resolve);
  });
}

/**
 * @param {{ maxBytes?: number, maxEntryBytes?: number, ttlMs?: number, now?: () => number }} [options]
 */
export function createPageCache({ maxBytes = 64 * MEGABYTE, maxEntryBytes = 2 * MEGABYTE, ttlMs = 30_000, now = Date.now } = {}) {
  /** key → { headers, body, etag, storedAt, bytes }; Map order is the order of last use (LRU). */
  const entries = new Map();
  let bytes = 0;
  // Bumped by purge(): a response whose request began under an older generation may show what was
  // just changed, so it is not kept.
  let generation = 0;
  /** key → a promise settled when the request now being answered for it is done. */
  const filling = new Map();

  function forget(key, entry) {
    entries.delete(key);
    bytes -= entry.bytes;
  }

  function store(key, headers, body) {
    const old = entries.get(key);
    if (old) forget(key, old);
    const entry = { headers: storedHeaders(headers), body, etag: headerText(headers.etag), storedAt: now(), bytes: body.length + key.length + 512 };
    if (entry.bytes > maxBytes) return;
    entries.set(key, entry);
    bytes += entry.bytes;
    for (const [oldestKey, oldest] of entries) {
      if (bytes <= maxBytes) break;
      forget(oldestKey, oldest);
    }
  }

  function fresh(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    if (now() - entry.storedAt >= ttlMs) {
      forget(key, entry);
      return null;
    }
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  }

  function serve(req, res, entry) {
    const age = String(Math.floor((now() - entry.storedAt) / 1000));
    if (entry.etag && req.headers["if-none-match"] === entry.etag) {
      const headers = { etag: entry.etag, age, "x-page-cache": "HIT" };
      for (const name of ["cache-control", "vary"]) if (entry.headers[name] !== undefined) headers[name] = entry.headers[name];
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, { ...entry.headers, "content-length": String(entry.body.length), age, "x-page-cache": "HIT" });
    res.end(req.method === "HEAD" ? undefined : entry.body);
  }

  /**
   * Answers `req` from the cache, or passes it to `next` (Next's request handler) and keeps the
   * answer when it may.
   */
  function handle(req, res, next) {
    if (maxBytes <= 0 || !cacheableRequest(req)) return next(req, res);
    const key = keyOf(req);
    const entry = fresh(key);
    if (entry) return serve(req, res, entry);
    if (mayWait(req)) {
      const pending = filling.get(key);
      // Served from what the first one stored; if it stored nothing (not shareable), made as usual.
      if (pending) {
        return pending.then(() => {
          const filled = fresh(key);
          return filled ? serve(req, res, filled) : next(req, res);
        });
      }
      filling.set(key, answered(res).then(() => filling.delete(key)));
    }
    // Setting a header first also makes Node merge the headers Next passes to writeHead into the
    // ones getHeaders() reports, so they can be kept.
    res.setHeader("x-page-cache", "MISS");
    if (req.method === "GET") {
      const startedIn = generation;
      recordBody(res, maxEntryBytes, (body) => {
        if (body && generation === startedIn && shareableResponse(res.statusCode, res.getHeaders())) store(key, res.getHeaders(), body);
      });
    }
    return next(req, res);
  }

  function purge() {
    generation++;
    entries.clear();
    bytes = 0;
  }

  return { handle, purge, stats: () => ({ entries: entries.size, bytes, generation }) };
}
