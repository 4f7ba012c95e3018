import type { Prisma } from "@/generated/prisma/client";
import { approversOf, notifyUsers } from "./notify-approvers";

/**
 * A document stopped being in force: the articles and Hỏi đáp answers citing it go to Bài cần rà
 * soát, and the people who look after them (the article's writer or the answer's writer, and their
 * unit's approvers) get a notification. In the caller's transaction; returns how many articles are to
 * be reviewed. Used by the hand-set expiry and by the scheduler when the dates alone make it expire.
 */
export async function notifyCitingUnits(tx: Prisma.TransactionClient, documentId: number, documentNumber: string): Promise<number> {
  const citing = await tx.articleCitation.findMany({
    where: { documentId, article: { deletedAt: null } },
    select: { article: { select: { id: true, title: true, unitId: true, writerId: true } } },
  });
  for (const { article } of citing) {
    await notifyUsers(
      tx,
      [article.writerId, ...(await approversOf(tx, article.unitId))],
      "document.expired",
      `Bài cần rà soát: “${article.title}” trích dẫn văn bản ${documentNumber} nay đã hết hiệu lực.`,
      "/quan-ly/van-ban/ra-soat",
    );
  }
  // As listAnswersToReview lists them: answers being written and published ones, not declined questions.
  const answers = await tx.questionCitation.findMany({
    where: { documentId, question: { state: { not: "DECLINED" }, unitId: { not: null } } },
    select: { question: { select: { id: true, title: true, unitId: true, answerWriterId: true } } },
  });
  for (const { question } of answers) {
    const writer = question.answerWriterId === null ? [] : [question.answerWriterId];
    await notifyUsers(
      tx,
      [...writer, ...(await approversOf(tx, question.unitId!))],
      "document.expired",
      `Câu trả lời cần rà soát: “${question.title}” trích dẫn văn bản ${documentNumber} nay đã hết hiệu lực.`,
      "/quan-ly/van-ban/ra-soat",
    );
  }
  return citing.length;
}
