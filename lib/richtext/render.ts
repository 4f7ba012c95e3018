import { getSchema } from "@tiptap/core";
import { DOMSerializer, Node, type Schema } from "@tiptap/pm/model";
import { Window } from "happy-dom";
import { richTextExtensions } from "./extensions";
import { QUIET_WINDOW_SETTINGS } from "./quiet-window";
import { sanitizeDocument } from "./sanitize";

type HtmlRenderer = { schema: Schema; serializer: DOMSerializer; document: Document };

let renderer: HtmlRenderer | null = null;

/**
 * What Tiptap's generateHTML does, with its costly parts made once per process: it builds the schema
 * from the extensions and opens a new happy-dom window on every call, which was most of the CPU an
 * uncached article page took. Serializing is synchronous and writes only into a detached element, so
 * one document serves every call.
 */
function htmlRenderer(): HtmlRenderer {
  if (!renderer) {
    const schema = getSchema(richTextExtensions);
    const window = new Window({ settings: QUIET_WINDOW_SETTINGS });
    renderer = { schema, serializer: DOMSerializer.fromSchema(schema), document: window.document as unknown as Document };
  }
  return renderer;
}

/**
 * The article body as HTML for the public page. Always sanitizes first, even for stored documents,
 * so a row written before a rule was tightened (or by hand) is held to today's allowlist.
 * A document that cannot be sanitized renders as nothing rather than failing the page.
 */
export function renderArticleHtml(doc: unknown): string {
  const result = sanitizeDocument(doc);
  if (!result.ok) return "";
  const { schema, serializer, document } = htmlRenderer();
  const wrap = document.createElement("div");
  serializer.serializeFragment(Node.fromJSON(schema, result.doc).content, { document }, wrap);
  return wrap.innerHTML;
}

export { extractPlainText } from "./plain-text";
