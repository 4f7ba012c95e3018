import { createHash } from "node:crypto";
import { normalizeForSearch } from "@/lib/vietnamese";

// The text rules of the comment defences. Pure, so each is unit-tested on its own.

const DAY_MS = 24 * 60 * 60 * 1000;

// Invisible characters that only serve to disguise text (zero-width, direction overrides, BOM) and
// control characters other than tab and newline.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** A comment as stored: NFC, Unix newlines, no invisible characters, at most one blank line in a row. */
export function normalizeCommentText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(INVISIBLE, "")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A name as stored: NFC, single spaces, no invisible characters. */
export function normalizeName(text: string): string {
  return text.normalize("NFC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/**
 * The fingerprint duplicates are found by: the text without case, diacritics, punctuation or spacing,
 * so "Cảm ơn!!" and "cam on" are the same comment.
 */
export function commentContentHash(text: string): string {
  const bare = normalizeForSearch(normalizeCommentText(text)).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return createHash("sha256").update(bare).digest("hex");
}

// Links as spammers write them: with a scheme, starting with www., or a bare name under a common
// top-level domain ("vay-nhanh.example.com", "abc.vn/xyz").
const LINK =
  /(?:https?:\/\/|www\.)[^\s<>"]+|(?<![\p{L}\p{N}@.-])(?:[\p{L}\p{N}-]+\.)+(?:com|net|org|info|biz|vn|xyz|top|io|me|co|cc|tk|online|site|shop|store|club|app|link|live|ly|ru|cn)(?![\p{L}\p{N}-])(?:\/[^\s<>"]*)?/giu;

export function countLinks(text: string): number {
  return text.match(LINK)?.length ?? 0;
}

function foldCaseAndSpace(text: string): string {
  return text.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The listed words the text contains, as whole words and ignoring case. Diacritics count: in
 * Vietnamese they change the word ("đi" is not "đĩ"), so the list is matched as written.
 */
export function findListedWords(text: string, words: readonly string[]): string[] {
  const haystack = foldCaseAndSpace(normalizeCommentText(text));
  const found: string[] = [];
  for (const word of words) {
    const needle = foldCaseAndSpace(word);
    if (!needle || found.includes(needle)) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, "u");
    if (pattern.test(haystack)) found.push(needle);
  }
  return found;
}

/** When an article stops taking comments (null: never), counted from its publication. */
export function commentsCloseAt(publishedAt: Date | string | null, closeAfterDays: number): Date | null {
  if (!publishedAt || closeAfterDays <= 0) return null;
  return new Date(new Date(publishedAt).getTime() + closeAfterDays * DAY_MS);
}
