/**
 * Which URLs may appear in article bodies. Shared by the server sanitizer and the browser editor, so it
 * must stay free of server-only imports.
 */

/** Public path under which stored uploads are served; the only place article images may come from. */
export const STORAGE_PATH_PREFIX = "/tep/";

const LINK_SCHEMES = new Set(["http", "https", "mailto", "tel"]);
const MAX_URL_LENGTH = 2048;

// Browsers drop tab and line feeds anywhere in a URL and other controls at its ends; we drop all
// controls anywhere, since no real address contains one.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;
// Stricter than a browser on purpose: every kind of whitespace, control and invisible format character.
const INVISIBLE = /[\s\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/;

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", colon: ":", tab: "\t", newline: "\n", nbsp: " ", sol: "/", bsol: "\\", period: ".",
  lpar: "(", rpar: ")", quot: '"', apos: "'", lt: "<", gt: ">", num: "#", percnt: "%", semi: ";",
};

function decodeEntitiesOnce(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (_, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    // An entity we do not know is dropped, not kept: removing it can only make a scheme easier to see.
    return NAMED_ENTITIES[body.toLowerCase()] ?? "";
  });
}

function decodePercentOnce(text: string): string {
  return text.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * What a URL could turn into after any layer of decoding (HTML entities, percent escapes, repeated
 * to undo double encoding) with every invisible character removed, lower-cased. Used only to decide;
 * the URL that is kept is the author's own, because our HTML output escapes `&` so nothing decodes it.
 */
function revealed(url: string): string {
  let current = url;
  for (let round = 0; round < 5; round++) {
    const next = decodePercentOnce(decodeEntitiesOnce(current)).replace(INVISIBLE, "");
    if (next === current) break;
    current = next;
  }
  return current.replace(INVISIBLE, "").toLowerCase();
}

/**
 * The link target to keep, or null when it is not an http(s), mailto or tel URL or a path on this site.
 * `JaVaScRiPt:`, `java\tscript:`, `&#106;avascript:`, `\u0000javascript:`, ` data:` and the like are refused.
 */
export function safeLinkHref(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const href = value.replace(CONTROL_CHARACTERS, "").trim();
  if (href === "" || href.length > MAX_URL_LENGTH) return null;

  const probe = revealed(href);
  const scheme = SCHEME.exec(probe)?.[1];
  if (scheme !== undefined) return LINK_SCHEMES.has(scheme) ? escapeUnsafeUrlCharacters(href) : null;
  // A path-looking value starting with two slashes (or backslashes, which browsers read as slashes)
  // would leave the site; we only accept relative links to our own pages.
  if (/^[\\/]{2}/.test(probe)) return null;
  return escapeUnsafeUrlCharacters(href);
}

/**
 * Percent-encodes the characters no URL needs raw (quotes, angle brackets, spaces, backticks), so an
 * href never carries markup-looking text; browsers decode them back to the same address.
 */
function escapeUnsafeUrlCharacters(url: string): string {
  return url.replace(/[\s"'<>`]/g, (character) => (character === "'" ? "%27" : encodeURIComponent(character)));
}

const STORAGE_KEY_PATH = /^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;

/** The image source to keep, or null unless it is a plain path under STORAGE_PATH_PREFIX. */
export function safeImageSrc(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const src = value.trim();
  if (!src.startsWith(STORAGE_PATH_PREFIX) || src.length > MAX_URL_LENGTH) return null;
  const key = src.slice(STORAGE_PATH_PREFIX.length);
  // A short character set (no %, ?, #, \, :) leaves nothing to decode and no way out of the prefix.
  if (!STORAGE_KEY_PATH.test(key)) return null;
  if (key.split("/").some((segment) => segment === "." || segment === "..")) return null;
  return src;
}
