import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/site/breadcrumb";
import { listPublicContests, phaseOf, type ContestListing } from "@/lib/contests/public-queries";
import { formatDateTime } from "@/lib/vietnamese";

// Thi tìm hiểu pháp luật: the contests open now, to come and past. The same for every visitor, so
// cached (lib/contests/public-queries.ts, tag "contests"); what an entrant did is on /du-thi.

export const revalidate = 300;

export const metadata: Metadata = {
  title: "Thi tìm hiểu pháp luật",
  description: "Các cuộc thi tìm hiểu pháp luật trực tuyến: đăng ký dự thi, thể lệ và kết quả.",
  alternates: { canonical: "/thi-tim-hieu" },
};

const PHASES = [
  { key: "open", title: "Đang diễn ra" },
  { key: "upcoming", title: "Sắp diễn ra" },
  { key: "over", title: "Đã kết thúc" },
] as const;

function ContestItem({ contest }: { contest: ContestListing }) {
  return (
    <li className="rounded border border-gray-200 bg-white p-4">
      <h3 className="text-lg font-bold">
        <Link href={`/thi-tim-hieu/${contest.slug}`} className="text-brand-800 underline-offset-2 hover:underline">{contest.name}</Link>
      </h3>
      <p className="mt-1 text-sm text-muted">
        Từ {formatDateTime(contest.opensAt)} đến {formatDateTime(contest.closesAt)} · {contest.roundCount} vòng thi
      </p>
      {contest.resultsPublished && (
        <p className="mt-2 text-sm">
          <Link href={`/thi-tim-hieu/${contest.slug}/ket-qua`} className="text-brand-700 underline">Xem kết quả</Link>
        </p>
      )}
    </li>
  );
}

export default async function ContestsPage() {
  const contests = await listPublicContests();
  const now = new Date();
  return (
    <div className="max-w-4xl space-y-8">
      <Breadcrumb items={[{ label: "Trang chủ", href: "/" }, { label: "Thi tìm hiểu pháp luật" }]} />
      <h1 className="text-2xl font-bold">Thi tìm hiểu pháp luật</h1>
      <p>Tham gia các cuộc thi trực tuyến không cần tài khoản: đăng ký bằng họ tên, số điện thoại và xã/phường nơi bạn sinh sống.</p>
      {contests.length === 0 && <p>Chưa có cuộc thi nào.</p>}
      {PHASES.map(({ key, title }) => {
        const list = contests.filter((c) => phaseOf(c, now) === key);
        if (list.length === 0) return null;
        return (
          <section key={key} aria-labelledby={`cuoc-thi-${key}`}>
            <h2 id={`cuoc-thi-${key}`} className="mb-3 text-xl font-bold text-brand-800">{title}</h2>
            <ul className="space-y-3">{list.map((c) => <ContestItem key={c.id} contest={c} />)}</ul>
          </section>
        );
      })}
    </div>
  );
}
