/**
 * The portal's public address, for everything that leaves the site with a full URL: canonical
 * links, Open Graph and JSON-LD, RSS and the sitemap. Read at request time (public pages render on
 * their first request, not at build), so the same build serves any address.
 */

const FALLBACK_PORT = 3000;

function configuredOrigin(): string {
  const candidates = [process.env.SITE_URL, process.env.NEXTAUTH_URL];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === "http:" || url.protocol === "https:") return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
    } catch {
      // A malformed value: try the next one rather than print a broken link everywhere.
    }
  }
  return `http://localhost:${process.env.PORT || FALLBACK_PORT}`;
}

/** "https://pbgdpl.example.gov.vn" (no trailing slash). */
export function siteUrl(): string {
  return configuredOrigin();
}

/** An absolute URL for a path on this site ("/bai-viet/x" → "https://…/bai-viet/x"). */
export function absoluteUrl(path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}

/** Public addresses of the portal's pages, in one place so pages, RSS and the sitemap agree. */
export const sitePaths = {
  home: () => "/",
  article: (slug: string) => `/bai-viet/${encodeURIComponent(slug)}`,
  category: (slug: string, page = 1) => `/chuyen-muc/${encodeURIComponent(slug)}${page > 1 ? `?trang=${page}` : ""}`,
  unit: (slug: string, page = 1) => `/don-vi/${encodeURIComponent(slug)}${page > 1 ? `?trang=${page}` : ""}`,
  units: () => "/don-vi",
  search: () => "/tim-kiem",
  rss: () => "/rss",
  categoryRss: (slug: string) => `/chuyen-muc/${encodeURIComponent(slug)}/rss`,
  unitRss: (slug: string) => `/don-vi/${encodeURIComponent(slug)}/rss`,
};

/** Where proxy.ts sends a taken-down article's address: a route handler that answers 410 Gone. */
export const TAKEN_DOWN_ROUTE = "/api/noi-bo/bai-viet-da-go";
