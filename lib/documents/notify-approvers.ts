import type { Prisma } from "@/generated/prisma/client";

/** The active approvers of a unit: they decide on and look after what the unit publishes. */
export async function approversOf(tx: Prisma.TransactionClient, unitId: number): Promise<number[]> {
  const approvers = await tx.user.findMany({ where: { active: true, memberships: { some: { unitId, role: "APPROVER" } } }, select: { id: true } });
  return approvers.map((u) => u.id);
}

/** In-app notices to the approvers of a unit (a document waits for them), in the caller's transaction. */
export async function notifyApprovers(tx: Prisma.TransactionClient, unitId: number, message: string, link: string): Promise<void> {
  await notifyUsers(tx, await approversOf(tx, unitId), "document.waiting", message, link);
}

export async function notifyUsers(tx: Prisma.TransactionClient, userIds: number[], kind: string, message: string, link: string): Promise<void> {
  const recipients = [...new Set(userIds)];
  if (recipients.length > 0) await tx.notification.createMany({ data: recipients.map((userId) => ({ userId, kind, message, link })) });
}
