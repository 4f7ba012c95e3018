import { describe, expect, it } from "vitest";
import { MAX_DEPTH, MAX_NODES, STORAGE_PATH_PREFIX, safeImageSrc, safeLinkHref, sanitizeDocument } from "@/lib/richtext";
import type { RichTextNode } from "@/lib/richtext";
import { HOSTILE_HREFS, HOSTILE_IMAGE_SOURCES, deeplyNested, manyParagraphs } from "./hostile-inputs.fixture";

const t = (text: string, marks?: unknown[]) => (marks ? { type: "text", text, marks } : { type: "text", text });
const para = (...content: unknown[]) => ({ type: "paragraph", content });

/** The sanitized body of a document made of `content`; fails the test if it was refused. */
function clean(...content: unknown[]): RichTextNode[] {
  const result = sanitizeDocument({ type: "doc", content });
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.doc.content;
}

describe("safeLinkHref", () => {
  it.each(HOSTILE_HREFS)("refuses %j", (href) => {
    expect(safeLinkHref(href)).toBeNull();
  });

  it.each([
    "https://moj.gov.vn/vbpq/Pages/chi-tiet.aspx?ItemID=1&lang=vi",
    "http://sotuphap.example.gov.vn",
    "HTTPS://MOJ.GOV.VN",
    "mailto:pbgdpl@example.gov.vn?subject=Hoi",
    "tel:+842903123456",
    "/bai-viet/hoi-nghi-trien-khai-luat-dat-dai-2024",
    "#muc-2",
    "?trang=2",
    "bai-viet/tuong-doi",
    "https://vi.wikipedia.org/wiki/Pháp_luật",
  ])("keeps %j", (href) => {
    expect(safeLinkHref(href)).toBe(href);
  });

  it("trims surrounding whitespace and control characters", () => {
    expect(safeLinkHref("  https://moj.gov.vn \n")).toBe("https://moj.gov.vn");
    expect(safeLinkHref("https://moj.gov.vn/a\u0000b")).toBe("https://moj.gov.vn/ab");
  });

  it("percent-encodes quotes, angle brackets and spaces", () => {
    expect(safeLinkHref('https://x.vn/?q="<b> c\'`')).toBe("https://x.vn/?q=%22%3Cb%3E%20c%27%60");
  });

  it("refuses non-strings, empty and overlong values", () => {
    for (const value of [undefined, null, 1, {}, ["https://x.vn"], "", "   ", `https://x.vn/${"a".repeat(3000)}`]) {
      expect(safeLinkHref(value)).toBeNull();
    }
  });
});

describe("safeImageSrc", () => {
  it("uses /tep/ as the storage prefix", () => {
    expect(STORAGE_PATH_PREFIX).toBe("/tep/");
  });

  it.each(HOSTILE_IMAGE_SOURCES)("refuses %j", (src) => {
    expect(safeImageSrc(src)).toBeNull();
  });

  it.each(["/tep/ab/cd/abcd1234.jpg", "/tep/anh-hoi-nghi.png", "/tep/ab/cd/" + "f".repeat(64) + ".webp"])("keeps %j", (src) => {
    expect(safeImageSrc(src)).toBe(src);
  });
});

