import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DocumentView } from "@/components/site/documents/document-view";
import { getPublishedDocument } from "@/lib/documents/public-queries";
import { absoluteUrl } from "@/lib/site/url";

// One document, cached after its first request under DOCUMENTS_TAG like the other public pages.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const document = await getPublishedDocument((await params).slug);
  if (!document) return { title: "Không tìm thấy văn bản", robots: { index: false } };
  const title = `${document.typeLabel} ${document.number}`;
  return { title, description: document.summary, alternates: { canonical: `/van-ban/${document.slug}` }, openGraph: { title, description: document.summary, type: "article" } };
}

export default async function DocumentPage({ params }: Props) {
  const document = await getPublishedDocument((await params).slug);
  if (!document) notFound();
  return <DocumentView document={document} url={absoluteUrl(`/van-ban/${document.slug}`)} />;
}
