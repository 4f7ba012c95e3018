import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleCard } from "@/components/site/article-card";
import { ArticleView } from "@/components/site/article-view";
import { Breadcrumb } from "@/components/site/breadcrumb";
import { CommentSection } from "@/components/site/comment-section";
import { JsonLd } from "@/components/site/json-ld";
import { ReaderTools } from "@/components/site/reader-tools";
import { ShareLinks } from "@/components/site/share-links";
import { ViewBeacon } from "@/components/site/view-beacon";
import { getPublishedArticle, listRelatedArticles, type PublishedArticle } from "@/lib/articles/public-queries";
import { getCommentSettingsForReaders, listApprovedComments, whyCommentsAreClosed } from "@/lib/comments/public-queries";
import { openGraphBase } from "@/lib/site/metadata";
import { getPublicSiteSettings } from "@/lib/site/public-settings";
import { absoluteUrl, sitePaths } from "@/lib/site/url";
import { fileUrl } from "@/lib/storage/urls";
import { toIsoInVietnam } from "@/lib/vietnamese";

// Rendered on the first request for each address, then cached until the article (or its
// category's listings) change: see lib/site/revalidate.ts. A taken-down article never gets here:
// proxy.ts answers its address with 410.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]): Promise<PublishedArticle | null> {
  const { slug } = await params;
  let decoded: string;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    return null;
  }
  return decoded.length > 200 ? null : getPublishedArticle(decoded);
}

function coverUrl(article: PublishedArticle): string | null {
  return article.cover ? absoluteUrl(fileUrl(article.cover.storageKey)) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load(params);
  if (!article) return { title: "Không tìm thấy bài viết", robots: { index: false } };
  const url = sitePaths.article(article.slug);
  const image = coverUrl(article);
  const images = image
    ? [{ url: image, width: article.cover?.width ?? undefined, height: article.cover?.height ?? undefined, alt: article.cover?.alt || article.title }]
    : undefined;
  return {
    title: article.title,
    description: article.sapo,
    alternates: { canonical: url },
    authors: article.byline ? [{ name: article.byline }] : undefined,
    openGraph: {
      ...(await openGraphBase()),
      type: "article",
      url,
      title: article.title,
      description: article.sapo,
      images,
      publishedTime: article.publishedAt ? toIsoInVietnam(article.publishedAt) : undefined,
      modifiedTime: toIsoInVietnam(article.updatedAt),
      section: article.category?.name,
      tags: article.tags.map((tag) => tag.name),
    },
    twitter: { card: image ? "summary_large_image" : "summary", title: article.title, description: article.sapo, images: image ? [image] : undefined },
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = await load(params);
  if (!article) notFound();
  const [site, related, comments, commentSettings] = await Promise.all([
    getPublicSiteSettings(),
    listRelatedArticles(article.id, article.category?.id ?? null, 4),
    listApprovedComments(article.id),
    getCommentSettingsForReaders(),
  ]);
  const commentsClosedBecause = whyCommentsAreClosed(article, commentSettings.closeAfterDays);
  const url = absoluteUrl(sitePaths.article(article.slug));
  const image = coverUrl(article);
  const structuredData = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.sapo,
    datePublished: article.publishedAt ? toIsoInVietnam(article.publishedAt) : undefined,
    dateModified: toIsoInVietnam(article.updatedAt),
    image: image ? [image] : undefined,
    author: article.byline ? { "@type": "Person", name: article.byline } : { "@type": "Organization", name: article.originalUnit.name },
    publisher: { "@type": "Organization", name: site.name, ...(site.logo ? { logo: { "@type": "ImageObject", url: absoluteUrl(site.logo) } } : {}) },
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    articleSection: article.category?.name,
    keywords: article.tags.map((tag) => tag.name).join(", ") || undefined,
    commentCount: comments.count,
    inLanguage: "vi",
  };

  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd data={structuredData} />
      <ViewBeacon articleId={article.id} />
      <Breadcrumb
        items={[
          { label: "Trang chủ", href: "/" },
          ...(article.category ? [{ label: article.category.name, href: sitePaths.category(article.category.slug) }] : []),
          { label: article.title },
        ]}
      />
      <ArticleView
        article={article}
        tools={<ReaderTools articleSelector="#bai-viet" />}
        footer={
          <>
            <p className="print-only mt-6 text-sm">Địa chỉ bài viết: {url}</p>
            <div className="mt-6 border-t border-gray-200 pt-4">
              <ShareLinks url={url} title={article.title} />
            </div>
          </>
        }
      />
      <CommentSection articleId={article.id} comments={comments} closedBecause={commentsClosedBecause} />
      {related.length > 0 && (
        <section aria-labelledby="bai-lien-quan" className="no-print mt-10">
          <h2 id="bai-lien-quan" className="border-b-2 border-brand-600 pb-1 text-lg font-bold text-brand-800">
            Bài viết liên quan
          </h2>
          {related.map((item) => (
            <ArticleCard key={item.id} article={item} withSapo={false} />
          ))}
        </section>
      )}
    </div>
  );
}
