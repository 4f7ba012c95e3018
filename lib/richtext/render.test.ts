import { getSchema } from "@tiptap/core";
import { generateHTML } from "@tiptap/html/server";
import { Node } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import {
  blockquote,
  bold,
  bulletList,
  doc,
  extractPlainText,
  figure,
  h2,
  h3,
  horizontalRule,
  image,
  italic,
  link,
  orderedList,
  p,
  paragraphsToDoc,
  renderArticleHtml,
  richTextExtensions,
  sanitizeDocument,
  table,
  text,
  underline,
} from "@/lib/richtext";
import { HOSTILE_INPUTS, deeplyNested, manyParagraphs } from "./hostile-inputs.fixture";

/** Every element and attribute the renderer may ever emit. */
const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  p: [], h2: [], h3: [], strong: [], em: [], u: [], s: [], br: [], hr: [],
  ul: [], ol: ["start"], li: [], blockquote: [],
  a: ["href", "target", "rel", "title"],
  img: ["src", "alt", "loading", "decoding"], figure: [], figcaption: [],
  table: [], tbody: [], tr: [], th: ["colspan", "rowspan"], td: ["colspan", "rowspan"],
};

const OPEN_TAG = /<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/g;
const CLOSE_TAG = /<\/([a-zA-Z][a-zA-Z0-9]*)>/g;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:="([^"]*)")?/g;

function decodeAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&nbsp;/g, "\u00a0").replace(/&amp;/g, "&");
}

/**
 * Reads the serializer's output (double-quoted, escaped attributes) as tags and attributes, and fails
 * if any `<` is left over that is not a tag we recognised: text must reach the page escaped.
 */
function assertSafeHtml(html: string) {
  const leftover = html.replace(OPEN_TAG, "").replace(CLOSE_TAG, "");
  expect(leftover, "unescaped < in text").not.toContain("<");
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<(iframe|svg|style|object|embed|math)/i);

  for (const [, tag, attributeText] of html.matchAll(OPEN_TAG)) {
    const allowed = ALLOWED_ATTRIBUTES[tag.toLowerCase()];
    expect(allowed, `element <${tag}>`).toBeDefined();
    for (const [, name, rawValue = ""] of attributeText.matchAll(ATTRIBUTE)) {
      expect(name).not.toMatch(/^on/i);
      expect(allowed, `attribute ${name} on <${tag}>`).toContain(name.toLowerCase());
      const value = decodeAttribute(rawValue);
      const squeezed = value.replace(/[\s\u0000-\u001f]/g, "").toLowerCase();
      if (name === "href" || name === "src") {
        expect(squeezed).not.toMatch(/^(javascript|data|vbscript|livescript|file):/);
        expect(squeezed).not.toMatch(/&#|%[0-9a-f]{2}.*:/);
      }
      if (name === "src") expect(value).toMatch(/^\/tep\/[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/);
      if (name === "href" && value !== "") expect(value).toMatch(/^(https?:\/\/|mailto:|tel:|\/(?![/\\])|#|\?)/);
    }
  }
}

describe("renderArticleHtml on hostile input", () => {
  expect(HOSTILE_INPUTS.length).toBeGreaterThanOrEqual(30);

  for (const { name, doc: input } of HOSTILE_INPUTS) {
    it(`renders safely: ${name}`, () => {
      const html = renderArticleHtml(input);
      assertSafeHtml(html);
    });

    it(`sanitizes to a schema-valid, stable document: ${name}`, () => {
      const result = sanitizeDocument(input);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(() => Node.fromJSON(schema, result.doc).check()).not.toThrow();
      expect(sanitizeDocument(result.doc)).toEqual(result);
    });
  }

  it("escapes text that looks like markup", () => {
    const html = renderArticleHtml(doc([p('<script>alert(1)</script> & "x"')]));
    expect(html).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"x\"</p>");
  });

  it("keeps the link text when the link is refused", () => {
    expect(renderArticleHtml(doc([p(link("Xem chi tiết", "javascript:alert(1)"))]))).toBe("<p>Xem chi tiết</p>");
  });

  it("keeps a figure's caption when its image is refused", () => {
    expect(renderArticleHtml(doc([figure("https://evil.example/a.png", "Ảnh", "Hội nghị tập huấn")]))).toBe("<p>Hội nghị tập huấn</p>");
  });

  it("escapes quotes in alt and title, and drops angle brackets from them", () => {
    const html = renderArticleHtml({
      type: "doc",
      content: [
        { type: "figure", attrs: { src: "/tep/ab/cd/anh.jpg", alt: '" onerror="alert(1)' } },
        { type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "https://moj.gov.vn", title: '"><b>' } }] }] },
      ],
    });
    expect(html).toContain('alt="&quot; onerror=&quot;alert(1)"');
    expect(html).toContain('title="&quot;b"');
  });

  it("renders nothing for documents over the depth or size limits", () => {
    expect(renderArticleHtml(deeplyNested(50))).toBe("");
    expect(renderArticleHtml(manyParagraphs(15_000))).toBe("");
  });

  it("renders nothing for input that is not a document", () => {
    for (const input of [null, undefined, 42, "", "not json", [], { type: "paragraph" }, { content: [] }]) {
      expect(renderArticleHtml(input)).toBe("");
    }
  });
});

