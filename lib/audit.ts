import type { Prisma } from "@/generated/prisma/client";

/** The record of who did what: written by the use case, in the transaction that made the change. */
export type AuditInput = {
  actorId: number | null;
  /** Dotted verb, e.g. "unit.merge", "user.deactivate", "article.approve". */
  action: string;
  targetType: string;
  targetId: string | number;
  change?: Prisma.InputJsonValue;
};

export async function writeAudit(tx: Prisma.TransactionClient, entry: AuditInput): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: String(entry.targetId),
      change: entry.change ?? {},
    },
  });
}
