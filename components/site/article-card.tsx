import Link from "next/link";
import type { ArticleListing } from "@/lib/articles/public-queries";
import { formatDateTime } from "@/lib/vietnamese";
import { fileUrl } from "@/lib/storage/urls";

export function ArticleCard({ article, headingLevel = 3 }: { article: ArticleListing; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="flex gap-4 border-b border-gray-200 py-4">
      {article.coverImage && (
        // eslint-disable-next-line @next/next/no-img-element -- sized variants come with the upload work
        <img
          src={fileUrl(article.coverImage.storageKey)}
          alt={article.coverAlt ?? ""}
          width={192}
          height={108}
          loading="lazy"
          className="hidden h-27 w-48 shrink-0 rounded object-cover sm:block"
        />
      )}
      <div className="min-w-0">
        <Heading className="text-lg font-bold leading-snug">
          <Link href={`/bai-viet/${article.slug}`} className="hover:text-brand-700 hover:underline">
            {article.title}
          </Link>
        </Heading>
        <p className="mt-1 text-xs text-muted">
          {article.originalUnit.name}
          {article.category && <> · {article.category.name}</>}
          {article.publishedAt && <> · <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt)}</time></>}
        </p>
        <p className="mt-2 line-clamp-3 text-sm text-gray-700">{article.sapo}</p>
      </div>
    </article>
  );
}
