import { sanitizeDocument } from "./sanitize";
import type { RichTextDoc, RichTextNode } from "./types";

// Pure (no DOM): used on the server for search text and in the browser by the live checklist.

/** The readable text of a body, one line per paragraph, heading, list item or caption: for search and word counts. */
export function extractPlainText(doc: unknown): string {
  const result = sanitizeDocument(doc);
  return result.ok ? plainTextOfSanitized(result.doc) : "";
}

/** The same for a document that has just been sanitized, without sanitizing it a second time. */
export function plainTextOfSanitized(doc: RichTextDoc): string {
  const lines: string[] = [];
  collectLines(doc.content, lines);
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
