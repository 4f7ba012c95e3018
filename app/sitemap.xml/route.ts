import { XML_HEADERS } from "@/lib/site/rss";
import { sitemapIndexXml } from "@/lib/site/sitemap";

// The sitemap index (lib/site/sitemap.ts), built per request from cached queries.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return new Response(await sitemapIndexXml(), { headers: { ...XML_HEADERS, "Cache-Control": "public, max-age=3600" } });
}
