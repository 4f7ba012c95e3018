import { db } from "@/lib/db";
import { todayInVietnam } from "./effect";
import { notifyCitingUnits } from "./notify-citing-units";
import { effectSql } from "./public-search";
import type { EffectName } from "./types";

/**
 * The scheduler's step for documents whose effect changes by their dates alone (ngày có hiệu lực or
 * ngày hết hiệu lực passes): `effectSeen` keeps the effect last acted on; each published document whose
 * computed effect now differs is claimed with FOR UPDATE SKIP LOCKED, one per transaction (as
 * lib/articles/publish-due-articles.ts), so several server instances never notify twice. When it became
 * Hết hiệu lực, the units whose articles cite it are notified, as for a hand-set expiry. A row never seen
 * (demo data entered straight into the table) is recorded without a notification. Returns the ids
 * changed; the caller expires the public pages ({ documents: true }).
 */
export async function noticeEffectChanges(now = new Date(), limit = 50): Promise<number[]> {
  const today = todayInVietnam(now);
  const noticed: number[] = [];
  for (let i = 0; i < limit; i++) {
    const id = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: number; number: string; seen: EffectName | null; effect: EffectName }[]>`
        SELECT d.id, d.number, d."effectSeen"::text AS seen, ${effectSql(today)} AS effect
        FROM "LegalDocument" d
        WHERE d.state = 'PUBLISHED' AND d."effectSeen"::text IS DISTINCT FROM ${effectSql(today)}
        ORDER BY d.id
        LIMIT 1
        FOR UPDATE SKIP LOCKED`;
      const row = rows[0];
      if (!row) return null;
      await tx.legalDocument.update({ where: { id: row.id }, data: { effectSeen: row.effect } });
      if (row.seen !== null && row.seen !== "EXPIRED" && row.effect === "EXPIRED") await notifyCitingUnits(tx, row.id, row.number);
      return row.id;
    });
    if (id === null) break;
    noticed.push(id);
  }
  return noticed;
}
