/**
 * Article bodies: Tiptap JSON checked against an allowlist and rendered on the server.
 * Client components (the editor) import `@/lib/richtext/extensions` and `@/lib/richtext/urls` directly:
 * this index also exports the renderer, which pulls in a server-side DOM.
 */
export { sanitizeDocument } from "./sanitize";
export { renderArticleHtml, extractPlainText } from "./render";
export { richTextExtensions } from "./extensions";
export { STORAGE_PATH_PREFIX, safeImageSrc, safeLinkHref } from "./urls";
export { MAX_DEPTH, MAX_JSON_BYTES, MAX_NODES } from "./allowlist";
export * from "./build";
export type { RichTextDoc, RichTextMark, RichTextNode, SanitizeResult } from "./types";
