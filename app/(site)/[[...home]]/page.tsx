import type { Metadata } from "next";
import { CoverImage } from "@/components/site/cover-image";
import { SiteLink as Link } from "@/components/site/site-link";
import { notFound } from "next/navigation";
import { ArticleCard, ArticleMeta } from "@/components/site/article-card";
import { UnitDirectorySummary } from "@/components/site/unit-directory";
import { listCategoryBlocks, listFeaturedArticles, listLatestArticles } from "@/lib/articles/public-queries";
import { listUnitDirectory } from "@/lib/site/directory";
import { openGraphBase } from "@/lib/site/metadata";
import { getPublicSiteSettings } from "@/lib/site/public-settings";

// The home page lives in an optional catch-all so that, like every other public page, it is
// rendered on its first request and then served from the cache (a page without parameters would
// be rendered during `next build`, which would need the database). Any other top-level address
// that no route claims lands here too and gets the Vietnamese "not found" page.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams(): { home: string[] }[] {
  return [];
}

type Props = { params: Promise<{ home?: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if ((await params).home?.length) return { title: "Không tìm thấy trang", robots: { index: false } };
  const site = await getPublicSiteSettings();
  return {
    title: { absolute: site.name },
    alternates: { canonical: "/", types: { "application/rss+xml": "/rss" } },
    openGraph: { ...(await openGraphBase()), type: "website", url: "/", title: site.name },
  };
}

export default async function HomePage({ params }: Props) {
  if ((await params).home?.length) notFound();
  const [featured, latest, blocks, units] = await Promise.all([listFeaturedArticles(5), listLatestArticles(10), listCategoryBlocks(4), listUnitDirectory()]);
  const [lead, ...otherFeatured] = featured;
  return (
    <div className="space-y-10">
      <h1 className="sr-only">Trang chủ</h1>
      <div className="grid gap-8 lg:grid-cols-3">
        <section aria-labelledby="tin-noi-bat" className="min-w-0 lg:col-span-2">
          <h2 id="tin-noi-bat" className="border-b-2 border-brand-600 pb-1 text-xl font-bold text-brand-800">
            Tin nổi bật
          </h2>
          {!lead ? (
            <p className="py-4 text-muted">Chưa có tin nổi bật.</p>
          ) : (
            <>
              <article className="border-b border-gray-200 py-4">
                {lead.cover && (
                  <CoverImage cover={lead.cover} slot="(min-width: 1024px) 740px, 100vw" priority className="aspect-video h-auto w-full rounded object-cover" />
                )}
                <h3 className="mt-3 text-2xl font-bold leading-snug">
                  <Link href={`/bai-viet/${lead.slug}`} className="hover:text-brand-700 hover:underline">
                    {lead.title}
                  </Link>
                </h3>
                <ArticleMeta article={lead} />
                <p className="mt-2 text-gray-700">{lead.sapo}</p>
              </article>
              {otherFeatured.map((article) => (
                <ArticleCard key={article.id} article={article} />
              ))}
            </>
          )}
        </section>
        <section aria-labelledby="tin-moi" className="min-w-0">
          <h2 id="tin-moi" className="border-b-2 border-brand-600 pb-1 text-xl font-bold text-brand-800">
            Tin mới
          </h2>
          {latest.length === 0 ? (
            <p className="py-4 text-muted">Chưa có bài viết nào được xuất bản.</p>
          ) : (
            latest.map((article) => <ArticleCard key={article.id} article={article} withImage={false} withSapo={false} />)
          )}
        </section>
      </div>

      <section aria-labelledby="tim-kiem-nhanh" className="no-print rounded border border-gray-200 bg-brand-50 p-4">
        <h2 id="tim-kiem-nhanh" className="text-lg font-bold text-brand-800">
          Tìm kiếm bài viết
        </h2>
        <form action="/tim-kiem" method="get" role="search" aria-labelledby="tim-kiem-nhanh" className="mt-2 flex flex-wrap gap-2">
          <label htmlFor="tu-khoa-trang-chu" className="sr-only">
            Từ khóa
          </label>
          <input
            id="tu-khoa-trang-chu"
            name="q"
            type="search"
            placeholder="Ví dụ: hòa giải ở cơ sở, luật đất đai…"
            className="min-w-0 flex-1 rounded border border-gray-400 px-3 py-2"
          />
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            Tìm kiếm
          </button>
        </form>
        <p className="mt-2 text-sm text-muted">Có thể gõ không dấu: “phap luat” cũng tìm thấy “pháp luật”.</p>
      </section>

      <div className="grid gap-8 md:grid-cols-2">
        {blocks.map(({ category, articles }) => (
          <section key={category.id} aria-labelledby={`chuyen-muc-${category.id}`} className="min-w-0">
            <div className="flex items-baseline justify-between gap-2 border-b-2 border-brand-600 pb-1">
              <h2 id={`chuyen-muc-${category.id}`} className="text-lg font-bold text-brand-800">
                <Link href={`/chuyen-muc/${category.slug}`} className="hover:underline">
                  {category.name}
                </Link>
              </h2>
              <Link href={`/chuyen-muc/${category.slug}`} className="shrink-0 text-sm text-brand-700 underline">
                Xem tất cả<span className="sr-only"> bài viết {category.name}</span>
              </Link>
            </div>
            {articles.map((article, index) => (
              <ArticleCard key={article.id} article={article} withSapo={false} withImage={index === 0} />
            ))}
          </section>
        ))}
      </div>

      <UnitDirectorySummary units={units} />
    </div>
  );
}
