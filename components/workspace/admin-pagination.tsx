import Link from "next/link";

/** "Trang trước · Trang 2/5 · Trang sau", keeping the list's other query parameters. */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Phân trang" className="flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className="underline">Trang trước</Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>Trang {page}/{pageCount}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className="underline">Trang sau</Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}

/** A query string from the values that are set, e.g. { q: "an", trang: 2 } → "?q=an&trang=2". */
export function queryString(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== "") params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : "";
}
