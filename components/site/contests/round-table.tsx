import type { PublicRound } from "@/lib/contests/public-queries";
import { describeDuration } from "@/lib/contests/labels";
import { formatDateTime } from "@/lib/vietnamese";

/** The rounds as a list of cards (a table would scroll sideways on a phone). */
export function RoundTable({ rounds, actions }: { rounds: PublicRound[]; actions?: (round: PublicRound) => React.ReactNode }) {
  if (rounds.length === 0) return <p>Chưa có vòng thi.</p>;
  return (
    <ul className="space-y-3">
      {rounds.map((round) => (
        <li key={round.id} className="rounded border border-gray-200 bg-white p-3">
          <h3 className="font-bold">{round.name}</h3>
          <p className="text-sm">
            {formatDateTime(round.opensAt)} – {formatDateTime(round.closesAt)}
          </p>
          <p className="text-sm text-muted">
            {round.questionCount} câu hỏi · {describeDuration(round.timeLimitSeconds * 1000)} · {round.attemptsAllowed} lượt thi
          </p>
          {actions?.(round)}
        </li>
      ))}
    </ul>
  );
}
