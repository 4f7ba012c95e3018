// Headers for serving a stored file. The original Vietnamese name travels in `filename*` (RFC 5987,
// UTF-8, percent-encoded); the plain `filename` carries an ASCII fallback for old clients.
import { foldDiacritics } from "@/lib/vietnamese";

/** Types a browser may show inline; everything else is offered as a download. */
const INLINE_TYPES = new Set(["image/jpeg", "image/png", "image/webp", "image/gif", "application/pdf"]);

function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function contentDisposition(originalName: string, mimeType: string, forceDownload = false): string {
  const name = originalName.normalize("NFC").replace(/[\r\n"\\/]/g, "_");
  const ascii = foldDiacritics(name).replace(/[^\x20-\x7e]/g, "_");
  const kind = !forceDownload && INLINE_TYPES.has(mimeType) ? "inline" : "attachment";
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

/**
 * How long others may keep a file. The bytes behind a key never change, but who may have them does:
 * a reader's copy of a published file may be kept a few minutes (a take-down reaches shared caches
 * soon), a staff member's copy of an unpublished one only in their own browser, checked each time.
 */
const CACHE_CONTROL = { public: "public, max-age=300", staff: "private, no-cache" } as const;

export function downloadHeaders(file: { originalName: string; mimeType: string; size: number }, forceDownload = false, audience: keyof typeof CACHE_CONTROL = "public") {
  return {
    "Content-Type": file.mimeType,
    "Content-Length": String(file.size),
    "Content-Disposition": contentDisposition(file.originalName, file.mimeType, forceDownload),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": CACHE_CONTROL[audience],
    // Even if a stored file were HTML, it could not run scripts in our origin.
    "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
  };
}
