import type { Metadata } from "next";
import { DocumentSearchView } from "@/components/site/documents/document-search-view";
import { searchPublishedDocuments } from "@/lib/documents/public-queries";
import { readDocumentSearch } from "@/lib/documents/search-params";

// /van-ban: the library with its facets. Rendered per request from the cached search (lib/documents/
// public-queries.ts, under DOCUMENTS_TAG), since every combination of filters is its own address.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const search = readDocumentSearch(await searchParams);
  const filtered = search.q || search.type || search.issuer || search.fieldSlug || search.year || search.effect || search.page > 1;
  return {
    title: search.q ? `Văn bản pháp luật: ${search.q}` : "Văn bản pháp luật",
    description: "Tra cứu văn bản pháp luật theo số/ký hiệu, trích yếu, loại, cơ quan ban hành, lĩnh vực, năm và tình trạng hiệu lực.",
    alternates: { canonical: "/van-ban", types: { "application/rss+xml": "/van-ban/rss" } },
    robots: filtered ? { index: false, follow: true } : undefined,
  };
}

export default async function DocumentsPage({ searchParams }: Props) {
  const search = readDocumentSearch(await searchParams);
  return <DocumentSearchView search={search} result={await searchPublishedDocuments(search)} />;
}
