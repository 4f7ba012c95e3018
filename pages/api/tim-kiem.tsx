import type { NextApiRequest, NextApiResponse } from "next";
import { searchPageHtml } from "@/components/site/search-page-html";
import { ARTICLES_TAG, CATEGORIES_TAG, ROOT_LAYOUT_TAG, SETTINGS_TAG, UNITS_TAG } from "@/lib/cache-tags";
import { KEPT_DIRECTORY, loadSearchPage, SearchAbandoned, type SearchPageData } from "@/lib/search/load";
import { readSearchRequest } from "@/lib/search/params";
import { loadSearchShell, type SearchShell } from "@/lib/search/search-shell";
import { noteResponseCacheTags } from "@/lib/site/response-cache-tags";

/**
 * /tim-kiem?q=… (next.config.ts sends every search here): a search nobody made before is the one page
 * readers can ask for in endless variety, so it is made the cheap way, outside the App Router — the
 * results rendered by React alone into the shell of the cached search page — in about a third of the
 * CPU an App Router page took (README, Phones: new searches). The page cache in front and Varnish
 * keep it like any public page, and let it go when a tag below expires.
 *
 * Why a Pages Router route: an App Router route handler cannot use react-dom/server, and an App
 * Router page costs Next's whole page pipeline (the RSC payload, its cache entry) for every new search.
 */
const TAGS = [ROOT_LAYOUT_TAG, ARTICLES_TAG, CATEGORIES_TAG, UNITS_TAG, SETTINGS_TAG];

export default async function searchPage(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("allow", "GET, HEAD");
    res.status(405).end();
    return;
  }
  const left = new AbortController();
  res.once("close", () => left.abort());
  let shell: SearchShell;
  let html: string;
  try {
    let data: SearchPageData;
    [shell, data] = await Promise.all([loadSearchShell(), loadSearchPage(readSearchRequest(req.query), KEPT_DIRECTORY, left.signal)]);
    html = searchPageHtml(shell, data);
  } catch (error) {
    // Nobody is waiting for this answer any more.
    if (error instanceof SearchAbandoned) return void res.end();
    console.error("[tim-kiem] search page failed:", error);
    res.setHeader("cache-control", "no-store");
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.status(503).send(UNAVAILABLE);
    return;
  }
  noteResponseCacheTags(TAGS);
  if (shell.contentSecurityPolicy) res.setHeader("content-security-policy", shell.contentSecurityPolicy);
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("cache-control", "s-maxage=3600, stale-while-revalidate=31535000");
  res.status(200).send(html);
}

const UNAVAILABLE = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Tìm kiếm tạm thời gián đoạn</title></head><body><main><h1>Tìm kiếm tạm thời gián đoạn</h1><p>Cổng thông tin chưa tìm được lúc này. Vui lòng thử lại sau ít phút.</p><p><a href="/">Về trang chủ</a></p></main></body></html>`;
