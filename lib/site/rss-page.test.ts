import { describe, expect, it } from "vitest";
import { buildRssPage, wantsHtml } from "./rss-page";

describe("wantsHtml", () => {
  it.each([
    ["text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8", true],
    ["application/rss+xml, application/rdf+xml;q=0.8, application/atom+xml;q=0.6, application/xml;q=0.4, text/xml;q=0.4", false],
    ["application/rss+xml, text/html;q=0.5", false],
    ["*/*", false],
    ["", false],
    [null, false],
  ])("%j → %s", (accept, expected) => expect(wantsHtml(accept)).toBe(expected));
});

describe("buildRssPage", () => {
  it("shows the feed's title, address and items as escaped text", () => {
    const html = buildRssPage({
      title: "Cổng <thông tin>",
      link: "https://pbgdpl.example.vn/",
      selfUrl: "https://pbgdpl.example.vn/rss",
      description: "Tin mới",
      items: [{ title: 'Bài "một" & <b>hai</b>', link: "https://pbgdpl.example.vn/bai-viet/mot", description: "Tóm tắt", publishedAt: new Date("2026-12-01T03:00:00Z"), byline: null, category: "Tin hoạt động" }],
    });
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain("<h1>Cổng &lt;thông tin&gt;</h1>");
    expect(html).toContain("<code>https://pbgdpl.example.vn/rss</code>");
    expect(html).toContain('<a href="https://pbgdpl.example.vn/bai-viet/mot">Bài &quot;một&quot; &amp; &lt;b&gt;hai&lt;/b&gt;</a>');
    expect(html).toContain("Tin hoạt động · ");
    expect(html).not.toContain("<script");
  });

  it("says so when the feed is empty", () => {
    expect(buildRssPage({ title: "T", link: "https://x/", selfUrl: "https://x/rss", description: "", items: [] })).toContain("Chưa có tin nào.");
  });
});
