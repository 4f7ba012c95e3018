/**
 * Puts already-cleaned nodes into a shape the schema accepts, the way a browser repairs bad HTML:
 * stray text gets a paragraph, stray cells get a row, a list item starts with a paragraph. Only
 * repairs structure; every node it receives has passed the allowlist.
 */
import { nodeRule, type ContentRule, type NodeRole } from "./allowlist";
import type { RichTextNode } from "./types";

type Json = Record<string, unknown>;

export function withAttrs<T extends { attrs?: Json }>(node: T, attrs: Json): T {
  return Object.keys(attrs).length > 0 ? { ...node, attrs } : node;
}

export function paragraph(content: RichTextNode[]): RichTextNode {
  return content.length > 0 ? { type: "paragraph", content } : { type: "paragraph" };
}

function roleOf(node: RichTextNode): NodeRole {
  return node.type === "text" ? "inline" : (nodeRule(node.type)?.role ?? "block");
}

/** Builds an allowed node, repairing content the schema would refuse; [] when nothing is left of it. */
export function build(type: string, content: ContentRule, attrs: Json, children: RichTextNode[]): RichTextNode[] {
  const node = (fitted: RichTextNode[]) => [withAttrs<RichTextNode>({ type, content: fitted }, attrs)];
  switch (content) {
    case "none":
      return [withAttrs<RichTextNode>({ type }, attrs)];
    case "inline": {
      const inline = toInline(children);
      return inline.length > 0 ? node(inline) : [withAttrs<RichTextNode>({ type }, attrs)];
    }
    case "blocks": {
      const blocks = toBlocks(children);
      if (type === "blockquote") return blocks.length > 0 ? node(blocks) : [];
      return node(blocks.length > 0 ? blocks : [paragraph([])]); // table cells may not be empty
    }
    case "listItemBlocks":
      return node(listItemContent(toBlocks(children)));
    case "listItems": {
      const items = toListItems(children);
      return items.length > 0 ? node(items) : [];
    }
    case "tableRows": {
      const rows = toTableRows(children);
      return rows.length > 0 ? node(rows) : [];
    }
    case "tableCells": {
      const cells = toTableCells(children);
      return cells.length > 0 ? node(cells) : [];
    }
  }
}

/** A paragraph holding blocks (an image pasted mid-text) becomes paragraphs around those blocks. */
export function splitParagraph(children: RichTextNode[]): RichTextNode[] {
  const result: RichTextNode[] = [];
  let run: RichTextNode[] = [];
  for (const child of children) {
    if (roleOf(child) === "inline") {
      run.push(child);
      continue;
    }
    if (run.length > 0) result.push(paragraph(run));
    run = [];
    result.push(...toBlocks([child]));
  }
  if (run.length > 0 || result.length === 0) result.push(paragraph(run));
  return result;
}

/** Inline content; misplaced blocks give their text, set apart by line breaks. */
export function toInline(nodes: RichTextNode[]): RichTextNode[] {
  const result: RichTextNode[] = [];
  let breakBeforeNext = false;
  for (const node of nodes) {
    const isInline = roleOf(node) === "inline";
    const inline = isInline ? [node] : inlineOf(node);
    if (inline.length === 0) continue;
    if (result.length > 0 && (breakBeforeNext || !isInline)) result.push({ type: "hardBreak" });
    result.push(...inline);
    breakBeforeNext = !isInline;
  }
  return result;
}

function inlineOf(node: RichTextNode): RichTextNode[] {
  if (roleOf(node) === "inline") return [node];
  return toInline(node.content ?? []);
}

/** Block content; stray inline runs become paragraphs, stray list items and cells give their blocks. */
export function toBlocks(nodes: RichTextNode[]): RichTextNode[] {
  const result: RichTextNode[] = [];
  let run: RichTextNode[] = [];
  const flush = () => {
    if (run.length > 0) result.push(paragraph(run));
    run = [];
  };
  for (const node of nodes) {
    const role = roleOf(node);
    if (role === "inline") {
      run.push(node);
      continue;
    }
    flush();
    if (role === "block") result.push(node);
    else if (role === "tableRow") for (const cell of node.content ?? []) result.push(...(cell.content ?? []));
    else result.push(...(node.content ?? []));
  }
  flush();
  return result;
}

/** The schema wants a list item to start with a paragraph. */
function listItemContent(blocks: RichTextNode[]): RichTextNode[] {
  return blocks[0]?.type === "paragraph" ? blocks : [paragraph([]), ...blocks];
}

function toListItems(nodes: RichTextNode[]): RichTextNode[] {
  const items: RichTextNode[] = [];
  let run: RichTextNode[] = [];
  const flushInline = () => {
    if (run.length > 0) items.push({ type: "listItem", content: [paragraph(run)] });
    run = [];
  };
  for (const node of nodes) {
    const role = roleOf(node);
    if (role === "inline") {
      run.push(node);
      continue;
    }
    flushInline();
    if (role === "listItem") {
      items.push(node);
      continue;
    }
    const blocks = toBlocks([node]);
    const previous = items.at(-1);
    // A list directly inside a list (common in pasted HTML) belongs to the item before it.
    if (previous) previous.content = [...(previous.content ?? []), ...blocks];
    else if (blocks.length > 0) items.push({ type: "listItem", content: listItemContent(blocks) });
  }
  flushInline();
  return items;
}

function toTableRows(nodes: RichTextNode[]): RichTextNode[] {
  const rows: RichTextNode[] = [];
  let run: RichTextNode[] = [];
  const flush = () => {
    const cells = toTableCells(run);
    if (cells.length > 0) rows.push({ type: "tableRow", content: cells });
    run = [];
  };
  for (const node of nodes) {
    if (node.type !== "tableRow") {
      run.push(node);
      continue;
    }
    flush();
    rows.push(node);
  }
  flush();
  return rows;
}

function toTableCells(nodes: RichTextNode[]): RichTextNode[] {
  const cells: RichTextNode[] = [];
  let run: RichTextNode[] = [];
  const flush = () => {
    const blocks = toBlocks(run);
    if (blocks.length > 0) cells.push({ type: "tableCell", content: blocks });
    run = [];
  };
  for (const node of nodes) {
    const role = roleOf(node);
    if (role !== "tableCell" && role !== "tableRow") {
      run.push(node);
      continue;
    }
    flush();
    if (role === "tableCell") cells.push(node);
    else cells.push(...(node.content ?? []));
  }
  flush();
  return cells;
}
