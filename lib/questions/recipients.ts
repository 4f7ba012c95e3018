import type { Prisma } from "@/generated/prisma/client";
import { notify, type NotificationKind } from "@/lib/notifications/notify";

/** The provincial editors, who keep the triage queue at the Sở Tư pháp. */
export async function triageEditors(tx: Prisma.TransactionClient): Promise<number[]> {
  const users = await tx.user.findMany({ where: { active: true, portalRoles: { has: "PROVINCIAL_EDITOR" } }, select: { id: true } });
  return users.map((u) => u.id);
}

/** Everyone who answers for the unit (authors and approvers), or only its approvers. */
export async function unitStaff(tx: Prisma.TransactionClient, unitId: number, approversOnly = false): Promise<number[]> {
  const users = await tx.user.findMany({
    where: { active: true, memberships: { some: { unitId, role: approversOnly ? "APPROVER" : { in: ["AUTHOR", "APPROVER"] } } } },
    select: { id: true },
  });
  return users.map((u) => u.id);
}

export async function notifyUnitStaff(
  tx: Prisma.TransactionClient,
  unitId: number,
  notification: { kind: NotificationKind; message: string; link: string },
  approversOnly = false,
): Promise<void> {
  await notify(tx, await unitStaff(tx, unitId, approversOnly), notification);
}
