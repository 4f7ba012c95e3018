import { XML_HEADERS } from "@/lib/site/rss";
import { articlesSitemapXml, PAGES_FILE, pagesSitemapXml, parseArticlesFileName } from "@/lib/site/sitemap";

// One file of the sitemap: /sitemap/trang.xml or /sitemap/bai-viet-N.xml.
export const dynamic = "force-dynamic";

const notFound = () => new Response("Không tìm thấy.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const headers = { ...XML_HEADERS, "Cache-Control": "public, max-age=3600" };
  if (file === PAGES_FILE) return new Response(await pagesSitemapXml(), { headers });
  const index = parseArticlesFileName(file);
  if (index === null) return notFound();
  const xml = await articlesSitemapXml(index);
  return xml === null ? notFound() : new Response(xml, { headers });
}
