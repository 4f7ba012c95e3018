// Next's cache handler: where Next keeps rendered pages and cached queries, and where it expires cache
// tags. On one process it is Next's own in-memory FileSystemCache; with REDIS_URL set, several
// instances share one cache and one record of expired tags in Redis (@fortedigital/nextjs-cache-handler),
// so a change made on one instance is seen by all of them at once.
//
// Where Next expires tags, this also lets the caches in front go of the pages that carry them: the
// in-process page cache (page-cache.mjs) and, with VARNISH_PURGE_URLS, Varnish (varnish.mjs: a purge by
// tag, xkey). Why here and not where the portal calls revalidateTag: Next only records a revalidation
// when it is asked for and applies it when the server action or route handler ends; until then it
// still serves the old page, and a cache in front could keep that copy after the change. Purging where
// Next lets go of its own pages leaves no such gap.
//
// It also tells the server which tags the page being answered carries (the request's context,
// request-log.mjs), so the server can send them to Varnish as `xkey`. Under `next dev`, `next build`
// and tests nothing is registered and this is Next's handler unchanged.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { noteExpired } from "./expired-tags.mjs";
import { PAGE_CACHE_KEY } from "./page-cache.mjs";
import { requestContext } from "./request-log.mjs";
import { purgeVarnishTags, varnishPurgeUrls } from "./varnish.mjs";

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;
const NEXT_CACHE_TAGS_HEADER = "x-next-cache-tags";

/** Tags of workspace pages (revalidatePath("/quan-ly", …)): no public page carries them. */
const WORKSPACE_ONLY = /^_N_T_\/quan-ly(\/|$)/;

export function touchesPublicPages(tags) {
  return [tags].flat().some((tag) => !WORKSPACE_ONLY.test(tag));
}

/** Notes on the request being answered which tags its page (or route's answer) carries. */
function noteCacheTags(value) {
  if (value?.kind !== "APP_PAGE" && value?.kind !== "APP_ROUTE") return;
  const tags = value.headers?.[NEXT_CACHE_TAGS_HEADER];
  const context = requestContext.getStore();
  if (context && typeof tags === "string" && tags) context.cacheTags = tags;
}

/** This process, among the instances that tell each other of expired tags. */
const INSTANCE_ID = randomUUID();
/** Set with Redis: tells the other instances which tags this one expired. */
let announce = async () => {};
/** Set with Redis: records when tags were expired, where the shared handler looks when it reads. */
let recordExpiry = async () => {};

/**
 * Another instance expired these tags. Next's shared cache already knows (Redis); what lives in this
 * process must hear it too: the page cache, and the list of taken-down addresses proxy.ts answers 410
 * from (lib/site/article-gate.ts reloads it when its version moves, as markTakenDownSlugsStale does).
 */
function expiredElsewhere(tags) {
  noteExpired(tags);
  if (!touchesPublicPages(tags)) return;
  globalThis[PAGE_CACHE_KEY]?.purge();
  const gate = globalThis.pbgdplTakenDownGate;
  if (gate && tags.includes("articles")) gate.version++;
}

/**
 * Where this build keeps its pages in Redis: `<REDIS_KEY_PREFIX><build id>:next:`. A page holds the
 * addresses of its build's stylesheets and scripts, which the next build no longer has: after a
 * deploy, instances of the new build must not serve pages the old one made (they would come
 * unstyled). Both builds run side by side during a rolling restart, each with its own pages; a tag
 * expiry reaches every instance through the channel, which is not per build, and an instance of the
 * other build records it for its own pages.
 */
export function buildKeyPrefix(prefix, distDir = process.env.NEXT_DIST_DIR || ".next") {
  let buildId = "dev";
  try {
    buildId = readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim() || buildId;
  } catch {
    // No build (next dev): one set of pages.
  }
  return `${prefix}${buildId}:next:`;
}

