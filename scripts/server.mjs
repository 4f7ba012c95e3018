// The portal's HTTP server: Next.js behind the public page cache (scripts/lib/page-cache.mjs).
// `npm start`, the Playwright journeys and the benchmarks run this instead of `next start`, so what
// they test and measure is what readers get. `npm run dev` runs it with `--dev` (Next's development
// server with hot reload, no page cache), so the client address reaches the code the same way there.
//
// Every request gets the client's address in the x-pbgdpl-client-address header, decided here from
// the socket (scripts/lib/client-address.mjs): Next only fills X-Forwarded-For when a request has
// none, so without this a client chooses the address that sign-in and comment limits count against.
//
// Operations (README, Production): every request has an id (x-request-id) and log lines are JSON
// (scripts/lib/request-log.mjs); a hung database answers a Vietnamese 503 within seconds
// (scripts/lib/database-guard.mjs); SIGTERM stops taking requests, finishes those in flight and
// closes the database pool.
//
// Environment: PORT (3000; it listens on every interface, as `next start` does), TRUSTED_PROXY_COUNT
// (0: the socket is the client; N: the reverse proxies in front, each appending to X-Forwarded-For),
// PAGE_CACHE_MB (64; 0 turns the page cache off and leaves only Next's own cache),
// PAGE_CACHE_TTL_SECONDS (30), STATIC_PUBLIC_HTML (1; 0 sends public pages with Next's client runtime,
// scripts/lib/static-html.mjs), LOG_FORMAT (json; text in development), ACCESS_LOG (1; 0 in
// development), DATABASE_GUARD (1; 0 turns the 503 guard off), SHUTDOWN_DELAY_MS (0: how long to keep
// serving, answering not-ready, after SIGTERM so a load balancer stops sending first),
// SHUTDOWN_TIMEOUT_MS (10000: the longest wait for requests in flight); with several instances
// (deploy/, scripts/topology.mjs): REDIS_URL, REDIS_KEY_PREFIX (Next's shared cache,
// scripts/lib/next-cache-handler.mjs) and VARNISH_PURGE_URLS (scripts/lib/varnish.mjs).
import http from "node:http";
import { trustedProxyCount, withClientAddress } from "./lib/client-address.mjs";
import { createPageCache, PAGE_CACHE_KEY } from "./lib/page-cache.mjs";
import { refuseMalformedPath } from "./lib/malformed-path.mjs";
import { withPagePolicy, withTransportSecurity } from "./lib/security-headers.mjs";
import { createRequestLog, requestContext } from "./lib/request-log.mjs";
import { purgeEveryPage, varnishPurgeUrls, withXkeyHeader } from "./lib/varnish.mjs";
import { withStaticPublicHtml } from "./lib/static-html.mjs";
import { createDatabaseGuard } from "./lib/database-guard.mjs";
import { closeSharedDatabaseProbe, sharedDatabaseProbe } from "./lib/database-probe.mjs";

const dev = process.argv.includes("--dev");
const requestLog = createRequestLog({
  json: (process.env.LOG_FORMAT ?? (dev ? "text" : "json")) === "json",
  accessLog: (process.env.ACCESS_LOG ?? (dev ? "0" : "1")) !== "0",
});
// Next's own messages and errors become log lines carrying the request's id.
if (!dev) requestLog.captureConsole();
// Set before Next (and React, which picks its build from it) is loaded: imports run before the
// module's own code, hence the dynamic import.
process.env.NODE_ENV = dev ? "development" : "production";
const { default: next } = await import("next");

const port = Number(process.env.PORT ?? 3000);
const trustedProxies = trustedProxyCount();
const pageCacheMegabytes = dev ? 0 : Number(process.env.PAGE_CACHE_MB ?? 64);
const pageCacheSeconds = Number(process.env.PAGE_CACHE_TTL_SECONDS ?? 30);
const shutdownDelayMs = Number(process.env.SHUTDOWN_DELAY_MS ?? 0);
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10_000);

const server = http.createServer();
// Given the server so that, in development, Next answers hot reload's WebSocket upgrades on it.
const app = next({ dev, dir: process.cwd(), hostname: "localhost", port, httpServer: server });
const handleWithNext = app.getRequestHandler();
await app.prepare();

const pageCache = createPageCache({ maxBytes: pageCacheMegabytes * 1024 * 1024, ttlMs: pageCacheSeconds * 1000 });
// Next's cache handler (scripts/lib/next-cache-handler.mjs), in this same process, empties it
// through this key whenever Next expires cache tags.
globalThis[PAGE_CACHE_KEY] = pageCache;

