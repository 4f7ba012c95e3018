// The portal's HTTP server: Next.js behind the public page cache (scripts/lib/page-cache.mjs).
// `npm start`, the Playwright journeys and the benchmarks run this instead of `next start`, so what
// they test and measure is what readers get. `npm run dev` runs it with `--dev` (Next's development
// server with hot reload, no page cache), so the client address reaches the code the same way there.
//
// Every request gets the client's address in the x-pbgdpl-client-address header, decided here from
// the socket (scripts/lib/client-address.mjs): Next only fills X-Forwarded-For when a request has
// none, so without this a client chooses the address that sign-in and comment limits count against.
//
// Environment: PORT (3000; it listens on every interface, as `next start` does), TRUSTED_PROXY_COUNT
// (0: the socket is the client; N: the reverse proxies in front, each appending to X-Forwarded-For),
// PAGE_CACHE_MB (64; 0 turns the page cache off and leaves only Next's own cache),
// PAGE_CACHE_TTL_SECONDS (30).
import http from "node:http";
import { trustedProxyCount, withClientAddress } from "./lib/client-address.mjs";
import { createPageCache, PAGE_CACHE_KEY } from "./lib/page-cache.mjs";
import { refuseMalformedPath } from "./lib/malformed-path.mjs";
import { withPagePolicy, withTransportSecurity } from "./lib/security-headers.mjs";

const dev = process.argv.includes("--dev");
// Set before Next (and React, which picks its build from it) is loaded: imports run before the
// module's own code, hence the dynamic import.
process.env.NODE_ENV = dev ? "development" : "production";
const { default: next } = await import("next");

const port = Number(process.env.PORT ?? 3000);
const trustedProxies = trustedProxyCount();
const pageCacheMegabytes = dev ? 0 : Number(process.env.PAGE_CACHE_MB ?? 64);
const pageCacheSeconds = Number(process.env.PAGE_CACHE_TTL_SECONDS ?? 30);

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
server.on(
  "request",
  withClientAddress(trustedProxies, withTransportSecurity(trustedProxies, refuseMalformedPath((req, res) => pageCache.handle(req, res, handleWithPolicy)))),
);
server.listen(port, () => {
  const cache = pageCacheMegabytes > 0 ? `page cache ${pageCacheMegabytes} MB, ${pageCacheSeconds} s` : "page cache off";
  const proxies = trustedProxies === 0 ? "client address from the socket" : `client address behind ${trustedProxies} trusted prox${trustedProxies === 1 ? "y" : "ies"}`;
  console.log(`[server] ${dev ? "development " : ""}ready on http://localhost:${port} (${cache}; ${proxies})`);
});

// Stop taking connections, let Next finish (it closes its own resources), then leave.
function stop(signal) {
  server.close();
  server.closeIdleConnections();
  app.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  setTimeout(() => process.exit(1), 5000).unref();
}
process.once("SIGINT", () => stop("SIGINT"));
process.once("SIGTERM", () => stop("SIGTERM"));
