import type { ReactNode } from "react";
import { SiteLink as Link } from "@/components/site/site-link";
import { ArticleCard } from "@/components/site/article-card";
import { Breadcrumb, type Crumb } from "@/components/site/breadcrumb";
import { Pagination } from "@/components/site/pagination";
import type { ArticleListing, ArticlePage } from "@/lib/articles/public-queries";

/** A category's or a unit's page of articles, with its RSS link and page links. */
export function ArticleListingPage({
  crumbs,
  title,
  description,
  notice,
  contacts,
  listing,
  pageHref,
  rssHref,
}: {
  crumbs: Crumb[];
  title: string;
  description?: string | null;
  notice?: string;
  /** A unit page's address, phone and email, under its description. */
  contacts?: ReactNode;
  listing: ArticlePage<ArticleListing>;
  pageHref: (page: number) => string;
  rssHref: string;
}) {
  return (
    <div className="mx-auto max-w-4xl">
      <Breadcrumb items={crumbs} />
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b-2 border-brand-600 pb-1">
        <h1 className="text-2xl font-bold text-brand-800">{title}</h1>
        <a href={rssHref} className="no-print text-sm text-brand-700 underline">
          RSS<span className="sr-only"> – {title}</span>
        </a>
      </div>
      {description && <p className="mt-2 text-muted">{description}</p>}
      {contacts}
      {notice && <p className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm">{notice}</p>}
      <p className="mt-2 text-sm text-muted">
        {listing.total > 0 ? `${listing.total} bài viết` : ""}
        {listing.pageCount > 1 ? ` · Trang ${listing.page}/${listing.pageCount}` : ""}
      </p>
      {listing.items.length === 0 ? (
        <p className="py-6 text-muted">
          Chưa có bài viết nào. <Link href="/" className="text-brand-700 underline">Về trang chủ</Link>
        </p>
      ) : (
        listing.items.map((article) => <ArticleCard key={article.id} article={article} headingLevel={2} />)
      )}
      <Pagination page={listing.page} pageCount={listing.pageCount} href={pageHref} />
    </div>
  );
}

/**
 * Reads the segments after /chuyen-muc or /don-vi: [] is the index, [slug] the first page,
 * [slug, "trang", n] page n (what ?trang=n is rewritten to, see next.config.ts). Null: no such page.
 */
export function parseListingPath(path: string[] | undefined): { kind: "index" } | { kind: "listing"; slug: string; page: number } | null {
  if (!path || path.length === 0) return { kind: "index" };
  const [rawSlug, word, number, ...rest] = path;
  let slug: string;
  try {
    slug = decodeURIComponent(rawSlug);
  } catch {
    return null;
  }
  if (path.length === 1) return { kind: "listing", slug, page: 1 };
  if (word !== "trang" || rest.length > 0 || !/^\d{1,4}$/.test(number ?? "")) return null;
  const page = Number(number);
  return page >= 1 ? { kind: "listing", slug, page } : null;
}

export const LISTING_PAGE_SIZE = 12;
