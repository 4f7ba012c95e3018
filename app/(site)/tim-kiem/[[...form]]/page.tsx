import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SearchView } from "@/components/site/search-view";
import { CACHED_DIRECTORY, loadSearchPage } from "@/lib/search/load";
import { readSearchRequest, searchPageTitle } from "@/lib/search/params";

// /tim-kiem with nothing to search: the form, cached like any public page. A search (any of its
// fields in the address) is answered by pages/api/tim-kiem.tsx instead (next.config.ts), which puts
// its results into this page's shell: what this page shows around its <main> is every search's too.
// An optional catch-all, like the home page, so that it is rendered on its first request, not by
// `next build` (from whatever database the build saw).
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams(): { form: string[] }[] {
  return [];
}

type Props = { params: Promise<{ form?: string[] }> };

export const metadata: Metadata = { title: searchPageTitle(""), robots: { index: false, follow: true }, alternates: { canonical: "/tim-kiem" } };

export default async function SearchFormPage({ params }: Props) {
  if ((await params).form?.length) notFound();
  return <SearchView data={await loadSearchPage(readSearchRequest({}), CACHED_DIRECTORY)} />;
}
