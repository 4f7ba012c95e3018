import { SiteLink as Link } from "@/components/site/site-link";

/** Page links for a listing: page 1 is the plain address, page N adds ?trang=N (or the given builder). */
export function Pagination({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const pages = visiblePages(page, pageCount);
  const linkClass = "inline-block min-w-10 rounded border border-gray-300 px-3 py-1.5 text-center hover:border-brand-600 hover:text-brand-700";
  return (
    <nav aria-label="Phân trang" className="no-print mt-6">
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev" className={linkClass}>
              ‹ Trang trước
            </Link>
          </li>
        )}
        {pages.map((p, index) =>
          p === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" className={`${linkClass} border-brand-700 bg-brand-700 font-semibold text-white`}>
                  <span className="sr-only">Trang </span>
                  {p}
                </span>
              ) : (
                <Link href={href(p)} className={linkClass}>
                  <span className="sr-only">Trang </span>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link href={href(page + 1)} rel="next" className={linkClass}>
              Trang sau ›
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** 1 … 4 5 6 … 20: the first, the last and the neighbours of the current page. */
export function visiblePages(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (typeof last === "number" && p - last > 1) out.push(p - last === 2 ? last + 1 : null);
    out.push(p);
  }
  return out;
}
