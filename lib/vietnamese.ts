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

// ---- Dates typed by people: dd/mm/yyyy and 24-hour time, whatever the browser's language ----
// The workspace's date fields are text boxes (components/ui/date-input.tsx) rather than the browser's
// date pickers, which follow the browser's locale (mm/dd/yyyy and AM/PM on an English browser). The
// server reads what was typed here, so "05/12" always means 5 December.

export type CalendarDay = { year: number; month: number; day: number };

export type DayParse = { ok: true; value: CalendarDay; iso: string } | { ok: false; error: string };
export type TimeParse = { ok: true; hour: number; minute: number } | { ok: false; error: string };
export type DateTimeParse = { ok: true; value: Date } | { ok: false; fieldErrors: { date?: string; time?: string } };

const WEEKDAYS = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
const DAY_EXAMPLE = "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/12/2026.";
const pad2 = (n: number) => String(n).padStart(2, "0");

/** Today's calendar day in Vietnam. */
export function vietnamCalendarDay(now: Date = new Date()): CalendarDay {
  const shifted = new Date(now.getTime() + VIETNAM_OFFSET_MINUTES * MINUTE_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * A day typed as "05/12/2026", "5/12/2026", "05-12-2026", "05.12.2026", "05/12/26" or "05/12" (this
 * year in Vietnam): day first, always. "2026-12-05" is read too, so older links keep working. A day
 * that does not exist (31/02) is refused with a Vietnamese message saying why.
 */
export function parseVietnamDay(text: string, now: Date = new Date()): DayParse {
  const value = text.trim();
  if (!value) return { ok: false, error: "Vui lòng nhập ngày (ngày/tháng/năm)." };
  let day: number, month: number, year: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const typed = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2}|\d{4}))?$/.exec(value);
  if (iso) {
    [year, month, day] = iso.slice(1).map(Number);
  } else if (typed) {
    day = Number(typed[1]);
    month = Number(typed[2]);
    const givenYear = typed[3];
    year = givenYear === undefined ? vietnamCalendarDay(now).year : givenYear.length === 2 ? 2000 + Number(givenYear) : Number(givenYear);
  } else {
    return { ok: false, error: `“${value.slice(0, 40)}” không phải là ngày. ${DAY_EXAMPLE}` };
  }
  if (month < 1 || month > 12) return { ok: false, error: `Tháng phải từ 1 đến 12 (bạn nhập tháng ${month}). ${DAY_EXAMPLE}` };
  if (year < 1900 || year > 2200) return { ok: false, error: `Năm ${year} nằm ngoài khoảng cổng thông tin nhận (1900–2200).` };
  const last = daysIn(year, month);
  if (day < 1 || day > last) {
    return { ok: false, error: `Ngày ${pad2(day)}/${pad2(month)}/${year} không có: tháng ${month} năm ${year} chỉ có ${last} ngày.` };
  }
  return { ok: true, value: { year, month, day }, iso: `${year}-${pad2(month)}-${pad2(day)}` };
}

/** A time of day typed as "08:30", "8:30", "8h30", "8g30", "08.30" or "8" (on the hour), 24-hour clock. */
export function parseVietnamTime(text: string): TimeParse {
  const value = text.trim().toLowerCase();
  if (!value) return { ok: false, error: "Vui lòng nhập giờ (giờ:phút, 24 giờ)." };
  if (/[ap]\.?\s*m\.?$|\b(sa|ch)$/.test(value)) {
    return { ok: false, error: "Giờ tính theo 24 giờ, không dùng AM/PM: ví dụ 14:30 cho 2 giờ 30 chiều." };
  }
  const match = /^(\d{1,2})(?:\s*[:hg.]\s*(\d{2})?)?$/.exec(value);
  if (!match) return { ok: false, error: `“${text.trim().slice(0, 20)}” không phải là giờ. Nhập giờ:phút theo 24 giờ, ví dụ 08:30 hoặc 14:30.` };
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  if (hour > 23) return { ok: false, error: `Giờ phải từ 0 đến 23 (bạn nhập ${hour} giờ).` };
  if (minute > 59) return { ok: false, error: `Phút phải từ 00 đến 59 (bạn nhập ${minute} phút).` };
  return { ok: true, hour, minute };
}

/** The instant of a typed day and time in Vietnam, or a message for each field that is wrong. */
export function parseVietnamDayAndTime(dayText: string, timeText: string, now: Date = new Date()): DateTimeParse {
  const day = parseVietnamDay(dayText, now);
  const time = parseVietnamTime(timeText);
  if (!day.ok || !time.ok) return { ok: false, fieldErrors: { ...(!day.ok && { date: day.error }), ...(!time.ok && { time: time.error }) } };
  const { year, month, day: date } = day.value;
  return { ok: true, value: new Date(Date.UTC(year, month - 1, date, time.hour, time.minute) - VIETNAM_OFFSET_MINUTES * MINUTE_MS) };
}

/** "05/12/2026" for "2026-12-05"; any other text is given back unchanged (what the person typed). */
export function dayAsTyped(value: string | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec((value ?? "").trim());
  return match ? `${match[3]}/${match[2]}/${match[1]}` : (value ?? "");
}

/** "Thứ Hai, 07/12/2026". */
export function describeVietnamDay({ year, month, day }: CalendarDay): string {
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday}, ${pad2(day)}/${pad2(month)}/${year}`;
}

/** "Thứ Hai, 07/12/2026 lúc 08:30 (giờ Việt Nam)": what the date field echoes back in words. */
export function describeVietnamDateTime(date: DateInput): string {
  const value = toValidDate(date);
  if (!value) return "";
  const { day, month, year, hour, minute } = vietnamParts(value);
  return `${describeVietnamDay({ year: Number(year), month: Number(month), day: Number(day) })} lúc ${hour}:${minute} (giờ Việt Nam)`;
}
