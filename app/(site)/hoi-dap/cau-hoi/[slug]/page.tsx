import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/site/breadcrumb";
import { JsonLd } from "@/components/site/json-ld";
import { QuestionCitations } from "@/components/site/documents/article-citations";
import { getAnsweredQuestion } from "@/lib/questions/public-queries";
import { absoluteUrl } from "@/lib/site/url";
import { formatDate, toIsoInVietnam } from "@/lib/vietnamese";

// One answered question: the question as asked (the name only if the asker allowed it, never the
// contact), the answer in the answering unit's name, and FAQPage structured data for search engines.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const question = await getAnsweredQuestion((await params).slug);
  if (!question) return { title: "Không tìm thấy câu hỏi", robots: { index: false } };
  const url = `/hoi-dap/cau-hoi/${question.slug}`;
  return { title: question.title, description: question.excerpt, alternates: { canonical: url }, openGraph: { type: "article", url, title: question.title, description: question.excerpt } };
}

export default async function QuestionPage({ params }: Props) {
  const question = await getAnsweredQuestion((await params).slug);
  if (!question) notFound();
  const url = absoluteUrl(`/hoi-dap/cau-hoi/${question.slug}`);
  return (
    <article className="mx-auto max-w-3xl">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "FAQPage",
          url,
          mainEntity: [
            {
              "@type": "Question",
              name: question.title,
              text: question.content,
              dateCreated: toIsoInVietnam(question.askedAt),
              acceptedAnswer: { "@type": "Answer", text: question.answerText, dateCreated: toIsoInVietnam(question.answeredAt), author: { "@type": "GovernmentOrganization", name: question.unitName } },
            },
          ],
        }}
      />
      <Breadcrumb items={[{ label: "Trang chủ", href: "/" }, { label: "Hỏi đáp pháp luật", href: "/hoi-dap" }, { label: question.field.name }]} />
      <p className="text-sm">
        <Link href={`/hoi-dap?linh-vuc=${question.field.slug}`} className="font-semibold text-brand-700 hover:underline">
          {question.field.name}
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-bold leading-snug text-brand-900">{question.title}</h1>
      <section aria-labelledby="cau-hoi" className="mt-4 rounded border border-gray-200 bg-gray-50 p-4">
        <h2 id="cau-hoi" className="text-base font-semibold">Câu hỏi</h2>
        <p className="mt-2 whitespace-pre-line break-words">{question.content}</p>
        <p className="mt-2 text-sm text-muted">
          Người hỏi: {question.asker} · Gửi ngày {formatDate(question.askedAt)}
        </p>
      </section>
      <section aria-labelledby="tra-loi" className="mt-6">
        <h2 id="tra-loi" className="text-lg font-bold text-brand-800">Câu trả lời</h2>
        <p className="text-sm text-muted">
          {question.unitName} trả lời ngày {formatDate(question.answeredAt)}
        </p>
        <div className="article-body mt-3 break-words" dangerouslySetInnerHTML={{ __html: question.answerHtml }} />
        <QuestionCitations questionSlug={question.slug} />
      </section>
      <p className="mt-8 text-sm">
        <Link href="/hoi-dap/gui-cau-hoi" className="font-semibold text-brand-700 hover:underline">Gửi câu hỏi của bạn</Link>
        {" · "}
        <Link href="/hoi-dap" className="text-brand-700 hover:underline">Xem các câu hỏi khác</Link>
      </p>
    </article>
  );
}