const schema = getSchema(richTextExtensions);

const BENIGN = doc([
  h2("Quy định mới về ", italic("đất đai")),
  p(
    "Theo ",
    bold("Luật Đất đai 2024"),
    ", người dân ",
    underline("cần lưu ý"),
    " ",
    text("điều cũ", [{ type: "strike" }]),
    ". Xem ",
    link("Cổng thông tin", "https://moj.gov.vn/vbpq?id=1&lang=vi"),
    ", ",
    link("bài liên quan", "/bai-viet/hoi-nghi-trien-khai"),
    ", gửi ",
    link("thư", "mailto:pbgdpl@example.gov.vn"),
    " hoặc gọi ",
    link("0290 3 123 456", "tel:+842903123456"),
    ".",
  ),
  h3("Các bước"),
  orderedList(["Nộp hồ sơ", [p("Nhận kết quả"), bulletList(["Trực tiếp", "Qua bưu điện"])]]),
  blockquote(p("Dòng một\nDòng hai")),
  horizontalRule(),
  table([
    ["Đơn vị", "Số bài"],
    ["Sở Tư pháp", "12"],
  ]),
  figure("/tep/ab/cd/abcd1234.jpg", "Quang cảnh hội nghị", ["Quang cảnh hội nghị. ", italic("Ảnh: Hữu Phước")]),
  image("/tep/ef/01/ef01.png", "Sơ đồ"),
]);

const BENIGN_HTML = [
  "<h2>Quy định mới về <em>đất đai</em></h2>",
  "<p>Theo <strong>Luật Đất đai 2024</strong>, người dân <u>cần lưu ý</u> <s>điều cũ</s>. Xem ",
  '<a target="_blank" rel="noopener noreferrer nofollow" href="https://moj.gov.vn/vbpq?id=1&amp;lang=vi">Cổng thông tin</a>, ',
  '<a target="_blank" rel="noopener noreferrer nofollow" href="/bai-viet/hoi-nghi-trien-khai">bài liên quan</a>, gửi ',
  '<a target="_blank" rel="noopener noreferrer nofollow" href="mailto:pbgdpl@example.gov.vn">thư</a> hoặc gọi ',
  '<a target="_blank" rel="noopener noreferrer nofollow" href="tel:+842903123456">0290 3 123 456</a>.</p>',
  "<h3>Các bước</h3>",
  "<ol><li><p>Nộp hồ sơ</p></li><li><p>Nhận kết quả</p><ul><li><p>Trực tiếp</p></li><li><p>Qua bưu điện</p></li></ul></li></ol>",
  "<blockquote><p>Dòng một<br>Dòng hai</p></blockquote>",
  "<hr>",
  "<table><tbody><tr><th><p>Đơn vị</p></th><th><p>Số bài</p></th></tr><tr><td><p>Sở Tư pháp</p></td><td><p>12</p></td></tr></tbody></table>",
  '<figure><img src="/tep/ab/cd/abcd1234.jpg" alt="Quang cảnh hội nghị" loading="lazy" decoding="async"><figcaption>Quang cảnh hội nghị. <em>Ảnh: Hữu Phước</em></figcaption></figure>',
  '<img src="/tep/ef/01/ef01.png" alt="Sơ đồ" loading="lazy" decoding="async">',
].join("");

