import { listLatestArticles } from "@/lib/articles/public-queries";
import { FEED_SIZE, rssResponse } from "@/lib/site/feeds";
import { getPublicSiteSettings } from "@/lib/site/public-settings";

// Built on each request from cached queries (a feed without parameters would otherwise be built
// during `next build`, which has no database to read).
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const [site, articles] = await Promise.all([getPublicSiteSettings(), listLatestArticles(FEED_SIZE)]);
  return rssResponse({
    title: site.name,
    path: "/",
    selfPath: "/rss",
    description: "Tin mới về phổ biến, giáo dục pháp luật của các sở, ngành, địa phương trong tỉnh.",
    articles,
  }, request);
}
