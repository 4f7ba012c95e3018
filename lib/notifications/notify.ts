import type { Prisma } from "@/generated/prisma/client";

export type NotificationKind =
  | "article.waiting"
  | "article.returned"
  | "article.published"
  | "article.takenDown"
  // Hỏi đáp pháp luật: a question arrived (triage or a unit), an answer waits, was returned, or is due.
  | "question.new"
  | "question.waiting"
  | "question.returned"
  | "question.due";

/** In-app notifications, written in the transaction that caused them (so none exist for a change that failed). */
export async function notify(
  tx: Prisma.TransactionClient,
  userIds: readonly number[],
  notification: { kind: NotificationKind; message: string; link?: string },
): Promise<void> {
  const recipients = [...new Set(userIds)];
  if (recipients.length === 0) return;
  await tx.notification.createMany({ data: recipients.map((userId) => ({ userId, ...notification })) });
}

/** Who decides next on an article of `unitId`: its unit approvers, or the provincial editors once endorsed. */
export async function reviewersOf(tx: Prisma.TransactionClient, unitId: number, provincial: boolean): Promise<number[]> {
  const users = await tx.user.findMany({
    where: provincial
      ? { active: true, portalRoles: { has: "PROVINCIAL_EDITOR" } }
      : { active: true, memberships: { some: { unitId, role: "APPROVER" } } },
    select: { id: true },
  });
  return users.map((u) => u.id);
}
