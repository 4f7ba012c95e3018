import { db } from "@/lib/db";

/**
 * Where the address of a merged unit leads: asked by proxy.ts before the (cached) unit page or feed,
 * so an old address answers 301 Moved Permanently — the status search engines and feed readers take
 * as "update your link" — rather than the 308 an App Router page can give.
 *
 * The process keeps the map of merged units' addresses to their final successors (one query loads a
 * province's few thousand), reloaded on the next request after lib/site/revalidate.ts reports a unit
 * change, and at the latest RELOAD_AFTER_MS after the last load, for changes made by another instance.
 */

const RELOAD_AFTER_MS = 10_000;
/** A chain of mergers longer than this is treated as broken rather than followed forever. */
const MAX_HOPS = 20;

type GateState = {
  map: Map<string, string> | null;
  loadedAt: number;
  version: number;
  loadedVersion: number;
  loading: { version: number; promise: Promise<Map<string, string>> } | null;
};

const globalForGate = globalThis as unknown as { pbgdplUnitRedirectGate?: GateState };
const state: GateState = (globalForGate.pbgdplUnitRedirectGate ??= { map: null, loadedAt: 0, version: 0, loadedVersion: -1, loading: null });

async function load(): Promise<Map<string, string>> {
  const version = state.version;
  const rows = await db.unit.findMany({ select: { id: true, slug: true, status: true, successorId: true } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const map = new Map<string, string>();
  for (const row of rows) {
    if (row.status !== "MERGED" || row.successorId === null) continue;
    let current = byId.get(row.successorId);
    for (let hop = 0; current && current.status === "MERGED" && current.successorId !== null && hop < MAX_HOPS; hop++) current = byId.get(current.successorId);
    if (current && current.status !== "MERGED") map.set(row.slug, current.slug);
  }
  state.map = map;
  state.loadedAt = Date.now();
  state.loadedVersion = version;
  return map;
}

async function redirects(): Promise<Map<string, string>> {
  const fresh = state.map && state.loadedVersion === state.version && Date.now() - state.loadedAt < RELOAD_AFTER_MS;
  if (fresh) return state.map!;
  if (state.loading?.version !== state.version) {
    const promise = load().finally(() => {
      if (state.loading?.promise === promise) state.loading = null;
    });
    state.loading = { version: state.version, promise };
  }
  return state.loading!.promise;
}

/** The slug a merged unit's address now leads to, or null when the address is not a merged unit's. */
export async function mergedUnitRedirect(slug: string): Promise<string | null> {
  if (slug.length === 0 || slug.length > 200) return null;
  return (await redirects()).get(slug) ?? null;
}

/** Units changed: the next unit request reloads the map. */
export function markUnitRedirectsStale(): void {
  state.version++;
}
