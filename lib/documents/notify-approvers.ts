import type { Prisma } from "@/generated/prisma/client";

/** In-app notices to the approvers of a unit (a document waits for them), in the caller's transaction. */
export async function notifyApprovers(tx: Prisma.TransactionClient, unitId: number, message: string, link: string): Promise<void> {
  const approvers = await tx.user.findMany({ where: { active: true, memberships: { some: { unitId, role: "APPROVER" } } }, select: { id: true } });
  await notifyUsers(tx, approvers.map((u) => u.id), "document.waiting", message, link);
}

export async function notifyUsers(tx: Prisma.TransactionClient, userIds: number[], kind: string, message: string, link: string): Promise<void> {
  const recipients = [...new Set(userIds)];
  if (recipients.length > 0) await tx.notification.createMany({ data: recipients.map((userId) => ({ userId, kind, message, link })) });
}
