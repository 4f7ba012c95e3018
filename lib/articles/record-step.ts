import type { Prisma, WorkflowAction } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit";
import type { ArticleStateName } from "./state-machine";

/** Every change of state is recorded twice: on the article's timeline and in the audit log. */
export async function recordStep(
  tx: Prisma.TransactionClient,
  step: { articleId: number; actorId: number | null; action: WorkflowAction; from: ArticleStateName | null; to: ArticleStateName; note?: string | null },
): Promise<void> {
  await tx.workflowEvent.create({
    data: { articleId: step.articleId, actorId: step.actorId, action: step.action, fromState: step.from, toState: step.to, note: step.note ?? null },
  });
  await writeAudit(tx, {
    actorId: step.actorId,
    action: `article.${step.action.toLowerCase()}`,
    targetType: "Article",
    targetId: step.articleId,
    change: { from: step.from, to: step.to, ...(step.note ? { note: step.note } : {}) },
  });
}
