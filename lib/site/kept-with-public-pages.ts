/**
 * Values public pages are made from, kept in this process for as long as the public page cache
 * (scripts/lib/page-cache.mjs) keeps the pages made from them: until that cache is emptied, which
 * happens whenever Next expires a public cache tag on this instance or on another one, and never
 * longer than its time to live.
 *
 * Why: a Pages Router route (pages/api/tim-kiem.tsx) gets from Next an incremental cache without its
 * memory store, so unstable_cache keeps nothing there and every call would reach the database.
 * Without the page cache (`next dev`, PAGE_CACHE_MB=0) nothing is kept either: every call loads.
 */

import { PAGE_CACHE_KEY, type PageCache } from "@/scripts/lib/page-cache.mjs";

/** As long as the page cache keeps a page (PAGE_CACHE_TTL_SECONDS' default). */
export const KEEP_MS = 30_000;

function pageCacheGeneration(): number | null {
  const cache = (globalThis as { [PAGE_CACHE_KEY]?: Pick<PageCache, "stats"> })[PAGE_CACHE_KEY];
  return cache ? cache.stats().generation : null;
}

export function keptWithPublicPages<T>(load: () => Promise<T>, { now = Date.now, keepMs = KEEP_MS } = {}): () => Promise<T> {
  let kept: { generation: number; at: number; value: Promise<T> } | null = null;
  return () => {
    const generation = pageCacheGeneration();
    if (generation === null) return load();
    if (kept && kept.generation === generation && now() - kept.at < keepMs) return kept.value;
    // Shared by the requests that arrive while it loads; a failure is not kept.
    const entry = { generation, at: now(), value: load() };
    kept = entry;
    entry.value.catch(() => {
      if (kept === entry) kept = null;
    });
    return entry.value;
  };
}
