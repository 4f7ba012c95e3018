/**
 * RSS 2.0 and sitemap XML, written by hand: a few elements, every text escaped. Pure.
 * Items carry what readers see on the site (never an email: RSS's <author> wants one, so the byline
 * goes in <dc:creator>).
 */

// Characters XML 1.0 does not allow at all (control characters other than tab, newline, return, and
// lone surrogates): removed rather than escaped, since no escape makes them legal.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

export type FeedItem = {
  title: string;
  /** Absolute URL of the article. */
  link: string;
  description: string;
  publishedAt: Date | string | null;
  byline?: string | null;
  category?: string | null;
};

export type Feed = {
  title: string;
  /** Absolute URL of the page the feed follows. */
  link: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  description: string;
  items: FeedItem[];
  /** When the newest item was published; defaults to now. */
  updatedAt?: Date | string | null;
};

function rfc822(date: Date | string): string {
  return new Date(date).toUTCString();
}

function element(name: string, text: string | null | undefined): string {
  return text ? `<${name}>${escapeXml(text)}</${name}>` : "";
}

export const RSS_STYLESHEET_PATH = "/rss.xsl";

export function buildRss(feed: Feed): string {
  const items = feed.items
    .map((item) =>
      [
        "<item>",
        element("title", item.title),
        element("link", item.link),
        `<guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
        element("description", item.description),
        item.publishedAt ? element("pubDate", rfc822(item.publishedAt)) : "",
        element("dc:creator", item.byline),
        element("category", item.category),
        "</item>",
      ].join(""),
    )
    .join("\n");
  const updated = feed.updatedAt ?? feed.items.find((item) => item.publishedAt)?.publishedAt ?? new Date();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    // A person who opens the feed on a phone sees a readable Vietnamese page (public/rss.xsl); feed
    // readers ignore the instruction.
    `<?xml-stylesheet type="text/xsl" href="${RSS_STYLESHEET_PATH}"?>`,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "<channel>",
    element("title", feed.title),
    element("link", feed.link),
    element("description", feed.description),
    "<language>vi</language>",
    element("lastBuildDate", rfc822(updated)),
    `<atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    items,
    "</channel>",
    "</rss>",
    "",
  ].join("\n");
}

export type SitemapEntry = { url: string; lastModified?: Date | string | null };

/** Most URLs one sitemap file may list (the sitemaps.org limit). */
export const SITEMAP_MAX_URLS = 50_000;

export function buildUrlSet(entries: readonly SitemapEntry[]): string {
  if (entries.length > SITEMAP_MAX_URLS) throw new Error(`A sitemap lists at most ${SITEMAP_MAX_URLS} URLs`);
  const urls = entries
    .map(({ url, lastModified }) => `<url><loc>${escapeXml(url)}</loc>${lastModified ? `<lastmod>${new Date(lastModified).toISOString()}</lastmod>` : ""}</url>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

export function buildSitemapIndex(sitemaps: readonly SitemapEntry[]): string {
  const list = sitemaps
    .map(({ url, lastModified }) => `<sitemap><loc>${escapeXml(url)}</loc>${lastModified ? `<lastmod>${new Date(lastModified).toISOString()}</lastmod>` : ""}</sitemap>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${list}\n</sitemapindex>\n`;
}

export const XML_HEADERS = { "Content-Type": "application/xml; charset=utf-8" } as const;
export const RSS_HEADERS = { "Content-Type": "application/rss+xml; charset=utf-8" } as const;
