/**
 * Vietnamese text and time helpers: diacritic folding for slugs and search, and dates shown in the
 * province's time zone whatever the server's own zone is. Pure: safe in server and client code.
 */

export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

// Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact for every date
// the portal stores; it lets parsing and ISO output work without the platform's time-zone database.
const VIETNAM_OFFSET_MINUTES = 7 * 60;
const MINUTE_MS = 60_000;

const SLUG_FALLBACK = "bai-viet";

/** Removes tone and vowel marks ("Đất đai" → "Dat dai"), keeping case; accepts NFC or NFD input. */
export function foldDiacritics(text: string): string {
  return (
    text
      .normalize("NFD")
      // Combining marks: Vietnamese tones (grave, acute, hook, tilde, dot below) and the vowel marks
      // of ă, â, ê, ô, ơ, ư (breve, circumflex, horn) all decompose into this block.
      .replace(/[\u0300-\u036f]/g, "")
      // đ has no decomposition: it is a letter of its own, not d plus a mark.
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D")
      .normalize("NFC")
  );
}

/**
 * A lower-case ASCII slug ("Luật Đất đai 2024" → "luat-dat-dai-2024"), cut at a word boundary so it is
 * at most `maxLength` long. Never empty: text with no letters or digits gives "bai-viet".
 */
export function slugify(text: string, maxLength = 80): string {
  const limit = Math.max(1, Math.floor(maxLength));
  const full = foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (full.length <= limit) return full || SLUG_FALLBACK;

  const cut = full.slice(0, limit + 1);
  const lastHyphen = cut.lastIndexOf("-");
  // One word longer than the limit has no boundary to cut at: cut inside it rather than return nothing.
  const slug = lastHyphen > 0 ? cut.slice(0, lastHyphen) : full.slice(0, limit);
  return slug.replace(/-+$/, "") || SLUG_FALLBACK;
}

export interface UniqueSlugOptions {
  /** How many numbered candidates (base-2, base-3, …) to try before falling back to a random suffix. */
  maxNumbered?: number;
}

/** `base`, or the first of base-2, base-3, … that `exists` says is free; a random suffix after that. */
export async function uniqueSlug(
  base: string,
  exists: (slug: string) => Promise<boolean>,
  options: UniqueSlugOptions = {},
): Promise<string> {
  const maxNumbered = options.maxNumbered ?? 20;
  if (!(await exists(base))) return base;
  for (let n = 2; n <= maxNumbered + 1; n++) {
    const candidate = `${base}-${n}`;
    if (!(await exists(candidate))) return candidate;
  }
  // Many articles share this title: stop walking numbers one query at a time.
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = `${base}-${randomSuffix()}`;
    if (!(await exists(candidate))) return candidate;
  }
  throw new Error(`No free slug found for "${base}"`);
}

function randomSuffix(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("");
}

/** Folded, lower-case, single-spaced text, so "Pháp  Luật" and "phap luat" compare equal. */
export function normalizeForSearch(text: string): string {
  return foldDiacritics(text).toLowerCase().replace(/\s+/g, " ").trim();
}

type DateInput = Date | string | number;

function toValidDate(date: DateInput): Date | null {
  const value = date instanceof Date ? date : new Date(date);
  return Number.isNaN(value.getTime()) ? null : value;
}

// Built once: constructing Intl formatters is far slower than using them.
const vietnamClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: VIETNAM_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function vietnamParts(date: Date): Record<"day" | "month" | "year" | "hour" | "minute", string> {
  const parts = { day: "", month: "", year: "", hour: "", minute: "" };
  for (const part of vietnamClock.formatToParts(date)) {
    if (part.type in parts) parts[part.type as keyof typeof parts] = part.value;
  }
  return parts;
}

/** "dd/mm/yyyy HH:mm" in Vietnam time; "" for an invalid date. */
export function formatDateTime(date: DateInput): string {
  const value = toValidDate(date);
  if (!value) return "";
  const { day, month, year, hour, minute } = vietnamParts(value);
  return `${day}/${month}/${year} ${hour}:${minute}`;
}

/** "dd/mm/yyyy" in Vietnam time; "" for an invalid date. */
export function formatDate(date: DateInput): string {
  const value = toValidDate(date);
  if (!value) return "";
  const { day, month, year } = vietnamParts(value);
  return `${day}/${month}/${year}`;
}

/** ISO 8601 with the +07:00 offset ("2026-11-28T00:30:00+07:00"), as structured data expects. */
export function toIsoInVietnam(date: DateInput): string {
  const value = toValidDate(date);
  if (!value) return "";
  const shifted = new Date(value.getTime() + VIETNAM_OFFSET_MINUTES * MINUTE_MS);
  return `${shifted.toISOString().slice(0, 19)}+07:00`;
}

/**
 * Reads a datetime-local value ("2026-11-28T08:30", seconds optional) as Vietnam time, whatever zone
 * the browser or server runs in. Null when the value is malformed or names a day that does not exist.
 */
export function parseVietnamDateTime(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 31/02 over into March; a day that moved was not a real day.
  if (new Date(wallClock).getUTCDate() !== day) return null;
  return new Date(wallClock - VIETNAM_OFFSET_MINUTES * MINUTE_MS);
}

const FILE_SIZE_UNITS = ["B", "KB", "MB", "GB", "TB"];

/** "900 B", "350 KB", "1,2 MB": 1024-based, one decimal below 10, comma as the decimal separator. */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes <= 0) return "0 B";
  let value = bytes;
  let unit = 0;
  while (unit < FILE_SIZE_UNITS.length - 1 && value >= 1024) {
    value /= 1024;
    unit++;
  }
  let rounded = unit > 0 && value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  // 1023.7 KB would print as "1024 KB": show it as the next unit instead.
  if (rounded >= 1024 && unit < FILE_SIZE_UNITS.length - 1) {
    rounded = 1;
    unit++;
  }
  return `${String(rounded).replace(".", ",")} ${FILE_SIZE_UNITS[unit]}`;
}

/** Words separated by whitespace that contain a letter or digit; a lone "–" or "…" is not a word. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
