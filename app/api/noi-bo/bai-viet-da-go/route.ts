import { goneArticleHtml } from "@/lib/site/gone-page";
import { getPublicSiteSettings } from "@/lib/site/public-settings";

// proxy.ts rewrites the address of a taken-down article here: 410 Gone tells readers and search
// engines that the article was there and has been removed on purpose.
function gone(body: string | null): Response {
  return new Response(body, {
    status: 410,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      // The article may be restored: do not let anything keep this answer.
      "Cache-Control": "no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}

export async function GET(): Promise<Response> {
  const site = await getPublicSiteSettings();
  return gone(goneArticleHtml(site.name));
}

export async function HEAD(): Promise<Response> {
  return gone(null);
}
