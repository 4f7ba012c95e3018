import type { EffectName } from "./types";

// Tình trạng hiệu lực: set by hand when the dates cannot tell (a document partly replaced, or struck
// down before its date), otherwise read from the dates on the given day. The public search computes
// the same rule in SQL (public-search.ts `EFFECT_SQL`); effect.test.ts pins both to one table.

export type EffectDates = { effectSet: EffectName | null; effectiveFrom: Date | string | null; expiresOn: Date | string | null };

/** "YYYY-MM-DD" of a date column (stored as midnight UTC) or of today in Vietnam. */
export function dayOf(value: Date | string): string {
  return typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export function effectOf(document: EffectDates, today: string = todayInVietnam()): EffectName {
  if (document.effectSet) return document.effectSet;
  if (document.expiresOn && dayOf(document.expiresOn) <= today) return "EXPIRED";
  if (document.effectiveFrom && dayOf(document.effectiveFrom) > today) return "NOT_YET";
  return "IN_FORCE";
}
