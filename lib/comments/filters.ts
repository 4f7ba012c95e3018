import { parseVietnamDateTime, parseVietnamDay } from "@/lib/vietnamese";
import { COMMENT_STATE_SLUGS, stateFromSlug, type CommentStateName } from "./labels";

// The moderation queue's address: /quan-ly/binh-luan?trang_thai=…&don_vi=…&bai_viet=…&tu_ngay=…
// &den_ngay=…&q=…&trang=…, read into filters and written back. Pure.

export type ModerationFilters = {
  state: CommentStateName;
  unitId?: number;
  articleId?: number;
  /** yyyy-mm-dd, a day in Vietnam time, both ends included. */
  from?: string;
  to?: string;
  /** Words in the comment or the commenter's name. */
  q?: string;
  page: number;
};

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const positive = (value: string | undefined) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
};
// Typed dd/mm/yyyy in the queue's filter (older links carry yyyy-mm-dd); kept as yyyy-mm-dd.
const day = (value: string | undefined) => {
  const parsed = value ? parseVietnamDay(value) : null;
  return parsed?.ok ? parsed.iso : undefined;
};

export function parseModerationFilters(params: Params): ModerationFilters {
  const q = first(params.q)?.trim().slice(0, 200);
  return {
    state: stateFromSlug(first(params.trang_thai)),
    unitId: positive(first(params.don_vi)),
    articleId: positive(first(params.bai_viet)),
    from: day(first(params.tu_ngay)),
    to: day(first(params.den_ngay)),
    q: q || undefined,
    page: Math.min(positive(first(params.trang)) ?? 1, 10_000),
  };
}

/** The address of the queue with these filters; `change` overrides some of them (a tab, a page). */
export function moderationHref(filters: ModerationFilters, change: Partial<ModerationFilters> = {}): string {
  const f = { ...filters, ...change };
  const params = new URLSearchParams();
  if (f.state !== "PENDING") params.set("trang_thai", COMMENT_STATE_SLUGS[f.state]);
  if (f.unitId) params.set("don_vi", String(f.unitId));
  if (f.articleId) params.set("bai_viet", String(f.articleId));
  if (f.from) params.set("tu_ngay", f.from);
  if (f.to) params.set("den_ngay", f.to);
  if (f.q) params.set("q", f.q);
  if (f.page > 1) params.set("trang", String(f.page));
  const query = params.toString();
  return query ? `/quan-ly/binh-luan?${query}` : "/quan-ly/binh-luan";
}

/** The instants a day filter covers: from the start of `from` to the end of `to`, Vietnam time. */
export function dayRange(filters: Pick<ModerationFilters, "from" | "to">): { gte?: Date; lt?: Date } {
  const range: { gte?: Date; lt?: Date } = {};
  if (filters.from) range.gte = parseVietnamDateTime(`${filters.from}T00:00`)!;
  if (filters.to) range.lt = new Date(parseVietnamDateTime(`${filters.to}T00:00`)!.getTime() + 24 * 60 * 60 * 1000);
  return range;
}
