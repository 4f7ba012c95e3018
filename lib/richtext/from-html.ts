// HTML from outside (an imported Word file) → Tiptap JSON, on the server. The editor's own schema reads
// the HTML (what it does not know is dropped, as when pasting), then the result goes through the same
// sanitizer as everything an editor sends. Server only: generateJSON opens a happy-dom window.
import { generateJSON } from "@tiptap/html/server";
import { richTextExtensions } from "./extensions";
import { sanitizeDocument } from "./sanitize";
import type { SanitizeResult } from "./types";

export function documentFromHtml(html: string): SanitizeResult {
  let json: unknown;
  try {
    json = generateJSON(html, richTextExtensions);
  } catch {
    return { ok: false, error: "Nội dung bài viết không đúng định dạng." };
  }
  return sanitizeDocument(json);
}