describe("renderArticleHtml on benign content", () => {
  it("keeps every allowed element exactly", () => {
    expect(sanitizeDocument(BENIGN)).toEqual({ ok: true, doc: BENIGN });
    const html = renderArticleHtml(BENIGN);
    expect(html).toBe(BENIGN_HTML);
    assertSafeHtml(html);
  });

  it("renders the same from the document's JSON text", () => {
    expect(renderArticleHtml(JSON.stringify(BENIGN))).toBe(BENIGN_HTML);
  });

  it("keeps table cell spans and an ordered list's start", () => {
    const spanned = doc([
      {
        type: "table",
        content: [
          { type: "tableRow", content: [{ type: "tableHeader", attrs: { colspan: 2 }, content: [p("Tổng hợp")] }] },
          { type: "tableRow", content: [{ type: "tableCell", content: [p("a")] }, { type: "tableCell", content: [p("b")] }] },
        ],
      },
      { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [p("ba")] }] },
    ]);
    expect(renderArticleHtml(spanned)).toBe(
      '<table><tbody><tr><th colspan="2"><p>Tổng hợp</p></th></tr><tr><td><p>a</p></td><td><p>b</p></td></tr></tbody></table>' +
        '<ol start="3"><li><p>ba</p></li></ol>',
    );
  });

  it("renders an empty document as one empty paragraph", () => {
    expect(renderArticleHtml({ type: "doc", content: [] })).toBe("<p></p>");
  });

  it("writes what Tiptap's own generateHTML writes, call after call, with nothing left over from the last one", () => {
    // The renderer keeps one schema and one DOM document for every call (render.ts).
    const documents = [BENIGN, ...HOSTILE_INPUTS.map(({ doc: input }) => sanitizeDocument(input)).flatMap((r) => (r.ok ? [r.doc] : [])), BENIGN];
    for (const document of documents) expect(renderArticleHtml(document)).toBe(generateHTML(document, richTextExtensions));
  });
});

describe("richTextExtensions without the sanitizer", () => {
  // The browser editor renders with these extensions and never runs the sanitizer.
  it("still refuses script links and foreign images", () => {
    const html = generateHTML(
      {
        type: "doc",
        content: [
          { type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "JaVaScRiPt:alert(1)" } }] }] },
          { type: "image", attrs: { src: "https://evil.example/a.png", alt: "a" } },
          { type: "figure", attrs: { src: "data:image/png;base64,AAAA", alt: "b" }, content: [{ type: "text", text: "c" }] },
        ],
      },
      richTextExtensions,
    );
    expect(html).not.toMatch(/javascript|evil\.example|data:/i);
  });
});

describe("extractPlainText", () => {
  it("gives one line per paragraph, heading, list item, cell and caption", () => {
    expect(extractPlainText(BENIGN).split("\n")).toEqual([
      "Quy định mới về đất đai",
      "Theo Luật Đất đai 2024, người dân cần lưu ý điều cũ. Xem Cổng thông tin, bài liên quan, gửi thư hoặc gọi 0290 3 123 456.",
      "Các bước",
      "Nộp hồ sơ",
      "Nhận kết quả",
      "Trực tiếp",
      "Qua bưu điện",
      "Dòng một",
      "Dòng hai",
      "Đơn vị",
      "Số bài",
      "Sở Tư pháp",
      "12",
      "Quang cảnh hội nghị. Ảnh: Hữu Phước",
    ]);
  });

  it("leaves out what the sanitizer drops", () => {
    const input = { type: "doc", content: [{ type: "script", content: [{ type: "text", text: "alert(1)" }] }, { type: "paragraph", content: [{ type: "text", text: "Nội dung" }] }] };
    expect(extractPlainText(input)).toBe("Nội dung");
  });

  it("returns an empty string for refused input", () => {
    expect(extractPlainText(deeplyNested(50))).toBe("");
    expect(extractPlainText("not json")).toBe("");
  });
});

describe("paragraphsToDoc", () => {
  it("makes one paragraph per non-blank string", () => {
    const built = paragraphsToDoc(["Đoạn một", "  ", "Đoạn hai\ndòng mới"]);
    expect(renderArticleHtml(built)).toBe("<p>Đoạn một</p><p>Đoạn hai<br>dòng mới</p>");
  });

  it("gives an empty but valid document for no paragraphs", () => {
    const built = paragraphsToDoc([]);
    expect(() => Node.fromJSON(schema, built).check()).not.toThrow();
  });
});
