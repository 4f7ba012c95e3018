import type { ArticleListing } from "@/lib/articles/public-queries";
import { buildRss, RSS_HEADERS, type FeedItem } from "./rss";
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

/** An RSS response; feed readers poll, so let them and any proxy keep it for a few minutes. */
export function rssResponse(feed: { title: string; path: string; selfPath: string; description: string; articles: ArticleListing[] }): Response {
  const xml = buildRss({
    title: feed.title,
    link: absoluteUrl(feed.path),
    selfUrl: absoluteUrl(feed.selfPath),
    description: feed.description,
    items: feed.articles.map(feedItem),
  });
  return new Response(xml, { headers: { ...RSS_HEADERS, "Cache-Control": "public, max-age=300" } });
}
