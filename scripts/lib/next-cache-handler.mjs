// Next's own cache handler (the in-memory FileSystemCache next.config.ts would use anyway), which also
// empties the public page cache (page-cache.mjs) at the moment Next expires cache tags.
//
// Why here and not where the portal calls revalidateTag: Next only records a revalidation when it is
// asked for and applies it when the server action or route handler ends; until then it still serves
// the old page, and the page cache could keep that copy after the change. Emptying the page cache
// where Next lets go of its own pages leaves no such gap. Under `next dev`, `next build` and tests no
// page cache is registered and this is Next's handler unchanged.
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { PAGE_CACHE_KEY } from "./page-cache.mjs";

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

/** Tags of workspace pages (revalidatePath("/quan-ly", …)): no public page carries them. */
const WORKSPACE_ONLY = /^_N_T_\/quan-ly(\/|$)/;

export function touchesPublicPages(tags) {
  return [tags].flat().some((tag) => !WORKSPACE_ONLY.test(tag));
}

export default class PortalCacheHandler extends FileSystemCache {
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    if (touchesPublicPages(tags)) globalThis[PAGE_CACHE_KEY]?.purge();
  }
}
