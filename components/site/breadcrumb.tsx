import { SiteLink as Link } from "@/components/site/site-link";

export type Crumb = { label: string; href?: string };

/** "Trang chủ › … › current": the last crumb is the page itself. */
export function Breadcrumb({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Đường dẫn" className="no-print mb-4 text-sm text-muted">
      <ol className="flex flex-wrap gap-1">
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            <li key={`${index}-${item.label}`} className={last ? "min-w-0" : undefined}>
              {last || !item.href ? (
                <span aria-current={last ? "page" : undefined} className={last ? "line-clamp-1" : undefined}>
                  {item.label}
                </span>
              ) : (
                <>
                  <Link href={item.href} className="underline">
                    {item.label}
                  </Link>
                  <span aria-hidden="true"> ›</span>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
