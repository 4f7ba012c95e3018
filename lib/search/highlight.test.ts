import { describe, expect, it } from "vitest";
import { highlight, highlightExcerpt, segmentsToHtml } from "./highlight";
import { parseSearchQuery } from "./query";

const terms = (q: string) => parseSearchQuery(q).terms;
const marked = (text: string, q: string) =>
  highlight(text, terms(q))
    .filter((s) => s.match)
    .map((s) => s.text);

describe("highlight", () => {
  it("marks matches whatever the accents and case, keeping the original text", () => {
    expect(marked("Phổ biến PHÁP LUẬT và pháp luật", "phap luat")).toEqual(["PHÁP", "LUẬT", "pháp", "luật"]);
    expect(marked("Đường giao thông nông thôn", "duong")).toEqual(["Đường"]);
    expect(marked("duong", "đường")).toEqual(["duong"]);
  });

  it("marks a phrase as one piece, across any separator", () => {
    expect(marked("Luật Đất đai năm 2024; luật về đất đai", '"luật đất đai"')).toEqual(["Luật Đất đai"]);
    expect(marked("Luật đất-đai", '"luat dat dai"')).toEqual(["Luật đất-đai"]);
  });

  it("marks whole words only", () => {
    expect(marked("Toàn dân an tâm", "an")).toEqual(["an"]);
  });

  it("keeps the text intact: the segments put together give it back", () => {
    const text = "Hội nghị phổ biến pháp luật về đất đai tại xã An Phú";
    expect(
      highlight(text, terms("pháp đất an"))
        .map((s) => s.text)
        .join(""),
    ).toBe(text);
  });

  it("escapes before marking: markup in the text stays text", () => {
    const html = segmentsToHtml(highlight(`<script>alert("pháp")</script> & luật`, terms("phap luat")));
    expect(html).toBe("&lt;script&gt;alert(&quot;<mark>pháp</mark>&quot;)&lt;/script&gt; &amp; <mark>luật</mark>");
    expect(html).not.toContain("<script");
  });

  it("handles decomposed text by composing it first", () => {
    expect(marked("pha\u0301p luâ\u0323t", "phap")).toEqual(["pháp"]);
  });
});

describe("highlightExcerpt", () => {
  const long = `${"Mở đầu bài viết dài. ".repeat(30)}Đoạn này nói về hòa giải ở cơ sở tại thôn Đông. ${"Phần kết. ".repeat(40)}`;

  it("shows the passage around the first match, cut at word boundaries", () => {
    const segments = highlightExcerpt(long, terms("hoa giai"), 120);
    const text = segments.map((s) => s.text).join("");
    expect(text.startsWith("… ")).toBe(true);
    expect(text.endsWith(" …")).toBe(true);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(["hòa", "giải"]);
    expect(text.length).toBeLessThanOrEqual(130);
  });

  it("shows the opening when nothing matches, and short text whole", () => {
    expect(highlightExcerpt(long, terms("khongco"), 50)[0].text.startsWith("Mở đầu")).toBe(true);
    expect(highlightExcerpt("Ngắn gọn", terms("gon"))).toEqual([
      { text: "Ngắn ", match: false },
      { text: "gọn", match: true },
    ]);
  });
});
