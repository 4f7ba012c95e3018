// The report's columns, in the words the page, the CSV and the workbook all use, with how each is
// sorted and shown. Pure: client and server components import it.
import type { Figures } from "./figures";

export type ColumnKey =
  | "don-vi"
  | "tao-moi"
  | "gui-duyet"
  | "xuat-ban"
  | "tra-lai"
  | "da-go"
  | "trung-vi"
  | "p90"
  | "bl-nhan"
  | "bl-duyet"
  | "luot-xem"
  | "luot-tai";

export type FigureColumn = {
  key: Exclude<ColumnKey, "don-vi">;
  label: string;
  /** Said once under the table (and in the exports) where a figure needs its definition. */
  note?: string;
  duration?: boolean;
  value: (f: Figures) => number | null;
};

export const UNIT_COLUMN_LABEL = "Đơn vị";
export const UNIT_TYPE_COLUMN_LABEL = "Loại đơn vị";
export const NOTHING_PUBLISHED = "Chưa có bài xuất bản";
/**
 * The report's structure: unticked, every article counts under the unit that has its history today
 * ("theo đơn vị hiện nay", merged units rolled into their successor); ticked, under the unit that wrote
 * it, as the province was organised then ("theo đơn vị tại thời điểm", merged units on their own rows).
 */
export const SEPARATE_MERGED_LABEL = "Theo đơn vị tại thời điểm (hiện riêng đơn vị đã sáp nhập)";
export const CURRENT_STRUCTURE_LABEL = "Theo đơn vị hiện nay (đơn vị đã sáp nhập được tính vào đơn vị tiếp nhận)";

export const FIGURE_COLUMNS: readonly FigureColumn[] = [
  { key: "tao-moi", label: "Bài tạo mới", value: (f) => f.created },
  { key: "gui-duyet", label: "Gửi duyệt", value: (f) => f.submitted },
  { key: "xuat-ban", label: "Đã xuất bản", note: "Bài được duyệt xuất bản hoặc tự xuất bản theo giờ hẹn trong kỳ; duyệt sửa đổi bài đã xuất bản không tính.", value: (f) => f.published },
  { key: "tra-lai", label: "Bị trả lại", note: "Số lần bài gửi duyệt bị trả lại trong kỳ.", value: (f) => f.returned },
  { key: "da-go", label: "Đã gỡ", value: (f) => f.takenDown },
  {
    key: "trung-vi",
    label: "Thời gian duyệt thường gặp (một nửa số bài nhanh hơn)",
    note: "Từ lần gửi duyệt gần nhất đến khi bài được xuất bản (bài hẹn giờ tính đến giờ xuất bản), với các bài xuất bản trong kỳ: một nửa số bài được duyệt nhanh hơn, một nửa chậm hơn.",
    duration: true,
    value: (f) => f.medianSeconds,
  },
  { key: "p90", label: "Thời gian duyệt bài chậm (9 trên 10 bài nhanh hơn)", note: "9 trên 10 bài xuất bản trong kỳ được duyệt trong khoảng thời gian không quá giá trị này; chỉ 1 trên 10 bài chờ lâu hơn.", duration: true, value: (f) => f.p90Seconds },
  { key: "bl-nhan", label: "Bình luận nhận", note: "Bình luận gửi trong kỳ vào bài của đơn vị (không tính spam).", value: (f) => f.commentsReceived },
  { key: "bl-duyet", label: "Bình luận duyệt", note: "Trong số bình luận nhận, số bình luận đã được duyệt.", value: (f) => f.commentsApproved },
  { key: "luot-xem", label: "Lượt xem", note: "Tổng lượt xem đến nay của các bài xuất bản trong kỳ (hệ thống chỉ lưu tổng, không lưu theo ngày).", value: (f) => f.views },
  { key: "luot-tai", label: "Lượt tải", note: "Tổng lượt tải đến nay các tệp đính kèm của các bài xuất bản trong kỳ.", value: (f) => f.downloads },
];

export const COLUMN_KEYS: readonly ColumnKey[] = ["don-vi", ...FIGURE_COLUMNS.map((c) => c.key)];

/** `key: null` is the default order: by unit type, then the units' own order and name. */
export type SortState = { key: ColumnKey | null; descending: boolean };
export const DEFAULT_SORT: SortState = { key: null, descending: false };

/** `sap_xep=xuat-ban` sorts ascending, `sap_xep=-xuat-ban` descending; anything else is the default order. */
export function parseSort(value: string | undefined): SortState {
  const text = (value ?? "").trim();
  const descending = text.startsWith("-");
  const key = (descending ? text.slice(1) : text) as ColumnKey;
  return COLUMN_KEYS.includes(key) ? { key, descending } : DEFAULT_SORT;
}

/** The value of `sap_xep`, or "" for the default order. */
export function sortParam(sort: SortState): string {
  return sort.key === null ? "" : `${sort.descending ? "-" : ""}${sort.key}`;
}

/** Where a column heading's link leads: the other direction when already sorted by it, else the most useful first. */
export function nextSort(current: SortState, key: ColumnKey): SortState {
  if (current.key === key) return { key, descending: !current.descending };
  return { key, descending: key !== "don-vi" };
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/** Rows sorted by a column; missing durations go last either way, ties keep the tree order. */
export function sortRows<T extends { name: string; order: number; figures: Figures }>(rows: readonly T[], sort: SortState): T[] {
  const column = FIGURE_COLUMNS.find((c) => c.key === sort.key);
  const direction = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (sort.key === null) return a.order - b.order;
    if (!column) return direction * (collator.compare(a.name, b.name) || a.order - b.order);
    const x = column.value(a.figures);
    const y = column.value(b.figures);
    if (x === null || y === null) return x === y ? a.order - b.order : x === null ? 1 : -1;
    return direction * (x - y) || a.order - b.order;
  });
}

const numberFormat = new Intl.NumberFormat("vi-VN");

/** "1.234" (Vietnamese digit grouping). */
export function formatCount(value: number): string {
  return numberFormat.format(value);
}

/** "2 ngày 3 giờ", "5 giờ 20 phút", "45 phút", "dưới 1 phút"; "—" when there is nothing to measure. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return "—";
  const minutes = Math.round(seconds / 60);
  if (minutes < 1) return "dưới 1 phút";
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return hours > 0 ? `${days} ngày ${hours} giờ` : `${days} ngày`;
  if (hours > 0) return rest > 0 ? `${hours} giờ ${rest} phút` : `${hours} giờ`;
  return `${rest} phút`;
}

/** Hours with two decimals, as the exports give durations (a number a spreadsheet can compute with). */
export function durationHours(seconds: number | null): number | null {
  return seconds === null ? null : Math.round((seconds / 3600) * 100) / 100;
}

export function formatFigure(column: FigureColumn, figures: Figures): string {
  const value = column.value(figures);
  return column.duration ? formatDuration(value) : formatCount(value ?? 0);
}
