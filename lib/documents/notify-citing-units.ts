import type { Prisma } from "@/generated/prisma/client";
import { notifyUsers } from "./notify-approvers";

/**
 * A document stopped being in force: the articles citing it go to Bài cần rà soát, and the people who
 * look after them (their writers and their units' approvers) get a notification. In the caller's
 * transaction; returns how many articles are to be reviewed. Used by the hand-set expiry and by the
 * scheduler when the dates alone make it expire.
 */
export async function notifyCitingUnits(tx: Prisma.TransactionClient, documentId: number, documentNumber: string): Promise<number> {
  const citing = await tx.articleCitation.findMany({
    where: { documentId, article: { deletedAt: null } },
    select: { article: { select: { id: true, title: true, unitId: true, writerId: true } } },
  });
  for (const { article } of citing) {
    const approvers = await tx.user.findMany({ where: { active: true, memberships: { some: { unitId: article.unitId, role: "APPROVER" } } }, select: { id: true } });
    await notifyUsers(
      tx,
      [article.writerId, ...approvers.map((u) => u.id)],
      "document.expired",
      `Bài cần rà soát: “${article.title}” trích dẫn văn bản ${documentNumber} nay đã hết hiệu lực.`,
      "/quan-ly/van-ban/ra-soat",
    );
  }
  return citing.length;
}
