import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/site/breadcrumb";
import { ArticleListingPage, LISTING_PAGE_SIZE, parseListingPath } from "@/components/site/listing";
import { listCategoryArticles } from "@/lib/articles/public-queries";
import { getPublicCategory, listPublicCategories } from "@/lib/site/directory";
import { openGraphBase } from "@/lib/site/metadata";
import { sitePaths } from "@/lib/site/url";

// /chuyen-muc (the list), /chuyen-muc/<slug> and /chuyen-muc/<slug>?trang=N, each cached after its
// first request like the other public pages.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams(): { path: string[] }[] {
  return [];
}

type Props = { params: Promise<{ path?: string[] }> };

async function load(params: Props["params"]) {
  const route = parseListingPath((await params).path);
  if (!route || route.kind === "index") return route;
  const category = await getPublicCategory(route.slug);
  if (!category) return null;
  const listing = await listCategoryArticles(category.id, route.page, LISTING_PAGE_SIZE);
  if (route.page > listing.pageCount) return null;
  return { ...route, category, listing };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params);
  if (!loaded) return { title: "Không tìm thấy trang", robots: { index: false } };
  if (loaded.kind === "index") return { title: "Chuyên mục", alternates: { canonical: "/chuyen-muc" } };
  const { category, page } = loaded;
  const url = sitePaths.category(category.slug, page);
  return {
    title: page > 1 ? `${category.name} – Trang ${page}` : category.name,
    description: category.description ?? undefined,
    alternates: { canonical: url, types: { "application/rss+xml": sitePaths.categoryRss(category.slug) } },
    openGraph: { ...(await openGraphBase()), type: "website", url, title: category.name, description: category.description ?? undefined },
  };
}

export default async function CategoryPage({ params }: Props) {
  const loaded = await load(params);
  if (!loaded) notFound();
  if (loaded.kind === "index") {
    const categories = await listPublicCategories();
    return (
      <div className="mx-auto max-w-4xl">
        <Breadcrumb items={[{ label: "Trang chủ", href: "/" }, { label: "Chuyên mục" }]} />
        <h1 className="border-b-2 border-brand-600 pb-1 text-2xl font-bold text-brand-800">Chuyên mục</h1>
        <ul className="mt-4 space-y-4">
          {categories.map((category) => (
            <li key={category.id}>
              <Link href={sitePaths.category(category.slug)} className="text-lg font-semibold text-brand-700 hover:underline">
                {category.name}
              </Link>
              {category.description && <p className="text-sm text-muted">{category.description}</p>}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const { category, listing } = loaded;
  return (
    <ArticleListingPage
      crumbs={[{ label: "Trang chủ", href: "/" }, { label: "Chuyên mục", href: "/chuyen-muc" }, { label: category.name }]}
      title={category.name}
      description={category.description}
      listing={listing}
      pageHref={(page) => sitePaths.category(category.slug, page)}
      rssHref={sitePaths.categoryRss(category.slug)}
    />
  );
}
