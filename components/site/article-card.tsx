import { CoverImage } from "./cover-image";
import { SiteLink as Link } from "@/components/site/site-link";
import type { ArticleListing } from "@/lib/articles/public-queries";
import { formatDateTime } from "@/lib/vietnamese";

type Props = { article: ArticleListing; headingLevel?: 2 | 3; withImage?: boolean; withSapo?: boolean };

export function ArticleCard({ article, headingLevel = 3, withImage = true, withSapo = true }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="flex gap-4 border-b border-gray-200 py-4 last:border-b-0">
      {withImage && article.cover && (
        <CoverImage cover={article.cover} slot="192px" className="hidden h-27 w-48 shrink-0 rounded object-cover sm:block" />
      )}
      <div className="min-w-0">
        <Heading className="text-lg font-bold leading-snug">
          <Link href={`/bai-viet/${article.slug}`} className="hover:text-brand-700 hover:underline">
            {article.title}
          </Link>
        </Heading>
        <ArticleMeta article={article} />
        {withSapo && <p className="mt-2 line-clamp-3 text-sm text-gray-700">{article.sapo}</p>}
      </div>
    </article>
  );
}

export function ArticleMeta({ article }: { article: Pick<ArticleListing, "originalUnit" | "category" | "publishedAt"> }) {
  return (
    <p className="mt-1 text-xs text-muted">
      {article.originalUnit.name}
      {article.category && <> · {article.category.name}</>}
      {article.publishedAt && (
        <>
          {" · "}
          <time dateTime={article.publishedAt}>{formatDateTime(article.publishedAt)}</time>
        </>
      )}
    </p>
  );
}
