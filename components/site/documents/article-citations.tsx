import { SiteLink as Link } from "@/components/site/site-link";
import { listArticleCitations, listQuestionCitations, type Citation } from "@/lib/documents/public-queries";
import { EffectBadge } from "./effect-badge";

// Văn bản được trích dẫn, under an article: each cited document with its effect today, so a reader
// sees at once when an article relies on a law no longer in force. An async server component reading
// one cached query (under DOCUMENTS_TAG), so the article view needs only this one element.
export async function ArticleCitations({ articleId }: { articleId: number }) {
  return <CitationList citations={await listArticleCitations(articleId)} />;
}

/** The same list under a published answer of Hỏi đáp pháp luật. */
export async function QuestionCitations({ questionSlug }: { questionSlug: string }) {
  return <CitationList citations={await listQuestionCitations(questionSlug)} />;
}

function CitationList({ citations }: { citations: Citation[] }) {
  if (citations.length === 0) return null;
  return (
    <section aria-labelledby="van-ban-trich-dan" className="mt-6 rounded border border-gray-200 bg-white p-4">
      <h2 id="van-ban-trich-dan" className="font-bold">Văn bản được trích dẫn</h2>
      <ul className="mt-2 space-y-2">
        {citations.map((c) => (
          <li key={c.slug} className="flex flex-wrap items-center gap-2">
            <Link href={`/van-ban/${c.slug}`} className="font-semibold underline">{c.typeLabel} {c.number}</Link>
            <EffectBadge effect={c.effect} />
            <span className="w-full text-sm text-muted">{c.summary}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
