// One list for every workspace page: a table from 768 px, a stack of cards below, with no sideways
// scroll at 320 px. It is one table in the DOM (links, forms and ids exist once): below `md` its rows
// become flex cards, the title cell fills the first line and the other cells follow as short labelled
// pieces, so a five-column list no longer squeezes to one word per line on a phone.
//
//   <ResponsiveList
//     caption="Danh sách bài viết"                       // the table's accessible name (not shown)
//     rows={articles}
//     rowKey={(a) => a.id}
//     empty="Không có bài viết nào."
//     columns={[
//       { header: "Tiêu đề", card: "title", cell: (a) => <Link href={…}>{a.title}</Link> },
//       { header: "Trạng thái", card: "plain", cell: (a) => <StatusChip>{label}</StatusChip> },
//       { header: "Đơn vị", cell: (a) => a.unit.name },              // card: "Đơn vị: …"
//       { header: "Người viết", card: "hidden", cell: (a) => a.writer.name },
//     ]}
//   />
//
// card: "title" (first line, bold, full width), "labelled" (default: "Header: value"), "plain" (the
// value alone: chips, dates that say what they are, buttons), "hidden" (desktop table only).
// A server component: cells may hold links and forms with server actions.
import type { ReactNode } from "react";

export type ListColumn<T> = {
  header: string;
  cell: (row: T) => ReactNode;
  card?: "title" | "labelled" | "plain" | "hidden";
  /** Extra classes for the cell (both layouts), e.g. "whitespace-nowrap". */
  className?: string;
};

type Props<T> = {
  caption: string;
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  columns: readonly ListColumn<T>[];
  /** Shown instead of the table when there are no rows. */
  empty: ReactNode;
};

const cardLayout: Record<NonNullable<ListColumn<unknown>["card"]>, string> = {
  title: "w-full font-semibold",
  labelled: "",
  plain: "",
  hidden: "hidden",
};

export function ResponsiveList<T>({ caption, rows, rowKey, columns, empty }: Props<T>) {
  if (rows.length === 0) return <p className="rounded border border-gray-200 bg-white p-4 text-muted">{empty}</p>;
  return (
    // The explicit roles keep it a table for screen readers while CSS lays its rows out as cards.
    <table role="table" className="block w-full text-sm md:table md:border-collapse md:bg-white">
      <caption className="sr-only">{caption}</caption>
      <thead role="rowgroup" className="sr-only md:not-sr-only md:table-header-group">
        <tr role="row" className="md:border-b md:border-gray-300 md:text-left">
          {columns.map((column) => (
            <th key={column.header} role="columnheader" scope="col" className="md:p-2">{column.header}</th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup" className="block space-y-2 md:table-row-group md:space-y-0">
        {rows.map((row) => (
          <tr
            key={rowKey(row)}
            role="row"
            className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded border border-gray-200 bg-white p-3 md:table-row md:rounded-none md:border-0 md:border-b md:border-gray-100 md:p-0"
          >
            {columns.map((column) => {
              const card = column.card ?? "labelled";
              return (
                <td key={column.header} role="cell" className={`min-w-0 break-words md:table-cell md:p-2 md:align-top ${cardLayout[card]} md:w-auto md:font-normal ${column.className ?? ""}`}>
                  {card === "labelled" && <span className="text-muted md:hidden">{column.header}: </span>}
                  {column.cell(row)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const chipTones = {
  neutral: "border-gray-300 bg-gray-100 text-gray-900",
  info: "border-blue-300 bg-blue-50 text-blue-900",
  success: "border-green-300 bg-green-50 text-green-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
  danger: "border-red-300 bg-red-50 text-red-900",
} as const;

export type ChipTone = keyof typeof chipTones;

/** A status as a small rounded label ("Chờ duyệt", "Đã xuất bản"). */
export function StatusChip({ tone = "neutral", children }: { tone?: ChipTone; children: ReactNode }) {
  return <span className={`inline-block whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-semibold ${chipTones[tone]}`}>{children}</span>;
}