async function handleWithNextSafely(req, res) {
  try {
    await handleWithNext(req, res);
  } catch (error) {
    console.error(`Failed to handle request for ${req.url}`, error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  }
}

// The Content-Security-Policy is made inside the page cache, so a page is kept with it; none in
// development, where hot reload needs eval and scripts of its own (scripts/lib/security-headers.mjs).
const handleWithPolicy = dev ? handleWithNextSafely : withPagePolicy(handleWithNextSafely);

// Behind the page cache: a page it keeps is still served while the database is down.
const probe = dev ? null : sharedDatabaseProbe();
const guard =
  probe && process.env.DATABASE_GUARD !== "0"
    ? createDatabaseGuard({
        probe,
        deadlineMs: Number(process.env.DATABASE_GUARD_DEADLINE_MS ?? 1500),
        onChange: (down) => (down ? console.error("[server] database unreachable: answering 503 until it is back") : console.log("[server] database reachable again")),
      })
    : null;
const handleWithGuard = guard ? (req, res) => guard.handle(req, res, handleWithPolicy) : handleWithPolicy;
// Behind Varnish (VARNISH_PURGE_URLS), each page tells it the cache tags it carries (xkey).
const handleWithTags = varnishPurgeUrls().length > 0 ? withXkeyHeader(requestContext, handleWithGuard) : handleWithGuard;
// Public reading pages without Next's client runtime (scripts/lib/static-html.mjs), inside the page
// cache so that it and Varnish keep the result; not in development, where hot reload needs it.
const staticPublicHtml = !dev && process.env.STATIC_PUBLIC_HTML !== "0";
const handlePage = staticPublicHtml ? withStaticPublicHtml(handleWithTags) : handleWithTags;

let draining = false;
let inFlight = 0;
let allDone = null;

/** While shutting down: not ready (so the proxy in front stops sending), and no more keep-alive. */
function whileDraining(req, res, handler) {
  res.shouldKeepAlive = false;
  if (/^\/api\/suc-khoe\/?\?(.*&)?san-sang(=|&|$)/.test(req.url ?? "")) {
    res.writeHead(503, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(JSON.stringify({ status: "stopping" }));
    return;
  }
  return handler(req, res);
}

// With several instances, which one answered (INSTANCE_NAME, set by scripts/lib/topology.mjs).
const instanceName = process.env.INSTANCE_NAME;

function counted(handler) {
  return (req, res) => {
    inFlight++;
    if (instanceName) res.setHeader("x-instance", instanceName);
    res.once("close", () => {
      inFlight--;
      if (inFlight === 0) allDone?.();
    });
    return draining ? whileDraining(req, res, handler) : handler(req, res);
  };
}

server.on(
  "request",
  requestLog.withRequestLog(
    trustedProxies,
    counted(withClientAddress(trustedProxies, withTransportSecurity(trustedProxies, refuseMalformedPath((req, res) => pageCache.handle(req, res, handlePage))))),
  ),
);
server.listen(port, () => {
  const cache = pageCacheMegabytes > 0 ? `page cache ${pageCacheMegabytes} MB, ${pageCacheSeconds} s` : "page cache off";
  const proxies = trustedProxies === 0 ? "client address from the socket" : `client address behind ${trustedProxies} trusted prox${trustedProxies === 1 ? "y" : "ies"}`;
  const html = staticPublicHtml ? "public pages without Next's runtime" : "public pages with Next's runtime";
  console.log(`[server] ${dev ? "development " : ""}ready on http://localhost:${port} (${cache}; ${html}; ${proxies})`);
  // Behind Varnish: pages it keeps may be of the build before this one (a deploy).
  if (!dev) void purgeEveryPage();
});

/** Resolves when no request is in flight, or after `ms`. */
function requestsFinished(ms) {
  if (inFlight === 0) return Promise.resolve();
  return new Promise((resolve) => {
    allDone = resolve;
    setTimeout(resolve, ms).unref();
  });
}

// SIGTERM (a deploy, the rolling restart): answer not-ready for SHUTDOWN_DELAY_MS while still
// serving, so the proxy in front takes this instance out first; then stop taking connections, let
// the requests in flight finish, let Next close its resources, close the database pool, and leave.
async function stop(signal) {
  draining = true;
  console.log(`[server] ${signal}: stopping (${inFlight} request(s) in flight)`);
  setTimeout(() => process.exit(1), shutdownDelayMs + shutdownTimeoutMs + 5000).unref();
  if (shutdownDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, shutdownDelayMs));
  server.close();
  server.closeIdleConnections();
  await requestsFinished(shutdownTimeoutMs);
  server.closeAllConnections();
  // Each bounded: a hung database must not keep a stopping process alive.
  const atMost = (promise) => Promise.race([promise.catch(() => {}), new Promise((resolve) => setTimeout(resolve, 3000).unref())]);
  await atMost(app.close());
  await atMost(globalThis.prisma?.$disconnect() ?? Promise.resolve());
  await atMost(closeSharedDatabaseProbe());
  console.log("[server] stopped");
  requestLog.flush();
  process.exit(signal === "SIGINT" ? 130 : 143);
}
process.once("SIGINT", () => void stop("SIGINT"));
process.once("SIGTERM", () => void stop("SIGTERM"));
