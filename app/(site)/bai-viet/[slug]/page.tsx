import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleAttachments } from "@/components/site/article-attachments";
import { getPublishedArticle } from "@/lib/articles/public-queries";
import { renderArticleHtml } from "@/lib/richtext";
import { fileUrl } from "@/lib/storage/urls";
import { formatDateTime } from "@/lib/vietnamese";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getPublishedArticle((await params).slug);
  return article ? { title: article.title, description: article.sapo } : { title: "Không tìm thấy bài viết" };
}

export default async function ArticlePage({ params }: Props) {
  const article = await getPublishedArticle((await params).slug);
  if (!article) notFound();
  // The body was checked against the allowlist when saved and is checked again while rendering.
  const bodyHtml = renderArticleHtml(article.body);
  return (
    <article className="mx-auto max-w-3xl">
      <nav aria-label="Đường dẫn" className="no-print mb-4 text-sm text-muted">
        <ol className="flex flex-wrap gap-1">
          <li><Link href="/" className="underline">Trang chủ</Link> ›</li>
          {article.category && <li>{article.category.name} ›</li>}
          <li aria-current="page" className="line-clamp-1">{article.title}</li>
        </ol>
      </nav>
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{article.originalUnit.name}</p>
      <h1 className="mt-2 text-2xl font-bold leading-tight sm:text-3xl">{article.title}</h1>
      {article.publishedAt && (
        <p className="mt-2 text-sm text-muted">
          <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt)}</time>
          {article.category && <> · {article.category.name}</>}
        </p>
      )}
      <p className="mt-4 text-lg font-bold leading-relaxed">{article.sapo}</p>
      {article.coverImage && (
        <figure className="mt-4">
          {/* eslint-disable-next-line @next/next/no-img-element -- sized variants come with the upload work */}
          <img
            src={fileUrl(article.coverImage.storageKey)}
            alt={article.coverAlt ?? ""}
            width={article.coverImage.width ?? undefined}
            height={article.coverImage.height ?? undefined}
            className="h-auto w-full rounded"
          />
          {article.coverCaption && <figcaption className="mt-2 text-center text-sm italic text-muted">{article.coverCaption}</figcaption>}
        </figure>
      )}
      <div className="article-body mt-6" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
      {(article.byline || article.source) && (
        <p className="mt-6 text-right">
          {article.byline && <span className="font-bold">{article.byline}</span>}
          {article.source && <span className="block text-sm text-muted">Nguồn: {article.source}</span>}
        </p>
      )}
      <ArticleAttachments attachments={article.attachments} />
      {article.tags.length > 0 && (
        <p className="mt-6 text-sm">
          <span className="font-semibold">Từ khóa: </span>
          {article.tags.map(({ tag }) => tag.name).join(", ")}
        </p>
      )}
    </article>
  );
}
