import { unstable_cache } from "next/cache";
import { ARTICLES_TAG } from "@/lib/cache-tags";
import { listPublicCategories, listUnitOptions, resolvePublicUnit, type PublicCategory } from "@/lib/site/directory";
import { hasCriteria, type SearchRequest } from "./params";
import { searchArticles, type SearchResults } from "./search";

export const SEARCH_PAGE_SIZE = 10;

/**
 * Searches that reach the database at once, per server process. The index answers a search in
 * milliseconds, but one for a common word still reads every matching article to count and order
 * them (thousands of rows): more of them at a time than the database has cores only share the
 * cores, and take the CPU from the pages served from the cache. The rest wait their turn.
 */
const MAX_CONCURRENT_SEARCHES = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function inSearchSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_SEARCHES) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await work();
  } finally {
    // Hand the slot straight to the next search, or give it back.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

export type SearchPageData = {
  request: SearchRequest;
  categories: PublicCategory[];
  units: { slug: string; name: string; depth: number }[];
  /** A unit or category in the address that readers cannot choose (any more). */
  unknownFilter: boolean;
  /** Null when the form was sent empty. */
  results: SearchResults | null;
};

/**
 * Everything the search page shows. Results are cached under ARTICLES_TAG, and that is also how the
 * cached search page carries the tag (Next gives a page the tags of the caches it read): without it,
 * an article taken down would stay in the results of searches made before (e2e/public-cache.spec.ts).
 * The cache lives in memory and is bounded (next.config.ts).
 */
export async function loadSearchPage(request: SearchRequest): Promise<SearchPageData> {
  const [categories, units] = await Promise.all([listPublicCategories(), listUnitOptions()]);
  const category = request.categorySlug ? categories.find((c) => c.slug === request.categorySlug) : undefined;
  let resolvedUnit = request.unitSlug ? await resolvePublicUnit(request.unitSlug) : null;
  // A unit merged into another (Sắp xếp đơn vị): an old link searches its successor, as its page redirects there.
  if (resolvedUnit && "redirectTo" in resolvedUnit) {
    resolvedUnit = await resolvePublicUnit(resolvedUnit.redirectTo);
    if (resolvedUnit && "unit" in resolvedUnit) request = { ...request, unitSlug: resolvedUnit.unit.slug };
  }
  const unitId = resolvedUnit && "unit" in resolvedUnit ? resolvedUnit.unit.id : undefined;
  const unknownFilter = Boolean((request.categorySlug && !category) || (request.unitSlug && unitId === undefined));
  if (!hasCriteria(request) || unknownFilter) return { request, categories, units, unknownFilter, results: null };

  const filters = { unitId, categoryId: category?.id, from: request.from ?? undefined, until: request.until ?? undefined };
  const key = JSON.stringify([request.query.text, filters, request.page]);
  const results = await unstable_cache(() => inSearchSlot(() => searchArticles(request.query, filters, request.page, SEARCH_PAGE_SIZE)), ["public", "search", key], {
    tags: [ARTICLES_TAG],
    revalidate: 3600,
  })();
  return { request, categories, units, unknownFilter, results };
}
