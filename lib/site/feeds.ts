import type { ArticleListing } from "@/lib/articles/public-queries";
import { buildRss, RSS_HEADERS, type FeedItem } from "./rss";
import { buildRssPage, RSS_PAGE_POLICY, wantsHtml } from "./rss-page";
import { absoluteUrl, sitePaths } from "./url";

/** How many articles a feed lists. */
export const FEED_SIZE = 30;

export function feedItem(article: ArticleListing): FeedItem {
  return {
    title: article.title,
    link: absoluteUrl(sitePaths.article(article.slug)),
    description: article.sapo,
    publishedAt: article.publishedAt,
    byline: article.byline,
    category: article.category?.name ?? null,
  };
}

/**
 * An RSS response; feed readers poll, so let them and any proxy keep it for a few minutes. A browser
 * opening the address (its Accept header prefers HTML) gets the feed as a page to read instead
 * (lib/site/rss-page.ts): the same address answers both, so caches keep one per Accept.
 */
export function rssResponse(
  feed: { title: string; path: string; selfPath: string; description: string; articles: ArticleListing[] },
  request?: Request,
): Response {
  const data = {
    title: feed.title,
    link: absoluteUrl(feed.path),
    selfUrl: absoluteUrl(feed.selfPath),
    description: feed.description,
    items: feed.articles.map(feedItem),
  };
  const cache = { "Cache-Control": "public, max-age=300", Vary: "Accept" };
  if (wantsHtml(request?.headers.get("accept"))) {
    return new Response(buildRssPage(data), { headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": RSS_PAGE_POLICY, ...cache } });
  }
  return new Response(buildRss(data), { headers: { ...RSS_HEADERS, ...cache } });
}
