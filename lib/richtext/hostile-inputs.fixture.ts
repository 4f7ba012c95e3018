/**
 * Hostile article bodies for the sanitizer and renderer tests. Each one is something a crafted request
 * (not our editor) could send. Add new attacks here: every test file that imports this runs them all.
 */

export interface HostileInput {
  name: string;
  doc: unknown;
}

const text = (value: string, marks?: unknown[]) => (marks ? { type: "text", text: value, marks } : { type: "text", text: value });
const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });
const docOf = (...content: unknown[]) => ({ type: "doc", content });
const linkTo = (href: unknown, label = "Bấm vào đây") => docOf(paragraph(text(label, [{ type: "link", attrs: { href } }])));
const imageFrom = (src: unknown) => docOf({ type: "image", attrs: { src, alt: "Ảnh" } });

/** Ways to write a script, data or vbscript URL that naive checks let through. */
export const HOSTILE_HREFS: string[] = [
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "java\rscript:alert(1)",
  "&#106;avascript:alert(1)",
  "&#x6A;avascript:alert(1)",
  "&#0000106&#0000097vascript:alert(1)",
  "&amp;#106;avascript:alert(1)",
  "javascript&colon;alert(1)",
  "jav&#x09;ascript:alert(1)",
  "\u0000javascript:alert(1)",
  "\u0001\u0002javascript:alert(1)",
  "\u200bjavascript:alert(1)",
  "\ufeffjavascript:alert(1)",
  "   javascript:alert(1)",
  "%6A%61%76%61script:alert(1)",
  "javascript%3Aalert(1)",
  " data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "DATA:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "  VBScript:msgbox(1)",
  "livescript:alert(1)",
  "file:///etc/passwd",
  "//evil.example/phish",
  "/\\evil.example/phish",
];

/** Image sources that are not our storage. */
export const HOSTILE_IMAGE_SOURCES: string[] = [
  "https://evil.example/track.png",
  "http://evil.example/track.png",
  "//evil.example/track.png",
  "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
  "javascript:alert(1)",
  "/tep/../quan-tri",
  "/tep/%2e%2e/quan-tri",
  "/tep/a.png\" onerror=\"alert(1)",
  "/tep/a.png?x=<script>",
  "/tepx/a.png",
  "tep/a.png",
  "/TEP/a.png",
  "/tep/",
  "/tep//evil.example/a.png",
  "/tep/a\\b.png",
];

