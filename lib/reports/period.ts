// The report's period (Kỳ báo cáo): a month, a quarter, a year or chosen days, always as calendar days
// in Vietnam (Asia/Ho_Chi_Minh, UTC+7). A period is the half-open interval [00:00 of its first day,
// 00:00 of the day after its last day), Vietnam time: an event at 23:59 on the last day counts, one at
// 00:00 the next day belongs to the next period. Pure: the page, the exports and the tests share it.
import { parseVietnamDateTime, parseVietnamDay } from "@/lib/vietnamese";

export const PERIOD_KINDS = ["thang", "quy", "nam", "tuy-chon"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = { thang: "Tháng", quy: "Quý", nam: "Năm", "tuy-chon": "Tùy chọn" };

/** Years the form offers and the parser accepts; the portal holds nothing older. */
export const FIRST_REPORT_YEAR = 2000;
/** A chosen period longer than this is refused: the chart and table would stop being readable. */
export const MAX_CUSTOM_DAYS = 5 * 366;

/** A month of the chart: "2026-03", shown as "T3/2026". */
export type PeriodMonth = { key: string; label: string };

export type ReportPeriod = {
  kind: PeriodKind;
  /** 00:00 Vietnam time of the first day (an instant). */
  from: Date;
  /** 00:00 Vietnam time of the day after the last day: excluded. */
  to: Date;
  /** "yyyy-mm-dd", calendar days in Vietnam. */
  firstDay: string;
  lastDay: string;
  /** "Tháng 03/2026", "Quý 1/2026", "Năm 2026", "Từ 05/03/2026 đến 20/04/2026". */
  label: string;
  /** The calendar months the period touches, in order (the chart's columns). */
  months: PeriodMonth[];
  /** What the form shows again. */
  fields: { ky: PeriodKind; nam: number; thang: number; quy: number; tu: string; den: string };
};

export type PeriodParams = Partial<Record<"ky" | "nam" | "thang" | "quy" | "tu" | "den", string>>;

export type PeriodResult =
  | { ok: true; value: ReportPeriod }
  | { ok: false; error: string; fieldErrors: Record<string, string>; fields: ReportPeriod["fields"] };

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, "0");
const dayKey = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const showDay = (key: string) => key.split("-").reverse().join("/");

