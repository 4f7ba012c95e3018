import { db } from "@/lib/db";

/** Which contest an attempt belongs to: its entrant's cookie is named after the contest. */
export async function contestIdOfAttempt(attemptId: number): Promise<number | null> {
  const rows = await db.$queryRaw<{ contestId: number }[]>`
    SELECT e."contestId" FROM "ContestAttempt" a JOIN "ContestEntrant" e ON e.id = a."entrantId" WHERE a.id = ${attemptId}`;
  return rows[0]?.contestId ?? null;
}