export const HOSTILE_INPUTS: HostileInput[] = [
  ...HOSTILE_HREFS.map((href) => ({ name: `link to ${JSON.stringify(href)}`, doc: linkTo(href) })),
  ...HOSTILE_IMAGE_SOURCES.map((src) => ({ name: `image from ${JSON.stringify(src)}`, doc: imageFrom(src) })),
  {
    name: "figure with a script URL keeps only its caption",
    doc: docOf({ type: "figure", attrs: { src: "javascript:alert(1)", alt: "x" }, content: [text("Chú thích")] }),
  },
  {
    name: "event-handler attributes on nodes",
    doc: docOf(
      { type: "paragraph", attrs: { onclick: "alert(1)", onmouseover: "alert(2)" }, content: [text("Xin chào")] },
      { type: "heading", attrs: { level: 2, onfocus: "alert(3)", autofocus: true }, content: [text("Tiêu đề")] },
      { type: "image", attrs: { src: "/tep/ab/cd/anh.jpg", alt: "Ảnh", onerror: "alert(4)", onload: "alert(5)" } },
    ),
  },
  {
    name: "event-handler attributes on marks",
    doc: docOf(paragraph(text("đậm", [{ type: "bold", attrs: { onmouseover: "alert(1)" } }, { type: "link", attrs: { href: "https://moj.gov.vn", onclick: "alert(2)", target: "_self", rel: "opener" } }]))),
  },
  { name: "script node", doc: docOf({ type: "script", content: [text("alert(1)")] }, paragraph(text("sau"))) },
  { name: "iframe node", doc: docOf({ type: "iframe", attrs: { src: "javascript:alert(1)" } }) },
  { name: "svg node", doc: docOf({ type: "svg", attrs: { onload: "alert(1)" }, content: [{ type: "script", content: [text("alert(2)")] }] }) },
  { name: "style node", doc: docOf({ type: "style", content: [text("body{background:url(javascript:alert(1))}")] }) },
  { name: "object and embed nodes", doc: docOf({ type: "object", attrs: { data: "data:text/html,x" } }, { type: "embed", attrs: { src: "x.swf" } }) },
  { name: "unknown wrapper around a script", doc: docOf({ type: "div", attrs: { onclick: "x" }, content: [{ type: "SCRIPT", content: [text("alert(1)")] }, paragraph(text("giữ lại"))] }) },
  { name: "node types named after Object members", doc: docOf({ type: "__proto__", content: [paragraph(text("a"))] }, { type: "constructor" }, { type: "toString" }) },
  {
    name: "text that looks like HTML",
    doc: docOf(paragraph(text('<script>alert(1)</script><img src=x onerror=alert(1)> "quoted" & \'single\'')), { type: "heading", attrs: { level: 3 }, content: [text("<iframe src=javascript:alert(1)>")] }),
  },
  { name: "style attributes everywhere", doc: docOf({ type: "paragraph", attrs: { style: "background:url(javascript:alert(1))", class: "x" }, content: [text("a", [{ type: "bold", attrs: { style: "color:red" } }])] }) },
  {
    name: "table with style, width and handler attributes",
    doc: docOf({
      type: "table",
      attrs: { style: "width:100%", onclick: "x" },
      content: [{ type: "tableRow", attrs: { style: "x" }, content: [{ type: "tableCell", attrs: { colspan: 2, colwidth: [999], align: "center", style: "expression(alert(1))", onclick: "y" }, content: [paragraph(text("ô"))] }] }],
    }),
  },
  { name: "unknown marks", doc: docOf(paragraph(text("x", [{ type: "script", attrs: { src: "evil.js" } }, { type: "textStyle", attrs: { color: "red" } }, { type: "code" }]))) },
  { name: "link href that is not a string", doc: linkTo({ toString: "javascript:alert(1)" }) },
  { name: "link href as an array", doc: linkTo(["javascript:alert(1)"]) },
  { name: "text that is not a string", doc: docOf(paragraph({ type: "text", text: { toString: "<script>" } }, { type: "text", text: 42 })) },
  { name: "heading levels out of range", doc: docOf({ type: "heading", attrs: { level: 1 }, content: [text("h1")] }, { type: "heading", attrs: { level: 7 }, content: [text("h7")] }, { type: "heading", attrs: { level: "2 onclick=alert(1)" }, content: [text("chuỗi")] }) },
  { name: "ordered list with a script type and a hostile start", doc: docOf({ type: "orderedList", attrs: { start: "1\" onclick=\"alert(1)", type: "javascript:alert(1)" }, content: [{ type: "listItem", content: [paragraph(text("một"))] }] }) },
  { name: "alt text that tries to close the attribute", doc: docOf({ type: "figure", attrs: { src: "/tep/ab/cd/anh.jpg", alt: '" onerror="alert(1)' }, content: [text("Chú thích")] }) },
  { name: "link title that tries to close the attribute", doc: docOf(paragraph(text("x", [{ type: "link", attrs: { href: "https://moj.gov.vn", title: '"><script>alert(1)</script>' } }]))) },
  { name: "nested doc", doc: docOf({ type: "doc", content: [paragraph(text("trong"))] }) },
  { name: "code block and code mark, which are disabled", doc: docOf({ type: "codeBlock", content: [text("<script>alert(1)</script>")] }, paragraph(text("x", [{ type: "code" }]))) },
  { name: "document given as JSON text", doc: JSON.stringify(linkTo("javascript:alert(1)")) },
  { name: "control characters in text", doc: docOf(paragraph(text("a\u0000b\u0008c\u001bd\u007fe"))) },
];

/** Nesting beyond the depth limit. */
export function deeplyNested(levels: number): unknown {
  let node: unknown = paragraph(text("đáy"));
  for (let i = 0; i < levels; i++) node = { type: "blockquote", content: [node] };
  return docOf(node);
}

/** A document with `paragraphs` paragraphs of one text node each (two nodes per paragraph). */
export function manyParagraphs(paragraphs: number): unknown {
  return docOf(...Array.from({ length: paragraphs }, (_, i) => paragraph(text(`Đoạn ${i + 1}`))));
}
