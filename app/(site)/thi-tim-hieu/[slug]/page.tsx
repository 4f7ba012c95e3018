import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/site/breadcrumb";
import { RoundTable } from "@/components/site/contests/round-table";
import { getPublicContest, phaseOf } from "@/lib/contests/public-queries";
import { renderArticleHtml } from "@/lib/richtext/render";
import { formatDateTime } from "@/lib/vietnamese";

// A contest's public page: rules (Thể lệ), rounds and groups. The same for everyone and cached; the
// entrant's own registration and attempts are on /du-thi, which is never cached.

export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const contest = await getPublicContest(decodeURIComponent((await params).slug));
  if (!contest) return { title: "Không tìm thấy cuộc thi", robots: { index: false } };
  return { title: contest.name, alternates: { canonical: `/thi-tim-hieu/${contest.slug}` } };
}

export default async function ContestPage({ params }: Props) {
  const contest = await getPublicContest(decodeURIComponent((await params).slug));
  if (!contest) notFound();
  const phase = phaseOf(contest);
  return (
    <div className="max-w-4xl space-y-6">
      <Breadcrumb items={[{ label: "Trang chủ", href: "/" }, { label: "Thi tìm hiểu pháp luật", href: "/thi-tim-hieu" }, { label: contest.name }]} />
      <h1 className="text-2xl font-bold">{contest.name}</h1>
      <p className="text-muted">
        Từ {formatDateTime(contest.opensAt)} đến {formatDateTime(contest.closesAt)} (giờ Việt Nam)
      </p>
      <div className="flex flex-wrap gap-3">
        {phase === "open" && (
          <Link href={`/thi-tim-hieu/${contest.slug}/du-thi`} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Dự thi</Link>
        )}
        <Link href={`/thi-tim-hieu/${contest.slug}/ket-qua`} className="rounded border border-gray-400 bg-white px-4 py-2 font-semibold hover:bg-gray-100">Kết quả</Link>
      </div>
      {phase === "upcoming" && <p role="status">Cuộc thi chưa mở. Vui lòng quay lại khi cuộc thi bắt đầu.</p>}
      {phase === "over" && <p role="status">Cuộc thi đã kết thúc.</p>}
      <section aria-labelledby="vong-thi">
        <h2 id="vong-thi" className="mb-2 text-xl font-bold text-brand-800">Vòng thi</h2>
        <RoundTable rounds={contest.rounds} />
      </section>
      <section aria-labelledby="doi-tuong">
        <h2 id="doi-tuong" className="mb-2 text-xl font-bold text-brand-800">Đối tượng dự thi</h2>
        <ul className="list-disc pl-6">{contest.groups.map((g) => <li key={g.id}>{g.name}</li>)}</ul>
      </section>
      <section aria-labelledby="the-le">
        <h2 id="the-le" className="mb-2 text-xl font-bold text-brand-800">Thể lệ</h2>
        <div className="article-body" dangerouslySetInnerHTML={{ __html: renderArticleHtml(contest.rules) }} />
      </section>
    </div>
  );
}
