import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/site/breadcrumb";
import { CountTable, Leaderboard } from "@/components/site/contests/leaderboard";
import { getPublicContest } from "@/lib/contests/public-queries";
import { contestStatistics, roundLeaderboard } from "@/lib/contests/results";

// Kết quả, once the organisers publish them: each round's ranking (name, commune, group — never the
// phone or date of birth) and the counts by group and commune. Rebuilt at most every five minutes.

export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

const PUBLIC_ROWS = 100;

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const contest = await getPublicContest(decodeURIComponent((await params).slug));
  return contest ? { title: `Kết quả: ${contest.name}` } : { title: "Không tìm thấy cuộc thi", robots: { index: false } };
}

export default async function ResultsPage({ params }: Props) {
  const contest = await getPublicContest(decodeURIComponent((await params).slug));
  if (!contest) notFound();
  const crumbs = [{ label: "Trang chủ", href: "/" }, { label: "Thi tìm hiểu pháp luật", href: "/thi-tim-hieu" }, { label: contest.name, href: `/thi-tim-hieu/${contest.slug}` }, { label: "Kết quả" }];
  if (!contest.resultsPublished) {
    return (
      <div className="max-w-3xl space-y-4">
        <Breadcrumb items={crumbs} />
        <h1 className="text-2xl font-bold">Kết quả: {contest.name}</h1>
        <p role="status">Ban tổ chức chưa công bố kết quả.</p>
      </div>
    );
  }
  const [boards, stats] = await Promise.all([Promise.all(contest.rounds.map((r) => roundLeaderboard(r.id, PUBLIC_ROWS))), contestStatistics(contest.id)]);
  return (
    <div className="max-w-3xl space-y-8">
      <Breadcrumb items={crumbs} />
      <h1 className="text-2xl font-bold">Kết quả: {contest.name}</h1>
      {contest.rounds.map((round, i) => {
        const stat = stats.find((s) => s.roundId === round.id);
        return (
          <section key={round.id} aria-labelledby={`vong-${round.id}`} className="space-y-4">
            <h2 id={`vong-${round.id}`} className="text-xl font-bold text-brand-800">{round.name}</h2>
            <p>
              {stat?.participants ?? 0} người dự thi, {stat?.attempts ?? 0} lượt thi
              {stat?.averageScore != null && <>, trung bình {stat.averageScore.toLocaleString("vi-VN")} câu đúng</>}.
            </p>
            <h3 className="font-bold">Bảng xếp hạng</h3>
            <Leaderboard entries={boards[i].entries} />
            {stat && (
              <div className="grid gap-6 sm:grid-cols-2">
                <CountTable caption="Theo đối tượng" rows={stat.byGroup} />
                <CountTable caption="Theo xã/phường" rows={stat.byCommune} />
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
