import { db } from "@/lib/db";

/**
 * Is the article at this address one that was taken down (Đã gỡ)? Asked by proxy.ts before a
 * cached article page is served, so a taken-down article answers 410 Gone rather than the page or a
 * plain 404.
 *
 * Asking the database on every article view would cost more than serving the cached page itself,
 * so the process keeps the set of taken-down addresses (a short list: one indexed query loads it).
 * It is reloaded on the next request after lib/site/revalidate.ts reports a change to an article
 * (proxy.ts and the route handlers share the process), and at the latest RELOAD_AFTER_MS after the
 * last load, for changes made by another server instance.
 */

const RELOAD_AFTER_MS = 10_000;

type GateState = {
  slugs: Set<string> | null;
  loadedAt: number;
  /** Bumped by markTakenDownSlugsStale; the set is reloaded when it differs from loadedVersion. */
  version: number;
  loadedVersion: number;
  loading: { version: number; promise: Promise<Set<string>> } | null;
};

const globalForGate = globalThis as unknown as { pbgdplTakenDownGate?: GateState };
const state: GateState = (globalForGate.pbgdplTakenDownGate ??= { slugs: null, loadedAt: 0, version: 0, loadedVersion: -1, loading: null });

async function load(): Promise<Set<string>> {
  const version = state.version;
  const rows = await db.article.findMany({ where: { state: "TAKEN_DOWN" }, select: { slug: true } });
  const slugs = new Set(rows.map((row) => row.slug));
  state.slugs = slugs;
  state.loadedAt = Date.now();
  state.loadedVersion = version;
  return slugs;
}

async function takenDownSlugs(): Promise<Set<string>> {
  const fresh = state.slugs && state.loadedVersion === state.version && Date.now() - state.loadedAt < RELOAD_AFTER_MS;
  if (fresh) return state.slugs!;
  // Requests that arrive during a load wait for it, unless it started before the latest change.
  if (state.loading?.version !== state.version) {
    const promise = load().finally(() => {
      if (state.loading?.promise === promise) state.loading = null;
    });
    state.loading = { version: state.version, promise };
  }
  return state.loading!.promise;
}

export async function isTakenDownArticle(slug: string): Promise<boolean> {
  if (slug.length === 0 || slug.length > 200) return false;
  return (await takenDownSlugs()).has(slug);
}

/** An article changed state: the next article request reloads the set. */
export function markTakenDownSlugsStale(): void {
  state.version++;
}
