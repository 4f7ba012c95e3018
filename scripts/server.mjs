// The production server: Next.js (the build in .next) behind the public page cache
// (scripts/lib/page-cache.mjs). `npm start`, the Playwright journeys and the benchmarks run this
// instead of `next start`, so what they test and measure is what readers get.
//
// Environment: PORT (3000; it listens on every interface, as `next start` does), PAGE_CACHE_MB (64;
// 0 turns the page cache off and leaves only Next's own cache), PAGE_CACHE_TTL_SECONDS (30).
import http from "node:http";
import { createPageCache, PAGE_CACHE_KEY } from "./lib/page-cache.mjs";

// Set before Next (and React, which picks its production build from it) is loaded: imports run
// before the module's own code, hence the dynamic import.
process.env.NODE_ENV = "production";
const { default: next } = await import("next");

const port = Number(process.env.PORT ?? 3000);
const pageCacheMegabytes = Number(process.env.PAGE_CACHE_MB ?? 64);
const pageCacheSeconds = Number(process.env.PAGE_CACHE_TTL_SECONDS ?? 30);

const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });
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

const server = http.createServer((req, res) => pageCache.handle(req, res, handleWithNextSafely));
server.listen(port, () => {
  const cache = pageCacheMegabytes > 0 ? `page cache ${pageCacheMegabytes} MB, ${pageCacheSeconds} s` : "page cache off";
  console.log(`[server] ready on http://localhost:${port} (${cache})`);
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
