import { getAnsweredForFeeds } from "@/lib/questions/public-queries";
import { FEED_SIZE } from "@/lib/site/feeds";
import { getPublicSiteSettings } from "@/lib/site/public-settings";
import { buildRss, RSS_HEADERS } from "@/lib/site/rss";
import { absoluteUrl } from "@/lib/site/url";

// The newest answered questions as RSS. Built per request from cached queries (there is no database
// at build time).
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const [site, questions] = await Promise.all([getPublicSiteSettings(), getAnsweredForFeeds(FEED_SIZE)]);
  const xml = buildRss({
    title: `Hỏi đáp pháp luật – ${site.name}`,
    link: absoluteUrl("/hoi-dap"),
    selfUrl: absoluteUrl("/hoi-dap/rss"),
    description: "Câu hỏi của người dân về pháp luật đã được các cơ quan, đơn vị trả lời.",
    items: questions.map((q) => ({ title: q.title, link: absoluteUrl(`/hoi-dap/cau-hoi/${q.slug}`), description: q.excerpt, publishedAt: q.answeredAt, byline: null, category: "Hỏi đáp pháp luật" })),
  });
  return new Response(xml, { headers: { ...RSS_HEADERS, "Cache-Control": "public, max-age=300" } });
}
