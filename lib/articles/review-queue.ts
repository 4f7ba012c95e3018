import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { holdsPortalWide, unitsWithRole, type PolicyActor } from "@/lib/policy";
import { articleScopeWhere } from "./scope";

/**
 * Duyệt bài: what waits for this person's decision. A unit approver decides what their units sent
 * (in two-level units, by endorsing it); a provincial editor decides what two-level units endorsed,
 * and what is sent in units where they are an approver themselves. Corrections of published articles
 * wait in the same queue.
 */
export function reviewQueueWhere(actor: PolicyActor, filters: { unitId?: number; categoryId?: number } = {}): Prisma.ArticleWhereInput {
  const approverUnits = unitsWithRole(actor, ["APPROVER"]);
  const waiting: Prisma.ArticleWhereInput[] = [
    { state: "SUBMITTED", unitId: { in: approverUnits } },
    { state: "PUBLISHED", correctionSubmittedAt: { not: null }, unitId: { in: approverUnits } },
  ];
  if (holdsPortalWide(actor, "article.approve")) {
    waiting.push({ state: "ENDORSED" }, { state: "PUBLISHED", correctionSubmittedAt: { not: null }, unit: { approvalLevels: 2 } });
  }
  return {
    deletedAt: null,
    // Which step waits for whom is the workflow's; that the person may decide at all is the policy's.
    AND: [articleScopeWhere(actor, "article.return"), { OR: waiting }],
    ...(filters.unitId ? { unitId: filters.unitId } : {}),
    ...(filters.categoryId ? { categoryId: filters.categoryId } : {}),
  };
}

export function countReviewQueue(actor: PolicyActor): Promise<number> {
  return db.article.count({ where: reviewQueueWhere(actor) });
}

export async function listReviewQueue(actor: PolicyActor, filters: { unitId?: number; categoryId?: number } = {}) {
  const articles = await db.article.findMany({
    where: reviewQueueWhere(actor, filters),
    select: {
      id: true,
      title: true,
      state: true,
      submittedAt: true,
      correctionSubmittedAt: true,
      updatedAt: true,
      unit: { select: { id: true, name: true } },
      category: { select: { id: true, name: true } },
      writer: { select: { name: true } },
    },
    take: 200,
  });
  // Oldest first: how long an article has waited is what the queue is about.
  const waitingSince = (a: (typeof articles)[number]) => (a.correctionSubmittedAt ?? a.submittedAt ?? a.updatedAt).getTime();
  return articles.sort((a, b) => waitingSince(a) - waitingSince(b)).map((a) => ({ ...a, waitingSince: new Date(waitingSince(a)) }));
}

/** "2 ngày", "5 giờ", "10 phút": how long something has waited, as a reviewer reads it. */
export function describeWait(since: Date, now = new Date()): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} phút`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} giờ`;
  return `${Math.floor(hours / 24)} ngày`;
}
