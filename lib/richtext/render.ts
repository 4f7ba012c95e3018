import { generateHTML } from "@tiptap/html/server";
import { richTextExtensions } from "./extensions";
import { sanitizeDocument } from "./sanitize";
import type { RichTextNode } from "./types";

/**
 * The article body as HTML for the public page. Always sanitizes first, even for stored documents,
 * so a row written before a rule was tightened (or by hand) is held to today's allowlist.
 * A document that cannot be sanitized renders as nothing rather than failing the page.
 */
export function renderArticleHtml(doc: unknown): string {
  const result = sanitizeDocument(doc);
  if (!result.ok) return "";
  return generateHTML(result.doc, richTextExtensions);
}

/** The readable text of a body, one line per paragraph, heading, list item or caption: for search and word counts. */
export function extractPlainText(doc: unknown): string {
  const result = sanitizeDocument(doc);
  if (!result.ok) return "";
  const lines: string[] = [];
  collectLines(result.doc.content, lines);
  return lines.join("\n");
}

const TEXTBLOCKS = new Set(["paragraph", "heading", "figure"]);

function collectLines(nodes: RichTextNode[], lines: string[]) {
  for (const node of nodes) {
    if (TEXTBLOCKS.has(node.type)) {
      const line = (node.content ?? []).map((inline) => (inline.type === "hardBreak" ? "\n" : (inline.text ?? ""))).join("");
      if (line.trim() !== "") lines.push(line);
    } else if (node.content) {
      collectLines(node.content, lines);
    }
  }
}