/** Today's calendar date in Vietnam. */
export function vietnamToday(now: Date = new Date()): { year: number; month: number; day: number } {
  const shifted = new Date(now.getTime() + 7 * 3_600_000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** A real calendar day typed dd/mm/yyyy (or yyyy-mm-dd in older links), or null. */
function parseDay(text: string | undefined, now: Date): { year: number; month: number; day: number } | null {
  const parsed = parseVietnamDay(text ?? "", now);
  return parsed.ok ? parsed.value : null;
}

/** Why a typed day was refused, in Vietnamese. */
function dayError(label: string, text: string | undefined, now: Date): string {
  const parsed = parseVietnamDay(text ?? "", now);
  return parsed.ok ? "" : `${label}: ${parsed.error}`;
}

function integerIn(text: string | undefined, min: number, max: number): number | null {
  if (text === undefined || text.trim() === "") return null;
  const value = Number(text);
  return Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/** The day after a calendar day, as "yyyy-mm-dd". */
function nextDay(year: number, month: number, day: number): string {
  const next = new Date(Date.UTC(year, month - 1, day) + DAY_MS);
  return dayKey(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

function monthsBetween(first: { year: number; month: number }, last: { year: number; month: number }): PeriodMonth[] {
  const months: PeriodMonth[] = [];
  let year = first.year;
  let month = first.month;
  while (year < last.year || (year === last.year && month <= last.month)) {
    months.push({ key: `${year}-${pad(month)}`, label: `T${month}/${year}` });
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}

function build(kind: PeriodKind, first: { year: number; month: number; day: number }, last: { year: number; month: number; day: number }, label: string, fields: ReportPeriod["fields"]): ReportPeriod {
  const firstDay = dayKey(first.year, first.month, first.day);
  const lastDay = dayKey(last.year, last.month, last.day);
  return {
    kind,
    from: parseVietnamDateTime(`${firstDay}T00:00`)!,
    to: parseVietnamDateTime(`${nextDay(last.year, last.month, last.day)}T00:00`)!,
    firstDay,
    lastDay,
    label,
    months: monthsBetween(first, last),
    fields,
  };
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Reads the form's parameters (ky, nam, thang, quy, tu, den). Missing ones default to the current
 * month, quarter or year in Vietnam; a bad value is a Vietnamese message, not an exception.
 */
export function parsePeriod(params: PeriodParams, now: Date = new Date()): PeriodResult {
  const today = vietnamToday(now);
  const kind = (PERIOD_KINDS as readonly string[]).includes(params.ky ?? "") ? (params.ky as PeriodKind) : "thang";
  const lastYear = today.year + 1;
  const year = params.nam?.trim() ? integerIn(params.nam, FIRST_REPORT_YEAR, lastYear) : today.year;
  const month = params.thang?.trim() ? integerIn(params.thang, 1, 12) : today.month;
  const quarter = params.quy?.trim() ? integerIn(params.quy, 1, 4) : Math.ceil(today.month / 3);
  const fieldErrors: Record<string, string> = {};
  if (year === null && kind !== "tuy-chon") fieldErrors.nam = `Năm phải từ ${FIRST_REPORT_YEAR} đến ${lastYear}.`;
  if (month === null && kind === "thang") fieldErrors.thang = "Tháng phải từ 1 đến 12.";
  if (quarter === null && kind === "quy") fieldErrors.quy = "Quý phải từ 1 đến 4.";

  const fields = {
    ky: kind,
    nam: year ?? today.year,
    thang: month ?? today.month,
    quy: quarter ?? Math.ceil(today.month / 3),
    tu: params.tu?.trim() ?? "",
    den: params.den?.trim() ?? "",
  };

  if (kind === "tuy-chon") {
    const first = parseDay(params.tu, now);
    const last = parseDay(params.den, now);
    if (!first) fieldErrors.tu = dayError("Từ ngày", params.tu, now);
    if (!last) fieldErrors.den = dayError("Đến ngày", params.den, now);
    if (first && last) {
      const span = (Date.UTC(last.year, last.month - 1, last.day) - Date.UTC(first.year, first.month - 1, first.day)) / DAY_MS;
      if (span < 0) fieldErrors.den = "Đến ngày phải sau hoặc trùng Từ ngày.";
      else if (span >= MAX_CUSTOM_DAYS) fieldErrors.den = "Kỳ báo cáo tùy chọn dài tối đa 5 năm.";
      else if (first.year < FIRST_REPORT_YEAR || last.year > lastYear) fieldErrors.tu = `Kỳ báo cáo phải nằm trong các năm ${FIRST_REPORT_YEAR}–${lastYear}.`;
    }
    if (Object.keys(fieldErrors).length > 0 || !first || !last) return invalid(fieldErrors, fields);
    const firstDay = dayKey(first.year, first.month, first.day);
    const lastDay = dayKey(last.year, last.month, last.day);
    return { ok: true, value: build(kind, first, last, `Từ ${showDay(firstDay)} đến ${showDay(lastDay)}`, fields) };
  }
  if (Object.keys(fieldErrors).length > 0) return invalid(fieldErrors, fields);

  const y = fields.nam;
  if (kind === "nam") return { ok: true, value: build(kind, { year: y, month: 1, day: 1 }, { year: y, month: 12, day: 31 }, `Năm ${y}`, fields) };
  if (kind === "quy") {
    const q = fields.quy;
    const lastMonth = q * 3;
    return {
      ok: true,
      value: build(kind, { year: y, month: lastMonth - 2, day: 1 }, { year: y, month: lastMonth, day: daysInMonth(y, lastMonth) }, `Quý ${q}/${y}`, fields),
    };
  }
  const m = fields.thang;
  return { ok: true, value: build(kind, { year: y, month: m, day: 1 }, { year: y, month: m, day: daysInMonth(y, m) }, `Tháng ${pad(m)}/${y}`, fields) };
}

function invalid(fieldErrors: Record<string, string>, fields: ReportPeriod["fields"]): PeriodResult {
  return { ok: false, error: Object.values(fieldErrors)[0] ?? "Kỳ báo cáo chưa hợp lệ.", fieldErrors, fields };
}

/** "01/03/2026 – 31/03/2026". */
export function periodDays(period: Pick<ReportPeriod, "firstDay" | "lastDay">): string {
  return `${showDay(period.firstDay)} – ${showDay(period.lastDay)}`;
}

/** The query string that names this period (for links that keep it: sorting, exports). */
export function periodQuery(period: ReportPeriod): Record<string, string> {
  const { ky, nam, thang, quy } = period.fields;
  if (ky === "tuy-chon") return { ky, tu: period.firstDay, den: period.lastDay };
  if (ky === "nam") return { ky, nam: String(nam) };
  if (ky === "quy") return { ky, nam: String(nam), quy: String(quy) };
  return { ky, nam: String(nam), thang: String(thang) };
}
