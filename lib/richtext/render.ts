import { generateHTML } from "@tiptap/html/server";
import { richTextExtensions } from "./extensions";
import { sanitizeDocument } from "./sanitize";

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

export { extractPlainText } from "./plain-text";
