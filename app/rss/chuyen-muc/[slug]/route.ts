import { listCategoryArticles } from "@/lib/articles/public-queries";
import { getPublicCategory } from "@/lib/site/directory";
import { FEED_SIZE, rssResponse } from "@/lib/site/feeds";
import { getPublicSiteSettings } from "@/lib/site/public-settings";
import { sitePaths } from "@/lib/site/url";

// /chuyen-muc/<slug>/rss (rewritten here by next.config.ts).
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const category = await getPublicCategory((await params).slug);
  if (!category) return new Response("Không tìm thấy chuyên mục.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const [site, listing] = await Promise.all([getPublicSiteSettings(), listCategoryArticles(category.id, 1, FEED_SIZE)]);
  return rssResponse({
    title: `${category.name} – ${site.name}`,
    path: sitePaths.category(category.slug),
    selfPath: sitePaths.categoryRss(category.slug),
    description: category.description ?? `Bài viết chuyên mục ${category.name}.`,
    articles: listing.items,
  }, request);
}
