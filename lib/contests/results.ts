import { db } from "@/lib/db";
import { finalizeExpiredAttempts } from "./grading";

// Kết quả: each entrant ranked by their best attempt in a round — score, then time, then how close
// their tie-break guess came to the number of people who took part — and the counts by group and
// commune the organising board reports.

export type RankedEntry = {
  rank: number;
  attemptId: number;
  entrantId: number;
  fullName: string;
  phone: string;
  birthDate: Date;
  groupName: string;
  communeName: string;
  correctCount: number;
  total: number;
  durationMs: number;
  tieBreakGuess: number | null;
  tieBreakGap: number | null;
  prize: string | null;
};

export type Leaderboard = { participants: number; entries: RankedEntry[] };

export async function roundLeaderboard(roundId: number, limit = 10_000, now: Date = new Date()): Promise<Leaderboard> {
  await db.$transaction((tx) => finalizeExpiredAttempts(tx, { roundIds: [roundId] }, now));
  const rows = await db.$queryRaw<Omit<RankedEntry, "rank">[]>`
    WITH best AS (
      SELECT DISTINCT ON (a."entrantId") a.id, a."entrantId", a."correctCount", a."durationMs", a."tieBreakGuess", a.prize,
             cardinality(a."questionIds") AS total
      FROM "ContestAttempt" a
      WHERE a."roundId" = ${roundId} AND a."submittedAt" IS NOT NULL
      ORDER BY a."entrantId", a."correctCount" DESC, a."durationMs" ASC, a.id
    ), taking AS (SELECT count(*)::int AS n FROM best)
    SELECT b.id AS "attemptId", b."entrantId", e."fullName", e.phone, e."birthDate", g.name AS "groupName", u.name AS "communeName",
           b."correctCount", b.total::int AS total, b."durationMs", b."tieBreakGuess", b.prize,
           CASE WHEN b."tieBreakGuess" IS NULL THEN NULL ELSE abs(b."tieBreakGuess" - taking.n)::int END AS "tieBreakGap"
    FROM best b CROSS JOIN taking
    JOIN "ContestEntrant" e ON e.id = b."entrantId"
    JOIN "ContestGroup" g ON g.id = e."groupId"
    JOIN "Unit" u ON u.id = e."communeId"
    ORDER BY b."correctCount" DESC, b."durationMs" ASC, "tieBreakGap" ASC NULLS LAST, b.id
    LIMIT ${limit}`;
  return { participants: rows.length, entries: rows.map((row, i) => ({ ...row, rank: i + 1 })) };
}

export type CountRow = { name: string; entrants: number; averageScore: number | null };
export type RoundStatistics = { roundId: number; roundName: string; attempts: number; participants: number; averageScore: number | null; byGroup: CountRow[]; byCommune: CountRow[] };

/** Per round: attempts, people and average score, overall, by group and by commune. */
export async function contestStatistics(contestId: number, now: Date = new Date()): Promise<RoundStatistics[]> {
  const rounds = await db.contestRound.findMany({ where: { contestId }, orderBy: { number: "asc" } });
  await db.$transaction((tx) => finalizeExpiredAttempts(tx, { roundIds: rounds.map((r) => r.id) }, now));
  return Promise.all(
    rounds.map(async (round) => {
      const [overall] = await db.$queryRaw<{ attempts: number; participants: number; average: number | null }[]>`
        SELECT count(*)::int AS attempts, count(DISTINCT "entrantId")::int AS participants, round(avg("correctCount")::numeric, 2)::float AS average
        FROM "ContestAttempt" WHERE "roundId" = ${round.id} AND "submittedAt" IS NOT NULL`;
      const grouped = (column: "group" | "commune") =>
        db.$queryRawUnsafe<CountRow[]>(
          `SELECT ${column === "group" ? "g.name" : "u.name"} AS name, count(DISTINCT a."entrantId")::int AS entrants,
                  round(avg(a."correctCount")::numeric, 2)::float AS "averageScore"
           FROM "ContestAttempt" a JOIN "ContestEntrant" e ON e.id = a."entrantId"
           JOIN "ContestGroup" g ON g.id = e."groupId" JOIN "Unit" u ON u.id = e."communeId"
           WHERE a."roundId" = $1 AND a."submittedAt" IS NOT NULL
           GROUP BY 1 ORDER BY 2 DESC, 1`,
          round.id,
        );
      const [byGroup, byCommune] = await Promise.all([grouped("group"), grouped("commune")]);
      return {
        roundId: round.id,
        roundName: round.name,
        attempts: overall.attempts,
        participants: overall.participants,
        averageScore: overall.average,
        byGroup,
        byCommune,
      };
    }),
  );
}
