import { describe, expect, it } from "vitest";
import { buildRss, buildSitemapIndex, buildUrlSet, escapeXml, SITEMAP_MAX_URLS } from "./rss";

describe("escapeXml", () => {
  it("escapes markup characters and drops characters XML cannot carry", () => {
    expect(escapeXml(`<b>"Luật" & 'lệ'</b>`)).toBe("&lt;b&gt;&quot;Luật&quot; &amp; &apos;lệ&apos;&lt;/b&gt;");
    expect(escapeXml("a\u0000b\u0008c\u000bd\ud800e\tf\n")).toBe("abcde\tf\n");
    expect(escapeXml("😀")).toBe("😀");
  });
});

describe("buildRss", () => {
  const feed = buildRss({
    title: "Cổng <PBGDPL> & tin",
    link: "https://pbgdpl.example.vn/",
    selfUrl: "https://pbgdpl.example.vn/rss",
    description: "Tin mới",
    items: [
      {
        title: "Luật <Đất đai> & đời sống",
        link: "https://pbgdpl.example.vn/bai-viet/luat-dat-dai?a=1&b=2",
        description: "Sapo </description><script>x</script>",
        publishedAt: "2026-03-01T16:30:00.000Z",
        byline: "Nguyễn Văn A",
        category: "Tin hoạt động",
      },
    ],
  });

  it("is RSS 2.0 with absolute links, a self link and RFC 822 dates", () => {
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<\?xml-stylesheet type="text\/xsl" href="\/rss.xsl"\?>\n<rss version="2.0"/);
    expect(feed).toContain('<atom:link href="https://pbgdpl.example.vn/rss" rel="self" type="application/rss+xml"/>');
    expect(feed).toContain("<pubDate>Sun, 01 Mar 2026 16:30:00 GMT</pubDate>");
    expect(feed).toContain('<guid isPermaLink="true">https://pbgdpl.example.vn/bai-viet/luat-dat-dai?a=1&amp;b=2</guid>');
    expect(feed).toContain("<language>vi</language>");
  });

  it("escapes every text, so no item can break out of its element", () => {
    expect(feed).toContain("<title>Cổng &lt;PBGDPL&gt; &amp; tin</title>");
    expect(feed).toContain("<title>Luật &lt;Đất đai&gt; &amp; đời sống</title>");
    expect(feed).toContain("<description>Sapo &lt;/description&gt;&lt;script&gt;x&lt;/script&gt;</description>");
    expect(feed).not.toContain("<script>");
  });

  it("names the byline with dc:creator, never an email in <author>", () => {
    expect(feed).toContain("<dc:creator>Nguyễn Văn A</dc:creator>");
    expect(feed).not.toContain("<author>");
    expect(feed).not.toMatch(/@/);
  });
});

describe("sitemaps", () => {
  it("lists URLs with their last change, escaped", () => {
    const xml = buildUrlSet([{ url: "https://x.vn/a?b=1&c=2", lastModified: "2026-03-01T00:00:00Z" }, { url: "https://x.vn/" }]);
    expect(xml).toContain("<url><loc>https://x.vn/a?b=1&amp;c=2</loc><lastmod>2026-03-01T00:00:00.000Z</lastmod></url>");
    expect(xml).toContain("<url><loc>https://x.vn/</loc></url>");
  });

  it("refuses more URLs than one file may hold, and indexes files", () => {
    expect(() => buildUrlSet(Array.from({ length: SITEMAP_MAX_URLS + 1 }, (_, i) => ({ url: `https://x.vn/${i}` })))).toThrow();
    expect(buildSitemapIndex([{ url: "https://x.vn/sitemap/trang.xml" }])).toContain("<sitemap><loc>https://x.vn/sitemap/trang.xml</loc></sitemap>");
  });
});
