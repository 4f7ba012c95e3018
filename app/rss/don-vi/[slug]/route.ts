import { listUnitArticles } from "@/lib/articles/public-queries";
import { resolvePublicUnit } from "@/lib/site/directory";
import { FEED_SIZE, rssResponse } from "@/lib/site/feeds";
import { getPublicSiteSettings } from "@/lib/site/public-settings";
import { absoluteUrl, sitePaths } from "@/lib/site/url";

// /don-vi/<slug>/rss (rewritten here by next.config.ts). A merged unit's feed moves with it (301,
// normally answered by proxy.ts before this route; this is the fallback).
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const resolved = await resolvePublicUnit((await params).slug);
  if (!resolved) return new Response("Không tìm thấy đơn vị.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if ("redirectTo" in resolved) return Response.redirect(absoluteUrl(sitePaths.unitRss(resolved.redirectTo)), 301);
  const { unit } = resolved;
  const [site, listing] = await Promise.all([getPublicSiteSettings(), listUnitArticles(unit.id, 1, FEED_SIZE)]);
  return rssResponse({
    title: `${unit.name} – ${site.name}`,
    path: sitePaths.unit(unit.slug),
    selfPath: sitePaths.unitRss(unit.slug),
    description: unit.description ?? `Bài viết của ${unit.name}.`,
    articles: listing.items,
  }, request);
}
