// Calendar days of documents (ngày ban hành, ngày có hiệu lực): typed dd/mm/yyyy in the workspace's
// date field (or yyyy-mm-dd from older links and sheets), read from Excel as dates; stored as a DATE
// column (midnight UTC). Typed text is read by lib/vietnamese.ts so every date field in the workspace
// accepts and refuses the same things ("05/12" is 5 December; 31/02 is refused, saying why).
import { parseVietnamDay } from "@/lib/vietnamese";

/** "YYYY-MM-DD" of a real calendar day, or the Vietnamese reason it is not one. */
export function readDay(value: unknown): { ok: true; iso: string } | { ok: false; error: string } {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { ok: false, error: "Ngày trong tệp không hợp lệ." } : { ok: true, iso: value.toISOString().slice(0, 10) };
  }
  const parsed = parseVietnamDay(typeof value === "string" ? value : "");
  return parsed.ok ? { ok: true, iso: parsed.iso } : { ok: false, error: parsed.error };
}

/** "YYYY-MM-DD" of a real calendar day, or null. */
export function parseDay(value: unknown): string | null {
  const day = readDay(value);
  return day.ok ? day.iso : null;
}

export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** dd/mm/yyyy of a stored day. */
export function formatDay(value: Date | string | null): string {
  if (!value) return "";
  const iso = typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}
