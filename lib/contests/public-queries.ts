import { unstable_cache } from "next/cache";
import { CONTESTS_TAG, UNITS_TAG } from "@/lib/cache-tags";
import { db } from "@/lib/db";

// What every visitor sees of the contests (the same for everyone, so cached under CONTESTS_TAG until
// an editor changes a contest). Dates travel as ISO strings: the cache stores JSON.

const SAFETY_SECONDS = 300;

export type PublicRound = {
  id: number;
  number: number;
  name: string;
  opensAt: string;
  closesAt: string;
  questionCount: number;
  timeLimitSeconds: number;
  attemptsAllowed: number;
};

export type PublicContest = {
  id: number;
  slug: string;
  name: string;
  rules: unknown;
  opensAt: string;
  closesAt: string;
  showResults: boolean;
  resultsPublished: boolean;
  tieBreakQuestion: string | null;
  groups: { id: number; name: string }[];
  rounds: PublicRound[];
};

export type ContestListing = Omit<PublicContest, "rules" | "groups" | "rounds" | "tieBreakQuestion" | "showResults"> & { roundCount: number };

export const listPublicContests = unstable_cache(
  async (): Promise<ContestListing[]> => {
    const rows = await db.contest.findMany({ orderBy: { opensAt: "desc" }, include: { _count: { select: { rounds: true } } } });
    return rows.map((c) => ({
      id: c.id,
      slug: c.slug,
      name: c.name,
      opensAt: c.opensAt.toISOString(),
      closesAt: c.closesAt.toISOString(),
      resultsPublished: c.resultsPublished,
      roundCount: c._count.rounds,
    }));
  },
  ["public", "contests-list"],
  { tags: [CONTESTS_TAG], revalidate: SAFETY_SECONDS },
);

async function loadContest(slug: string): Promise<PublicContest | null> {
  const c = await db.contest.findUnique({
    where: { slug },
    include: { groups: { orderBy: { sortOrder: "asc" } }, rounds: { orderBy: { number: "asc" } } },
  });
  if (!c) return null;
  return {
    id: c.id,
    slug: c.slug,
    name: c.name,
    rules: c.rules,
    opensAt: c.opensAt.toISOString(),
    closesAt: c.closesAt.toISOString(),
    showResults: c.showResults,
    resultsPublished: c.resultsPublished,
    tieBreakQuestion: c.tieBreakQuestion,
    groups: c.groups.map((g) => ({ id: g.id, name: g.name })),
    rounds: c.rounds.map((r) => ({
      id: r.id,
      number: r.number,
      name: r.name,
      opensAt: r.opensAt.toISOString(),
      closesAt: r.closesAt.toISOString(),
      questionCount: r.questionCount,
      timeLimitSeconds: r.timeLimitSeconds,
      attemptsAllowed: r.attemptsAllowed,
    })),
  };
}

export function getPublicContest(slug: string): Promise<PublicContest | null> {
  if (slug.length > 120) return Promise.resolve(null);
  return unstable_cache(() => loadContest(slug), ["public", "contest", slug], { tags: [CONTESTS_TAG], revalidate: SAFETY_SECONDS })();
}

/** Xã/phường an entrant may choose: today's active communes and wards. */
export const listCommunes = unstable_cache(
  async (): Promise<{ id: number; name: string }[]> =>
    db.unit.findMany({ where: { type: "COMMUNE", status: "ACTIVE" }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ["public", "contest-communes"],
  { tags: [UNITS_TAG], revalidate: SAFETY_SECONDS },
);

/** "dang-mo" (open now), "sap-mo" (not yet) or "da-ket-thuc" (over). */
export function phaseOf(window: { opensAt: string | Date; closesAt: string | Date }, now: Date = new Date()): "open" | "upcoming" | "over" {
  if (now < new Date(window.opensAt)) return "upcoming";
  return now > new Date(window.closesAt) ? "over" : "open";
}
