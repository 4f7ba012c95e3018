import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SearchView } from "@/components/site/search-view";
import { loadSearchPage } from "@/lib/search/load";
import { paramsFromPathKey, readSearchRequest, type SearchRequest } from "@/lib/search/params";

// /tim-kiem?q=… as proxy.ts rewrites it: the search's parameters in one path segment, so each
// search renders once and is then served from the cache until an article changes (ARTICLES_TAG).
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams(): { key: string }[] {
  return [];
}

type Props = { params: Promise<{ key: string }> };

async function requestOf(params: Props["params"]): Promise<SearchRequest | null> {
  const record = paramsFromPathKey((await params).key);
  return record ? readSearchRequest(record) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const request = await requestOf(params);
  const text = request?.query.text ?? "";
  return { title: text ? `Tìm kiếm: ${text}` : "Tìm kiếm", robots: { index: false, follow: true }, alternates: { canonical: "/tim-kiem" } };
}

export default async function CachedSearchPage({ params }: Props) {
  const request = await requestOf(params);
  if (!request) notFound();
  return <SearchView data={await loadSearchPage(request)} />;
}
