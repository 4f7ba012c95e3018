import { CoverImage } from "./cover-image";
import { SiteLink as Link } from "@/components/site/site-link";
import type { PublishedArticle } from "@/lib/articles/public-queries";
import { sitePaths } from "@/lib/site/url";
import { formatDateTime, toIsoInVietnam } from "@/lib/vietnamese";
import { ArticleAttachments } from "./article-attachments";
import { ArticleCitations } from "./documents/article-citations";

type Props = {
  article: PublishedArticle;
  /** Shown under the date: the reader tools on the public page. */
  tools?: React.ReactNode;
  /** Shown at the end of the article: share links and the print address on the public page. */
  footer?: React.ReactNode;
};

/**
 * An article as readers see it. The public page and the workspace's preview and review views all
 * render through this one component, so "Xem trước" shows exactly what will be published.
 */
export function ArticleView({ article, tools, footer }: Props) {
  return (
    <article id="bai-viet" className="article">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
        <Link href={sitePaths.unit(article.originalUnit.slug)} className="hover:underline">
          {article.originalUnit.name}
        </Link>
        {article.category && (
          <>
            <span aria-hidden="true" className="text-muted"> · </span>
            <Link href={sitePaths.category(article.category.slug)} className="hover:underline">
              {article.category.name}
            </Link>
          </>
        )}
      </p>
      <h1 data-doc className="mt-2 text-2xl font-bold leading-tight sm:text-3xl">
        {article.title}
      </h1>
      {article.publishedAt && (
        <p className="mt-2 text-sm text-muted">
          <time dateTime={toIsoInVietnam(article.publishedAt)}>{formatDateTime(article.publishedAt)}</time>
        </p>
      )}
      {tools && <div className="mt-4">{tools}</div>}
      <div className="article-text">
        <p data-doc className="mt-4 text-[1.125em] font-bold leading-relaxed">
          {article.sapo}
        </p>
        {article.cover && (
          <figure className="mt-4">
            <CoverImage cover={article.cover} slot="(min-width: 800px) 768px, 100vw" priority className="h-auto w-full rounded" />
            {article.coverCaption && <figcaption className="mt-2 text-center text-sm italic text-muted">{article.coverCaption}</figcaption>}
          </figure>
        )}
        {/* The body was checked against the allowlist when saved and again while rendering (lib/richtext). */}
        <div data-doc-than className="article-body mt-6" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        {(article.byline || article.source) && (
          <p className="mt-6 text-right">
            {article.byline && <span className="font-bold">{article.byline}</span>}
            {article.source && <span className="block text-sm text-muted">Nguồn: {article.source}</span>}
          </p>
        )}
      </div>
      <ArticleAttachments attachments={article.attachments} />
      <ArticleCitations articleId={article.id} />
      {article.tags.length > 0 && (
        <p className="mt-6 text-sm">
          <span className="font-semibold">Từ khóa: </span>
          {article.tags.map((tag) => tag.name).join(", ")}
        </p>
      )}
      {footer}
    </article>
  );
}
