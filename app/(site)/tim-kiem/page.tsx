import type { Metadata } from "next";
import { SearchView } from "@/components/site/search-view";
import { loadSearchPage } from "@/lib/search/load";
import { readSearchRequest } from "@/lib/search/params";

// Readers' address for search is /tim-kiem?q=…; proxy.ts rewrites it to /tim-kiem/<key> (cached
// per search). This page answers only if a request reaches /tim-kiem itself, rendered each time.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const text = readSearchRequest(await searchParams).query.text;
  return { title: text ? `Tìm kiếm: ${text}` : "Tìm kiếm", robots: { index: false, follow: true }, alternates: { canonical: "/tim-kiem" } };
}

export default async function SearchPage({ searchParams }: Props) {
  return <SearchView data={await loadSearchPage(readSearchRequest(await searchParams))} />;
}
