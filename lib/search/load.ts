import { listPublicCategories, listUnitOptions, resolvePublicUnit, type PublicCategory } from "@/lib/site/directory";
import { keptWithPublicPages } from "@/lib/site/kept-with-public-pages";
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

/** A search whose reader left while it waited for its turn: nobody would read the page. */
export class SearchAbandoned extends Error {
  constructor() {
    super("the reader left before the search ran");
  }
}

async function inSearchSlot<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  if (running >= MAX_CONCURRENT_SEARCHES) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    // Under a burst, readers who gave up would otherwise still cost the database their search.
    if (signal?.aborted) throw new SearchAbandoned();
    return await work();
  } finally {
    // Hand the slot straight to the next search, or give it back.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

export type UnitOption = { slug: string; name: string; depth: number };

/** Where the form's choices come from: Next's cached queries in a page, kept ones in the search route. */
export type SearchDirectory = {
  categories: () => Promise<PublicCategory[]>;
  units: () => Promise<UnitOption[]>;
};

/** Next's cached queries, for the App Router page at /tim-kiem, which then carries their tags. */
export const CACHED_DIRECTORY: SearchDirectory = { categories: listPublicCategories, units: listUnitOptions };

/** The same, kept with the public pages: for the search route, outside the App Router. */
export const KEPT_DIRECTORY: SearchDirectory = { categories: keptWithPublicPages(listPublicCategories), units: keptWithPublicPages(listUnitOptions) };

export type SearchPageData = {
  request: SearchRequest;
  categories: PublicCategory[];
  units: UnitOption[];
  /** A unit or category in the address that readers cannot choose (any more). */
  unknownFilter: boolean;
  /** Null when the form was sent empty. */
  results: SearchResults | null;
};

/**
 * Everything the search page shows. The results are not cached here: a search is asked once and
 * its page is then kept by the page cache in front (scripts/lib/page-cache.mjs) and Varnish, which
 * let it go when an article changes (the route notes ARTICLES_TAG on the response).
 */
export async function loadSearchPage(request: SearchRequest, directory: SearchDirectory, signal?: AbortSignal): Promise<SearchPageData> {
  const [categories, units] = await Promise.all([directory.categories(), directory.units()]);
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
  const results = await inSearchSlot(() => searchArticles(request.query, filters, request.page, SEARCH_PAGE_SIZE), signal);
  return { request, categories, units, unknownFilter, results };
}
