import { db } from "@/lib/db";

// The organisers' views in /quan-ly/cuoc-thi (the page checks contest.manage / contest.results first).

export async function listContestsForEditors() {
  return db.contest.findMany({
    orderBy: { opensAt: "desc" },
    select: { id: true, slug: true, name: true, opensAt: true, closesAt: true, resultsPublished: true, _count: { select: { rounds: true, questions: true, entrants: true } } },
  });
}

export async function contestForEditors(id: number) {
  if (!Number.isInteger(id) || id <= 0) return null;
  const contest = await db.contest.findUnique({
    where: { id },
    include: {
      groups: { orderBy: { sortOrder: "asc" }, include: { _count: { select: { questions: true, entrants: true } } } },
      rounds: { orderBy: { number: "asc" }, include: { _count: { select: { attempts: true } } } },
      _count: { select: { questions: true, entrants: true } },
    },
  });
  if (!contest) return null;
  const shared = await db.contestQuestion.count({ where: { contestId: id, groupId: null } });
  return { ...contest, sharedQuestions: shared };
}

export async function listContestQuestions(contestId: number, take = 200) {
  return db.contestQuestion.findMany({
    where: { contestId },
    orderBy: { id: "asc" },
    take,
    include: { group: { select: { name: true } }, legalField: { select: { name: true } }, _count: { select: { answers: true } } },
  });
}
