import { hashAddress } from "@/lib/auth/throttle";
import { db } from "@/lib/db";

// Views and downloads are what the reports show units, so one reader refreshing a page, or a script
// sending the beacon in a loop, must not add more than one: a (kind, subject, address) is counted at
// most once per window. CountedVisit keeps when each was last counted, under the address's keyed
// hash, never the address itself.

export type VisitKind = "view" | "download";

export const COUNT_WINDOW_MINUTES = 30;
const WINDOW_MS = COUNT_WINDOW_MINUTES * 60_000;
/** Rows older than the window decide nothing; each process clears them at most this often. */
const PRUNE_EVERY_MS = 5 * 60_000;

const globalForVisits = globalThis as unknown as { pbgdplVisitsPrunedAt?: number };

/**
 * Whether this visit adds one to the counter: true for the first visit of `address` to the subject
 * (a published article for "view", a stored file for "download") in 30 minutes, false otherwise.
 * One statement, so two requests at the same moment cannot both be counted.
 */
export async function shouldCount(kind: VisitKind, subjectId: number, address: string, now: Date = new Date()): Promise<boolean> {
  if (!Number.isSafeInteger(subjectId) || subjectId <= 0 || subjectId > 2_147_483_647) return false;
  const addressHash = hashAddress(address);
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  // Only subjects that exist get a row, so made-up ids cannot fill the table.
  const rows =
    kind === "view"
      ? await db.$queryRaw<{ counted: number }[]>`
          INSERT INTO "CountedVisit" ("kind", "subjectId", "addressHash", "countedAt")
          SELECT 'view', a."id", ${addressHash}::text, ${now}::timestamp(3) FROM "Article" a
          WHERE a."id" = ${subjectId} AND a."state" = 'PUBLISHED' AND a."deletedAt" IS NULL
          ON CONFLICT ("kind", "subjectId", "addressHash") DO UPDATE SET "countedAt" = EXCLUDED."countedAt"
          WHERE "CountedVisit"."countedAt" <= ${windowStart}
          RETURNING 1 AS counted`
      : await db.$queryRaw<{ counted: number }[]>`
          INSERT INTO "CountedVisit" ("kind", "subjectId", "addressHash", "countedAt")
          SELECT 'download', f."id", ${addressHash}::text, ${now}::timestamp(3) FROM "StoredFile" f WHERE f."id" = ${subjectId}
          ON CONFLICT ("kind", "subjectId", "addressHash") DO UPDATE SET "countedAt" = EXCLUDED."countedAt"
          WHERE "CountedVisit"."countedAt" <= ${windowStart}
          RETURNING 1 AS counted`;
  pruneNowAndThen(now);
  return rows.length > 0;
}

function pruneNowAndThen(now: Date): void {
  const last = globalForVisits.pbgdplVisitsPrunedAt ?? 0;
  if (now.getTime() - last < PRUNE_EVERY_MS) return;
  globalForVisits.pbgdplVisitsPrunedAt = now.getTime();
  void pruneCountedVisits(now).catch((error: unknown) => console.error("Không xoá được lượt đếm cũ:", error));
}

/** Forgets visits older than the window: the next visit of those readers counts anyway. */
export async function pruneCountedVisits(now: Date = new Date()): Promise<number> {
  const { count } = await db.countedVisit.deleteMany({ where: { countedAt: { lt: new Date(now.getTime() - WINDOW_MS) } } });
  return count;
}
