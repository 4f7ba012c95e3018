import { refused } from "@/lib/action-result";
import type { Prisma } from "@/generated/prisma/client";
import type { Action, PolicyActor } from "@/lib/policy";
import { formatDateTime } from "@/lib/vietnamese";
import { lockForChange, type LockedArticle } from "./locked-article";
import { nextState, STATE_LABELS, type ArticleStateName, type WorkflowStep } from "./state-machine";

const EVENT_VERBS: Record<string, string> = {
  SUBMIT: "gửi duyệt",
  ENDORSE: "duyệt và chuyển lên cấp tỉnh",
  APPROVE: "duyệt và xuất bản",
  SCHEDULE: "hẹn giờ xuất bản",
  PUBLISH_SCHEDULED: "tự động xuất bản theo giờ hẹn",
  RETURN: "trả lại",
  TAKE_DOWN: "gỡ",
};

/**
 * The common gate of a review step, under the article's row lock: it exists, this person may take
 * the step, the unit is active, nobody changed it since the reviewer looked (baseVersion), and the
 * state allows the step. When another reviewer got there first, the refusal says who did what, when.
 */
export async function guardStep(
  tx: Prisma.TransactionClient,
  actor: PolicyActor | null,
  input: { articleId: number; baseVersion?: number },
  /** The step, or how to choose it from the locked article (approving means endorsing in some units). */
  step: WorkflowStep | ((article: LockedArticle) => WorkflowStep),
  action: Action,
): Promise<{ ok: true; article: LockedArticle; to: ArticleStateName } | { ok: false; error: string }> {
  const locked = await lockForChange(tx, actor, input.articleId, action);
  if (!locked.ok) return locked;
  const { article } = locked;
  const to = nextState(article.state, typeof step === "function" ? step(article) : step, article.approvalLevels);
  if (!to) return refused(await whatHappened(tx, article));
  if (input.baseVersion !== undefined && input.baseVersion !== article.version) {
    return refused("Bài viết vừa được chỉnh sửa sau khi bạn mở. Vui lòng tải lại trang để xem bản mới nhất trước khi quyết định.");
  }
  return { ok: true, article, to };
}

async function whatHappened(tx: Prisma.TransactionClient, article: LockedArticle): Promise<string> {
  const last = await tx.workflowEvent.findFirst({
    where: { articleId: article.id, action: { in: Object.keys(EVENT_VERBS) as never } },
    orderBy: { id: "desc" },
    include: { actor: { select: { name: true } } },
  });
  const state = `Bài viết đang ở trạng thái “${STATE_LABELS[article.state]}”`;
  if (!last) return `${state}; không thể thực hiện thao tác này.`;
  const who = last.actor?.name ?? "Hệ thống";
  return `${state}: ${who} đã ${EVENT_VERBS[last.action]} lúc ${formatDateTime(last.createdAt)}.`;
}
