import type { RankedEntry } from "@/lib/contests/results";
import { describeDuration } from "@/lib/contests/labels";

/**
 * Bảng xếp hạng as a list of rows that wrap on a phone. The public one shows only name, commune and
 * group; the organisers' one (with `contacts`) adds the phone and date of birth.
 */
export function Leaderboard({ entries, prizeForm }: { entries: RankedEntry[]; prizeForm?: (entry: RankedEntry) => React.ReactNode }) {
  if (entries.length === 0) return <p>Chưa có bài thi nào được nộp.</p>;
  return (
    <ol className="divide-y divide-gray-200 rounded border border-gray-200 bg-white">
      {entries.map((e) => (
        <li key={e.attemptId} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-3 py-2">
          <span className="w-10 shrink-0 font-bold">#{e.rank}</span>
          <span className="min-w-0 flex-1">
            <span className="font-semibold">{e.fullName}</span>
            <span className="block text-sm text-muted">{e.communeName} · {e.groupName}</span>
          </span>
          <span className="text-sm">
            {e.correctCount}/{e.total} câu · {describeDuration(e.durationMs)}
            {e.tieBreakGuess !== null && <> · dự đoán {e.tieBreakGuess}</>}
          </span>
          {e.prize && <strong className="rounded bg-amber-100 px-2 text-sm text-amber-950">{e.prize}</strong>}
          {prizeForm?.(e)}
        </li>
      ))}
    </ol>
  );
}

export function CountTable({ caption, rows }: { caption: string; rows: { name: string; entrants: number; averageScore: number | null }[] }) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="mb-1 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-gray-300 text-left">
          <th scope="col" className="py-1 pr-2">Tên</th>
          <th scope="col" className="py-1 pr-2 text-right">Người dự thi</th>
          <th scope="col" className="py-1 text-right">Điểm TB</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name} className="border-b border-gray-100">
            <td className="py-1 pr-2 [overflow-wrap:anywhere]">{row.name}</td>
            <td className="py-1 pr-2 text-right">{row.entrants}</td>
            <td className="py-1 text-right">{row.averageScore?.toLocaleString("vi-VN") ?? "–"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