describe("sanitizeDocument: structure", () => {
  it("refuses input that is not a document, in Vietnamese", () => {
    for (const input of [null, undefined, 1, "{", "[]", [], { type: "paragraph" }, { content: [] }, 10n]) {
      const result = sanitizeDocument(input);
      expect(result).toEqual({ ok: false, error: "Nội dung bài viết không đúng định dạng." });
    }
  });

  it("refuses cyclic objects instead of looping", () => {
    const cyclic: Record<string, unknown> = { type: "doc" };
    cyclic.content = [cyclic];
    expect(sanitizeDocument(cyclic).ok).toBe(false);
  });

  it("accepts the document as JSON text", () => {
    expect(sanitizeDocument(JSON.stringify({ type: "doc", content: [para(t("Xin chào"))] }))).toEqual({
      ok: true,
      doc: { type: "doc", content: [para(t("Xin chào"))] },
    });
  });

  it("gives an empty document one empty paragraph", () => {
    expect(clean()).toEqual([{ type: "paragraph" }]);
    expect(sanitizeDocument({ type: "doc" })).toEqual({ ok: true, doc: { type: "doc", content: [{ type: "paragraph" }] } });
  });

  it("maps heading levels to 2 and 3, and nonsense levels to paragraphs", () => {
    const heading = (level: unknown) => ({ type: "heading", attrs: { level }, content: [t("Tiêu đề")] });
    expect(clean(heading(1), heading(2), heading(3), heading(4), heading(6))).toEqual(
      [2, 2, 3, 3, 3].map((level) => ({ type: "heading", attrs: { level }, content: [t("Tiêu đề")] })),
    );
    for (const level of [0, 7, 2.5, "2", null, Number.NaN]) {
      expect(clean(heading(level))).toEqual([para(t("Tiêu đề"))]);
    }
    expect(clean({ type: "heading", content: [t("Không cấp")] })).toEqual([{ type: "heading", attrs: { level: 2 }, content: [t("Không cấp")] }]);
  });

  it("drops unknown attributes and keeps allowed ones", () => {
    expect(
      clean(
        { type: "paragraph", attrs: { class: "x", style: "color:red", id: "a" }, content: [t("a")] },
        { type: "orderedList", attrs: { start: 5, type: "i", style: "x" }, content: [{ type: "listItem", content: [para(t("năm"))] }] },
      ),
    ).toEqual([para(t("a")), { type: "orderedList", attrs: { start: 5 }, content: [{ type: "listItem", content: [para(t("năm"))] }] }]);
  });

  it("keeps only href and title on links, so the extension's rel always applies", () => {
    const [paragraph] = clean(para(t("x", [{ type: "link", attrs: { href: "https://moj.gov.vn", title: "Bộ Tư pháp", rel: "opener", target: "_self", class: "c" } }])));
    expect(paragraph.content?.[0].marks).toEqual([{ type: "link", attrs: { href: "https://moj.gov.vn", title: "Bộ Tư pháp" } }]);
  });

  it("keeps the text of a link whose target is refused", () => {
    expect(clean(para(t("Xem", [{ type: "bold" }, { type: "link", attrs: { href: "javascript:alert(1)" } }])))).toEqual([
      para(t("Xem", [{ type: "bold" }])),
    ]);
  });

  it("drops unknown and repeated marks", () => {
    expect(clean(para(t("x", [{ type: "bold" }, { type: "bold" }, { type: "code" }, { type: "textStyle" }, "italic", null])))).toEqual([
      para(t("x", [{ type: "bold" }])),
    ]);
  });

  it("unwraps unknown nodes to their content but discards script-like nodes with theirs", () => {
    expect(clean({ type: "div", content: [para(t("trong div"))] }, { type: "script", content: [t("alert(1)")] }, { type: "Style", content: [t("x")] })).toEqual([
      para(t("trong div")),
    ]);
    expect(clean({ type: "customInline", content: [t("chữ")] })).toEqual([para(t("chữ"))]);
  });

  it("turns a figure with a refused image into its caption", () => {
    expect(clean({ type: "figure", attrs: { src: "https://evil.example/a.png", alt: "a" }, content: [t("Chú thích")] })).toEqual([para(t("Chú thích"))]);
    expect(clean({ type: "figure", attrs: { src: "https://evil.example/a.png" } })).toEqual([{ type: "paragraph" }]);
  });

  it("drops images from elsewhere and keeps ours with their alt", () => {
    expect(clean({ type: "image", attrs: { src: "https://evil.example/a.png" } }, { type: "image", attrs: { src: "/tep/a.png", alt: " Ảnh ", title: "t", width: 5 } })).toEqual([
      { type: "image", attrs: { src: "/tep/a.png", alt: "Ảnh" } },
    ]);
  });

  it("drops text that is not a string or is empty, and control characters", () => {
    expect(clean(para({ type: "text", text: 1 }, { type: "text" }, t(""), t("a\u0000b\u001fc\td")))).toEqual([para(t("abc\td"))]);
  });

  it("stores text in NFC, so search sees one spelling of each letter", () => {
    const [paragraph] = clean(para(t("Pháp luật".normalize("NFD"))));
    expect(paragraph.content?.[0].text).toBe("Pháp luật".normalize("NFC"));
  });

  it("wraps stray inline content at block level in paragraphs", () => {
    expect(clean(t("a"), { type: "hardBreak" }, t("b"), para(t("c")))).toEqual([para(t("a"), { type: "hardBreak" }, t("b")), para(t("c"))]);
  });

  it("splits a paragraph around blocks pasted inside it", () => {
    expect(clean(para(t("trước"), { type: "image", attrs: { src: "/tep/a.png" } }, t("sau")))).toEqual([
      para(t("trước")),
      { type: "image", attrs: { src: "/tep/a.png" } },
      para(t("sau")),
    ]);
  });

  it("flattens blocks inside headings to their text with line breaks", () => {
    expect(clean({ type: "heading", attrs: { level: 2 }, content: [para(t("a")), para(t("b"))] })).toEqual([
      { type: "heading", attrs: { level: 2 }, content: [t("a"), { type: "hardBreak" }, t("b")] },
    ]);
  });

  it("repairs lists: stray content becomes items, nested lists join the item before, empty lists go", () => {
    const nested = { type: "bulletList", content: [{ type: "listItem", content: [para(t("con"))] }] };
    expect(clean({ type: "bulletList", content: [{ type: "listItem", content: [para(t("một"))] }, nested, t("hai")] })).toEqual([
      {
        type: "bulletList",
        content: [
          { type: "listItem", content: [para(t("một")), nested] },
          { type: "listItem", content: [para(t("hai"))] },
        ],
      },
    ]);
    expect(clean({ type: "bulletList", content: [] }, { type: "orderedList" })).toEqual([{ type: "paragraph" }]);
    expect(clean({ type: "bulletList", content: [{ type: "listItem", content: [{ type: "blockquote", content: [para(t("x"))] }] }] })).toEqual([
      { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph" }, { type: "blockquote", content: [para(t("x"))] }] }] },
    ]);
  });

  it("repairs tables: cells outside rows get a row, empty cells get a paragraph, spans are checked", () => {
    expect(
      clean({
        type: "table",
        content: [
          { type: "tableCell", attrs: { colspan: 2, rowspan: "3" }, content: [para(t("a"))] },
          { type: "tableRow", content: [{ type: "tableHeader", attrs: { colspan: 1000 } }, t("lạc")] },
        ],
      }),
    ).toEqual([
      {
        type: "table",
        content: [
          { type: "tableRow", content: [{ type: "tableCell", attrs: { colspan: 2 }, content: [para(t("a"))] }] },
          { type: "tableRow", content: [{ type: "tableHeader", content: [{ type: "paragraph" }] }, { type: "tableCell", content: [para(t("lạc"))] }] },
        ],
      },
    ]);
    expect(clean({ type: "table", content: [] }, { type: "table", content: [{ type: "tableRow" }] })).toEqual([{ type: "paragraph" }]);
  });

  it("lifts cells and rows found outside a table into blocks", () => {
    expect(clean({ type: "tableRow", content: [{ type: "tableCell", content: [para(t("ô"))] }] }, { type: "listItem", content: [para(t("mục"))] })).toEqual([
      para(t("ô")),
      para(t("mục")),
    ]);
  });

  it("drops an empty blockquote and keeps horizontal rules without content", () => {
    expect(clean({ type: "blockquote", content: [] }, { type: "horizontalRule", content: [t("x")] })).toEqual([{ type: "horizontalRule" }]);
  });
});

describe("sanitizeDocument: limits", () => {
  it(`accepts nesting up to ${MAX_DEPTH} levels and refuses deeper, in Vietnamese`, () => {
    // doc > blockquote × n > paragraph > text: the text sits at depth n + 2.
    expect(sanitizeDocument(deeplyNested(MAX_DEPTH - 2)).ok).toBe(true);
    expect(sanitizeDocument(deeplyNested(MAX_DEPTH - 1))).toEqual({ ok: false, error: "Nội dung bài viết lồng nhau quá sâu (tối đa 20 cấp)." });
  });

  it("refuses absurd nesting without overflowing the stack", () => {
    expect(sanitizeDocument(deeplyNested(5_000)).ok).toBe(false);
    const deepText = `${'{"type":"blockquote","content":['.repeat(100_000)}${"]}".repeat(100_000)}`;
    expect(sanitizeDocument(`{"type":"doc","content":[${deepText}]}`).ok).toBe(false);
  });

  it(`accepts ${MAX_NODES} nodes and refuses more`, () => {
    expect(sanitizeDocument(manyParagraphs(MAX_NODES / 2)).ok).toBe(true);
    expect(sanitizeDocument(manyParagraphs(MAX_NODES / 2 + 1))).toEqual({ ok: false, error: "Nội dung bài viết quá dài (tối đa 20.000 thành phần)." });
  });

  it("counts marks towards the node limit", () => {
    const marks = Array.from({ length: MAX_NODES }, () => ({ type: "bold" }));
    expect(sanitizeDocument({ type: "doc", content: [para(t("x", marks))] }).ok).toBe(false);
  });

  it("refuses more than 2 MB of JSON, counting bytes, not characters", () => {
    const tooLarge = "Nội dung bài viết quá lớn (tối đa 2 MB).";
    expect(sanitizeDocument({ type: "doc", content: [para(t("a".repeat(2 * 1024 * 1024)))] })).toEqual({ ok: false, error: tooLarge });
    // 800 000 "ệ" are 2.4 MB in UTF-8 though only 800 000 characters long.
    expect(sanitizeDocument({ type: "doc", content: [para(t("ệ".repeat(800_000)))] })).toEqual({ ok: false, error: tooLarge });
    expect(sanitizeDocument({ type: "doc", content: [para(t("ệ".repeat(600_000)))] }).ok).toBe(true);
  });
});
