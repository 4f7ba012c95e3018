import { listNewDocuments } from "@/lib/documents/public-queries";
import { buildRss, RSS_HEADERS } from "@/lib/site/rss";
import { absoluteUrl } from "@/lib/site/url";

// RSS of new documents (Văn bản pháp luật mới), built per request from the cached query.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const documents = await listNewDocuments(30);
  const xml = buildRss({
    title: "Văn bản pháp luật mới",
    link: absoluteUrl("/van-ban"),
    selfUrl: absoluteUrl("/van-ban/rss"),
    description: "Văn bản pháp luật mới được đăng trên cổng thông tin.",
    updatedAt: documents[0]?.publishedAt ?? null,
    items: documents.map((d) => ({ title: `${d.typeLabel} ${d.number}`, link: absoluteUrl(`/van-ban/${d.slug}`), description: d.summary, publishedAt: d.publishedAt, byline: d.issuer, category: d.typeLabel })),
  });
  return new Response(xml, { headers: { ...RSS_HEADERS, "Cache-Control": "public, max-age=300" } });
}
