import { z } from "zod";
import { refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { canSomewhere, check, type PolicyActor } from "@/lib/policy";
import type { CommentStateName } from "./labels";

// Duyệt, Từ chối, Spam — for one comment or many at once. A moderator limited to some units acts only
// on comments under those units' articles: a batch with one comment outside them is refused whole.

export const MAX_BATCH = 200;

const AUDIT_ACTIONS: Record<Exclude<CommentStateName, "PENDING">, string> = {
  APPROVED: "comment.approve",
  REJECTED: "comment.reject",
  SPAM: "comment.spam",
};

const schema = z.object({
  ids: z
    .array(z.coerce.number().int().positive(), { message: "Vui lòng chọn ít nhất một bình luận." })
    .min(1, "Vui lòng chọn ít nhất một bình luận.")
    .max(MAX_BATCH, `Mỗi lần xử lý tối đa ${MAX_BATCH} bình luận.`),
  decision: z.enum(["APPROVED", "REJECTED", "SPAM"], { message: "Thao tác không hợp lệ." }),
});

export type ModerationOutcome = {
  /** How many comments changed state (those already in it are left alone). */
  changed: number;
  /** The articles whose public comments may have changed: their pages must be refreshed. */
  articleIds: number[];
};

export async function moderateComments(actor: PolicyActor | null, input: unknown): Promise<ActionResult<ModerationOutcome>> {
  if (!actor) return refused("Bạn cần đăng nhập để thực hiện thao tác này.");
  if (!canSomewhere(actor, "comment.moderate")) return refused("Bạn không có quyền thực hiện thao tác này.");
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(parsed.error.issues[0]?.message ?? "Thao tác không hợp lệ.");
  const ids = [...new Set(parsed.data.ids)];
  const { decision } = parsed.data;

  return db.$transaction(async (tx): Promise<ActionResult<ModerationOutcome>> => {
    // Locked, so two moderators deciding on the same comments at once record one change each in turn.
    await tx.$queryRaw`SELECT id FROM "Comment" WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
    const comments = await tx.comment.findMany({
      where: { id: { in: ids } },
      select: { id: true, state: true, articleId: true, article: { select: { unitId: true } } },
    });
    if (comments.length !== ids.length) return refused("Không tìm thấy bình luận. Có thể danh sách đã thay đổi, vui lòng tải lại trang.");
    for (const comment of comments) {
      const permitted = check(actor, "comment.moderate", { unitId: comment.article.unitId });
      if (!permitted.ok) return permitted;
    }
    const changing = comments.filter((comment) => comment.state !== decision);
    if (changing.length > 0) {
      await tx.comment.updateMany({
        where: { id: { in: changing.map((comment) => comment.id) } },
        data: { state: decision, moderatedById: actor!.id, moderatedAt: new Date() },
      });
    }
    for (const comment of changing) {
      await writeAudit(tx, {
        actorId: actor!.id,
        action: AUDIT_ACTIONS[decision],
        targetType: "Comment",
        targetId: comment.id,
        change: { articleId: comment.articleId, before: comment.state, after: decision },
      });
    }
    // Readers see a change only when a comment enters or leaves the approved ones.
    const visible = changing.filter((comment) => comment.state === "APPROVED" || decision === "APPROVED");
    const articleIds = [...new Set(visible.map((comment) => comment.articleId))];
    return { ok: true, value: { changed: changing.length, articleIds }, changes: { comments: articleIds } };
  });
}
