import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CountTable, Leaderboard } from "@/components/site/contests/leaderboard";
import { getWorkingActor } from "@/lib/auth/session";
import { PRIZE_REFUSALS } from "@/lib/contests/mark-prize";
import { contestStatistics, roundLeaderboard } from "@/lib/contests/results";
import { contestForEditors } from "@/lib/contests/workspace-queries";
import { can } from "@/lib/policy";
import { formatDate } from "@/lib/vietnamese";
import { markPrizeAction } from "../../actions";

export const metadata: Metadata = { title: "Kết quả cuộc thi" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ContestResultsAdminPage({ params, searchParams }: Props) {
  const actor = await getWorkingActor();
  if (!actor) redirect("/dang-nhap");
  if (!can(actor, "contest.results")) redirect("/quan-ly?khong-co-quyen");
  const contest = await contestForEditors(Number((await params).id));
  if (!contest) redirect("/quan-ly/cuoc-thi");
  const query = await searchParams;
  const round = contest.rounds.find((r) => String(r.id) === query.vong) ?? contest.rounds.find((r) => r._count.attempts > 0) ?? contest.rounds[0];
  const [board, stats] = await Promise.all([round ? roundLeaderboard(round.id) : null, contestStatistics(contest.id)]);
  const stat = stats.find((s) => s.roundId === round?.id);
  const manage = can(actor, "contest.manage");
  const refusal = query["loi-giai"];
  const prizeError = typeof refusal === "string" ? (PRIZE_REFUSALS[refusal as keyof typeof PRIZE_REFUSALS] ?? "Chưa lưu được giải, vui lòng thử lại.") : null;
  const refusedAttempt = Number(query.bai);
  return (
    <div className="space-y-6">
      <div>
        <Link href={manage ? `/quan-ly/cuoc-thi/${contest.id}` : "/quan-ly/cuoc-thi"} className="text-sm text-brand-700 underline">← {contest.name}</Link>
        <h1 className="mt-1 text-2xl font-bold">Kết quả: {contest.name}</h1>
      </div>
      <p>
        <a href={`/quan-ly/cuoc-thi/${contest.id}/ket-qua/excel`} className="rounded border border-gray-400 bg-white px-3 py-2 font-semibold hover:bg-gray-100">Xuất Excel</a>
      </p>
      {query["da-luu"] === "giai" && <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">Đã lưu giải thưởng.</p>}
      <nav aria-label="Vòng thi" className="flex flex-wrap gap-2">
        {contest.rounds.map((r) => (
          <Link key={r.id} href={`?vong=${r.id}`} aria-current={r.id === round?.id ? "page" : undefined} className="rounded border border-gray-300 px-3 py-1 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
            {r.name}
          </Link>
        ))}
      </nav>
      {round && board && (
        <section aria-labelledby="bang-xep-hang" className="space-y-3">
          <h2 id="bang-xep-hang" className="text-lg font-bold">Bảng xếp hạng — {round.name}</h2>
          <p className="text-sm">{board.participants} người dự thi; xếp theo số câu đúng, rồi thời gian làm bài, rồi độ chênh của dự đoán so với số người dự thi.</p>
          <Leaderboard
            entries={board.entries}
            prizeForm={(e) => (
              <div id={`bai-${e.attemptId}`} className="w-full text-sm text-muted">
                {e.phone} · sinh {formatDate(e.birthDate)}
                {manage && (
                  <form action={markPrizeAction} className="mt-1 flex flex-wrap items-center gap-2">
                    <input type="hidden" name="contestId" value={contest.id} />
                    <input type="hidden" name="roundId" value={round.id} />
                    <input type="hidden" name="attemptId" value={e.attemptId} />
                    <label htmlFor={`giai-${e.attemptId}`} className="text-gray-900">Giải</label>
                    <input id={`giai-${e.attemptId}`} name="prize" defaultValue={e.prize ?? ""} list="ten-giai" aria-invalid={prizeError && refusedAttempt === e.attemptId ? true : undefined} aria-describedby={prizeError && refusedAttempt === e.attemptId ? "loi-giai" : undefined} className="w-40 rounded border border-gray-400 px-2 py-1 text-gray-900" />
                    <button type="submit" className="rounded border border-gray-400 bg-white px-2 py-1 text-gray-900 hover:bg-gray-100">Lưu giải</button>
                    {prizeError && refusedAttempt === e.attemptId && <p id="loi-giai" role="alert" className="w-full text-red-700">{prizeError}</p>}
                  </form>
                )}
              </div>
            )}
          />
          <datalist id="ten-giai">
            {["Giải Nhất", "Giải Nhì", "Giải Ba", "Giải Khuyến khích"].map((name) => <option key={name} value={name} />)}
          </datalist>
        </section>
      )}
      {stat && (
        <section aria-labelledby="thong-ke" className="max-w-3xl space-y-3">
          <h2 id="thong-ke" className="text-lg font-bold">Thống kê — {stat.roundName}</h2>
          <p>{stat.attempts} lượt thi, {stat.participants} người dự thi{stat.averageScore != null && `, trung bình ${stat.averageScore.toLocaleString("vi-VN")} câu đúng`}.</p>
          <div className="grid gap-6 sm:grid-cols-2">
            <CountTable caption="Theo đối tượng" rows={stat.byGroup} />
            <CountTable caption="Theo xã/phường" rows={stat.byCommune} />
          </div>
        </section>
      )}
    </div>
  );
}
