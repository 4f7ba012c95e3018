import { formatDateTime } from "@/lib/vietnamese";
import { escapeXml, type Feed } from "./rss";

// The RSS feed as a page a person reads, for a browser that opens /rss (or a category's or unit's
// feed). The feed names its XSL stylesheet (public/rss.xsl) too, but Chromium 155 and later no longer
// apply XSLT and show the raw XML tree, so a browser — which asks for text/html first — gets this
// page from the same address, and feed readers, which ask for XML, the feed. Pure.

/** Does the request come from a browser navigating (text/html preferred), not a feed reader? */
export function wantsHtml(accept: string | null | undefined): boolean {
  if (!accept) return false;
  const quality = (type: string) => {
    for (const part of accept.toLowerCase().split(",")) {
      const [name, ...params] = part.trim().split(";");
      if (name.trim() !== type) continue;
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return q ? Number(q.slice(2)) || 0 : 1;
    }
    return 0;
  };
  const html = quality("text/html");
  return html > 0 && html >= Math.max(quality("application/rss+xml"), quality("application/xml"), quality("text/xml"));
}

// No script; the portal's colours, inline (the page's own policy allows inline styles only).
const STYLE = `body{margin:0;font-family:system-ui,sans-serif;color:#1f2328;background:#fff;line-height:1.6}
header{background:#931d17;color:#fff;padding:1rem;border-bottom:4px solid #b3261e}header h1{margin:0;font-size:1.25rem}
main{max-width:48rem;margin:0 auto;padding:1rem;overflow-wrap:anywhere}.note{background:#fdf3f2;border:1px solid #fbe3e0;border-radius:4px;padding:.75rem;font-size:.95rem}
code{background:#f6f8fa;padding:.1rem .3rem;border-radius:3px;word-break:break-all}article{border-bottom:1px solid #d0d7de;padding:.75rem 0}
article h2{margin:0;font-size:1.1rem}a{color:#931d17}.meta{color:#57606a;font-size:.85rem;margin:.25rem 0}p{margin:.25rem 0}`;

export function buildRssPage(feed: Feed): string {
  const e = escapeXml;
  const items = feed.items
    .map((item) => {
      const meta = [item.category, item.publishedAt ? formatDateTime(item.publishedAt) : null].filter(Boolean).join(" · ");
      return `<article><h2><a href="${e(item.link)}">${e(item.title)}</a></h2>${meta ? `<p class="meta">${e(meta)}</p>` : ""}${item.description ? `<p>${e(item.description)}</p>` : ""}</article>`;
    })
    .join("\n");
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>RSS – ${e(feed.title)}</title><link rel="alternate" type="application/rss+xml" href="${e(feed.selfUrl)}"><style>${STYLE}</style></head>
<body><header><p style="margin:0;font-size:.85rem">Tin mới qua RSS</p><h1>${e(feed.title)}</h1></header>
<main><p class="note">Đây là kênh tin RSS. Để nhận tin mới tự động, hãy sao chép địa chỉ <code>${e(feed.selfUrl)}</code> vào ứng dụng đọc tin (RSS) của bạn. Bạn cũng có thể đọc các tin mới nhất ngay dưới đây.</p>
<p><a href="${e(feed.link)}">Về trang ${e(feed.title)}</a></p>
${items || "<p>Chưa có tin nào.</p>"}
</main></body></html>
`;
}

/** Only this page's own inline styles; no script, no frame, no form elsewhere. */
export const RSS_PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'";
