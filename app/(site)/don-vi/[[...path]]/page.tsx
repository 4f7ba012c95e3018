import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { Breadcrumb } from "@/components/site/breadcrumb";
import { ArticleListingPage, LISTING_PAGE_SIZE, parseListingPath } from "@/components/site/listing";
import { UnitContacts, UnitDirectoryTree } from "@/components/site/unit-directory";
import { listUnitArticles } from "@/lib/articles/public-queries";
import { listUnitDirectory, resolvePublicUnit } from "@/lib/site/directory";
import { openGraphBase } from "@/lib/site/metadata";
import { sitePaths } from "@/lib/site/url";
import { UNIT_TYPE_LABELS } from "@/lib/units/labels";

// /don-vi (the directory of active units), /don-vi/<slug> and /don-vi/<slug>?trang=N. A merged
// unit's address redirects to the unit it now lives on in (301 from proxy.ts; 308 here if the proxy could
// not tell); cached like the other public pages.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams(): { path: string[] }[] {
  return [];
}

type Props = { params: Promise<{ path?: string[] }> };

async function load(params: Props["params"]) {
  const route = parseListingPath((await params).path);
  if (!route || route.kind === "index") return route;
  const resolved = await resolvePublicUnit(route.slug);
  if (!resolved) return null;
  if ("redirectTo" in resolved) return { kind: "redirect" as const, to: sitePaths.unit(resolved.redirectTo, route.page) };
  const listing = await listUnitArticles(resolved.unit.id, route.page, LISTING_PAGE_SIZE);
  if (route.page > listing.pageCount) return null;
  return { ...route, unit: resolved.unit, listing };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params);
  if (!loaded || loaded.kind === "redirect") return { title: "Không tìm thấy trang", robots: { index: false } };
  if (loaded.kind === "index") return { title: "Danh bạ đơn vị", alternates: { canonical: "/don-vi" } };
  const { unit, page } = loaded;
  const url = sitePaths.unit(unit.slug, page);
  return {
    title: page > 1 ? `${unit.name} – Trang ${page}` : unit.name,
    description: unit.description ?? `Tin bài phổ biến, giáo dục pháp luật của ${unit.name}.`,
    alternates: { canonical: url, types: { "application/rss+xml": sitePaths.unitRss(unit.slug) } },
    openGraph: { ...(await openGraphBase()), type: "website", url, title: unit.name },
  };
}

export default async function UnitPage({ params }: Props) {
  const loaded = await load(params);
  if (!loaded) notFound();
  if (loaded.kind === "redirect") permanentRedirect(loaded.to);
  if (loaded.kind === "index") {
    const units = await listUnitDirectory();
    return (
      <div className="mx-auto max-w-5xl">
        <Breadcrumb items={[{ label: "Trang chủ", href: "/" }, { label: "Đơn vị" }]} />
        <h1 className="text-2xl font-bold text-brand-800">Danh bạ đơn vị</h1>
        <p className="mt-2 mb-6 text-muted">
          Các cơ quan, đơn vị, địa phương đăng tin phổ biến, giáo dục pháp luật trên Cổng thông tin. Chọn một đơn vị để xem bài viết của đơn vị.
        </p>
        <UnitDirectoryTree units={units} />
      </div>
    );
  }
  const { unit, listing } = loaded;
  return (
    <ArticleListingPage
      crumbs={[{ label: "Trang chủ", href: "/" }, { label: "Đơn vị", href: "/don-vi" }, { label: unit.name }]}
      title={unit.name}
      description={unit.description ?? UNIT_TYPE_LABELS[unit.type]}
      notice={unit.status === "ARCHIVED" ? "Đơn vị này đã ngừng hoạt động; các bài viết đã đăng vẫn được lưu giữ." : undefined}
      contacts={<UnitContacts unit={unit} className="mt-2" />}
      listing={listing}
      pageHref={(page) => sitePaths.unit(unit.slug, page)}
      rssHref={sitePaths.unitRss(unit.slug)}
    />
  );
}