/** Next's shared cache on Redis, configured once per process. */
async function redisCacheHandler() {
  const [{ CacheHandler }, { default: createRedisHandler }, { createClient }] = await Promise.all([
    import("@fortedigital/nextjs-cache-handler"),
    import("@fortedigital/nextjs-cache-handler/redis-strings"),
    import("@redis/client"),
  ]);
  CacheHandler.onCreation(async () => {
    const client = createClient({
      url: process.env.REDIS_URL,
      // Reconnect forever, a little slower each time: Redis restarting must not stop the portal.
      socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) },
    });
    client.on("error", (error) => console.error("[cache] Redis:", error?.message ?? error));
    await client.connect().catch((error) => console.error("[cache] Redis unreachable at start:", error?.message ?? error));
    const prefix = process.env.REDIS_KEY_PREFIX ?? "pbgdpl:";
    const channel = `${prefix}expired-tags`;
    const keyPrefix = buildKeyPrefix(prefix);
    const subscriber = client.duplicate();
    subscriber.on("error", (error) => console.error("[cache] Redis subscriber:", error?.message ?? error));
    await subscriber
      .connect()
      .then(() =>
        subscriber.subscribe(channel, (message) => {
          try {
            const { from, keys, tags } = JSON.parse(message);
            if (from === INSTANCE_ID || !Array.isArray(tags)) return;
            expiredElsewhere(tags);
            // From an instance of another build (a rolling restart under way): its expiry went to its
            // build's pages only; this build's pages must be found stale too.
            if (keys !== keyPrefix) void recordExpiry(tags);
          } catch {
            // not one of ours
          }
        }),
      )
      .catch((error) => console.error("[cache] Redis subscription failed:", error?.message ?? error));
    announce = (tags) => client.publish(channel, JSON.stringify({ from: INSTANCE_ID, keys: keyPrefix, tags })).catch(() => {});
    // The handler records expiry times for Next's path tags only, and for other tags deletes the
    // entries that carry them: a page being rendered from the old data meanwhile would be stored after
    // that and outlive the change. Recorded here for every tag, it is found stale when read (it was
    // stored as made when its request began, see set()).
    recordExpiry = (tags) => {
      const at = String(Date.now());
      return client.hSet(`${keyPrefix}__revalidated_tags__`, Object.fromEntries(tags.map((tag) => [tag, at]))).catch(() => {});
    };
    return {
      handlers: [
        createRedisHandler({
          client,
          keyPrefix,
          sharedTagsKey: "__sharedTags__",
          sharedTagsTtlKey: "__sharedTagsTtl__",
          // A slow Redis costs a render, never a hung request.
          timeoutMs: Number(process.env.REDIS_TIMEOUT_MS ?? 1000),
        }),
      ],
    };
  });
  return CacheHandler;
}

const shared = Boolean(process.env.REDIS_URL);
const Base = shared ? await redisCacheHandler() : FileSystemCache;

export default class PortalCacheHandler extends Base {
  async get(...args) {
    const entry = await super.get(...args);
    noteCacheTags(entry?.value);
    return entry;
  }

  async set(key, data, ctx) {
    noteCacheTags(data);
    // Shared: stored as made when its request began, so a tag another instance expired while it was
    // being rendered makes it stale at once (the handler compares expiry and lastModified).
    const startedAt = requestContext.getStore()?.startedAt;
    if (shared && startedAt && ctx && ctx.internal_lastModified === undefined) return super.set(key, data, { ...ctx, internal_lastModified: startedAt });
    return super.set(key, data, ctx);
  }

  async revalidateTag(tags, durations) {
    noteExpired([tags].flat());
    await recordExpiry([tags].flat());
    await super.revalidateTag(tags, durations);
    if (!touchesPublicPages(tags)) return;
    await announce([tags].flat());
    globalThis[PAGE_CACHE_KEY]?.purge();
    if (varnishPurgeUrls().length > 0) await purgeVarnishTags([tags].flat().filter((tag) => !WORKSPACE_ONLY.test(tag)));
  }
}
