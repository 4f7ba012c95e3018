/**
 * Small builders for Tiptap JSON, for seed data and tests: `doc([h2("…"), p("…"), figure(src, alt, "…")])`.
 * They do not sanitize; rendering does.
 */
import type { RichTextDoc, RichTextMark, RichTextNode } from "./types";

/** A piece of inline content: plain text, or a node made by text(), bold(), link()… */
export type Inline = string | RichTextNode;

export function text(value: string, marks: RichTextMark[] = []): RichTextNode {
  return marks.length > 0 ? { type: "text", text: value, marks } : { type: "text", text: value };
}

export const bold = (value: string) => text(value, [{ type: "bold" }]);
export const italic = (value: string) => text(value, [{ type: "italic" }]);
export const underline = (value: string) => text(value, [{ type: "underline" }]);
export const link = (value: string, href: string) => text(value, [{ type: "link", attrs: { href } }]);

/** Inline nodes from strings and nodes; a "\n" inside a string becomes a line break, "" nothing. */
function inline(parts: Inline[]): RichTextNode[] {
  const nodes: RichTextNode[] = [];
  for (const part of parts) {
    if (typeof part !== "string") {
      nodes.push(part);
      continue;
    }
    part.split("\n").forEach((line, index) => {
      if (index > 0) nodes.push({ type: "hardBreak" });
      if (line !== "") nodes.push(text(line));
    });
  }
  return nodes;
}

function withContent(node: RichTextNode, content: RichTextNode[]): RichTextNode {
  return content.length > 0 ? { ...node, content } : node;
}

export function doc(blocks: RichTextNode[]): RichTextDoc {
  return { type: "doc", content: blocks.length > 0 ? blocks : [p()] };
}

export const p = (...parts: Inline[]) => withContent({ type: "paragraph" }, inline(parts));
export const h2 = (...parts: Inline[]) => withContent({ type: "heading", attrs: { level: 2 } }, inline(parts));
export const h3 = (...parts: Inline[]) => withContent({ type: "heading", attrs: { level: 3 } }, inline(parts));
export const blockquote = (...blocks: RichTextNode[]): RichTextNode => ({ type: "blockquote", content: blocks });
export const horizontalRule = (): RichTextNode => ({ type: "horizontalRule" });

/** An image from our storage (`/tep/…`) with its caption. */
export function figure(src: string, alt: string, caption: Inline | Inline[] = []): RichTextNode {
  return withContent({ type: "figure", attrs: { src, alt } }, inline(Array.isArray(caption) ? caption : [caption]));
}

export const image = (src: string, alt: string): RichTextNode => ({ type: "image", attrs: { src, alt } });

/** Each item is a line of text or the blocks of a richer item. */
type ListItem = string | RichTextNode[];

function listItems(items: ListItem[]): RichTextNode[] {
  return items.map((item) => ({ type: "listItem", content: typeof item === "string" ? [p(item)] : item }));
}

export const bulletList = (items: ListItem[]): RichTextNode => ({ type: "bulletList", content: listItems(items) });
export const orderedList = (items: ListItem[]): RichTextNode => ({ type: "orderedList", content: listItems(items) });

/** A table of text cells; the first row is the header row unless `headerRow` is false. */
export function table(rows: Inline[][], { headerRow = true } = {}): RichTextNode {
  return {
    type: "table",
    content: rows.map((cells, rowIndex) => ({
      type: "tableRow",
      content: cells.map((cell) => ({
        type: headerRow && rowIndex === 0 ? "tableHeader" : "tableCell",
        content: [p(cell)],
      })),
    })),
  };
}

/** One paragraph per string, skipping blank ones: for bodies kept as plain text. */
export function paragraphsToDoc(paragraphs: string[]): RichTextDoc {
  return doc(paragraphs.filter((paragraph) => paragraph.trim() !== "").map((paragraph) => p(paragraph)));
}
