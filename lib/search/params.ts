import { parseVietnamDateTime } from "@/lib/vietnamese";
import { parseSearchQuery, type ParsedQuery } from "./query";

/**
 * The search page's address, read: /tim-kiem?q=…&don-vi=…&chuyen-muc=…&tu-ngay=yyyy-mm-dd&den-ngay=…&trang=N.
 * Days are days in Vietnam (Asia/Ho_Chi_Minh): "đến ngày" includes the whole of that day. Pure.
 */

export type SearchRequest = {
  query: ParsedQuery;
  unitSlug: string | null;
  categorySlug: string | null;
  /** As given (yyyy-mm-dd) when valid, to show back in the form. */
  fromDay: string | null;
  toDay: string | null;
  /** Published at or after the start of fromDay in Vietnam. */
  from: Date | null;
  /** Published before the end of toDay in Vietnam (exclusive). */
  until: Date | null;
  page: number;
  /** Something the reader should fix, in Vietnamese. */
  problem: string | null;
};

type RawParams = Record<string, string | string[] | undefined>;

const DAY_MS = 24 * 60 * 60 * 1000;
const SLUG = /^[a-z0-9-]{1,120}$/;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

function day(value: string): { text: string; start: Date } | null {
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const start = parseVietnamDateTime(`${text}T00:00`);
  return start ? { text, start } : null;
}

export function readSearchRequest(params: RawParams): SearchRequest {
  const query = parseSearchQuery(first(params.q));
  const unit = first(params["don-vi"]).trim();
  const category = first(params["chuyen-muc"]).trim();
  const from = day(first(params["tu-ngay"]));
  const to = day(first(params["den-ngay"]));
  const pageNumber = Number(first(params.trang));
  let problem: string | null = null;
  if ((first(params["tu-ngay"]) && !from) || (first(params["den-ngay"]) && !to)) problem = "Ngày không hợp lệ đã được bỏ qua.";
  let fromDate = from?.start ?? null;
  let untilDate = to ? new Date(to.start.getTime() + DAY_MS) : null;
  let fromDay = from?.text ?? null;
  let toDay = to?.text ?? null;
  if (fromDate && untilDate && fromDate >= untilDate) {
    // "From" after "to": the reader swapped them; search the range they meant.
    [fromDate, untilDate] = [new Date(untilDate.getTime() - DAY_MS), new Date(fromDate.getTime() + DAY_MS)];
    [fromDay, toDay] = [toDay, fromDay];
    problem = "Ngày bắt đầu sau ngày kết thúc: đã đổi chỗ hai ngày.";
  }
  return {
    query,
    unitSlug: SLUG.test(unit) ? unit : null,
    categorySlug: SLUG.test(category) ? category : null,
    fromDay,
    toDay,
    from: fromDate,
    until: untilDate,
    page: Number.isInteger(pageNumber) && pageNumber >= 1 && pageNumber <= 1000 ? pageNumber : 1,
    problem,
  };
}

/** Does the request ask for anything (words or a filter)? An empty form shows no results. */
export function hasCriteria(request: SearchRequest): boolean {
  return request.query.terms.length > 0 || Boolean(request.unitSlug || request.categorySlug || request.from || request.until);
}

/** The address of another page of the same search. */
export function searchHref(request: SearchRequest, page: number): string {
  const params = new URLSearchParams();
  if (request.query.text) params.set("q", request.query.text);
  if (request.unitSlug) params.set("don-vi", request.unitSlug);
  if (request.categorySlug) params.set("chuyen-muc", request.categorySlug);
  if (request.fromDay) params.set("tu-ngay", request.fromDay);
  if (request.toDay) params.set("den-ngay", request.toDay);
  if (page > 1) params.set("trang", String(page));
  const query = params.toString();
  return `/tim-kiem${query ? `?${query}` : ""}`;
}

/** The page's title: "Tìm kiếm", or with the words searched. */
export function searchPageTitle(text: string): string {
  return text ? `Tìm kiếm: ${text}` : "Tìm kiếm";
}
