import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { normalizeCommentText } from "./spam-rules";

// Trả lời: the official answer shown under a comment, signed on the public page with the name of the
// unit that owns the article. Sending it empty removes the answer.

export const REPLY_MAX = 2000;

const schema = z.object({
  commentId: z.coerce.number().int().positive(),
  reply: z
    .string({ message: "Vui lòng nhập nội dung trả lời." })
    .transform(normalizeCommentText)
    .pipe(z.string().max(REPLY_MAX, `Nội dung trả lời dài tối đa ${REPLY_MAX.toLocaleString("vi-VN")} ký tự.`))
    .refine((reply) => reply === "" || reply.length >= 2, "Nội dung trả lời cần ít nhất 2 ký tự."),
});

export type ReplyOutcome = { articleId: number; /** Whether readers see the comment (and so the answer). */ visible: boolean };

export async function replyToComment(actor: PolicyActor | null, input: unknown): Promise<ActionResult<ReplyOutcome>> {
  if (!actor) return refused("Bạn cần đăng nhập để thực hiện thao tác này.");
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { commentId, reply } = parsed.data;

  return db.$transaction(async (tx): Promise<ActionResult<ReplyOutcome>> => {
    await tx.$queryRaw`SELECT id FROM "Comment" WHERE id = ${commentId} FOR UPDATE`;
    const comment = await tx.comment.findUnique({
      where: { id: commentId },
      select: { id: true, state: true, reply: true, articleId: true, article: { select: { unitId: true } } },
    });
    if (!comment) return refused("Không tìm thấy bình luận.");
    const permitted = check(actor, "comment.reply", { unitId: comment.article.unitId });
    if (!permitted.ok) return permitted;
    if (reply !== "" && (comment.state === "REJECTED" || comment.state === "SPAM")) {
      return refused("Chỉ trả lời được bình luận đang chờ duyệt hoặc đã duyệt.");
    }
    const visible = comment.state === "APPROVED";
    if ((comment.reply ?? "") === reply) return { ok: true, value: { articleId: comment.articleId, visible: false } };
    await tx.comment.update({
      where: { id: commentId },
      data: reply === "" ? { reply: null, repliedById: null, repliedAt: null } : { reply, repliedById: actor.id, repliedAt: new Date() },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: reply === "" ? "comment.reply.remove" : "comment.reply",
      targetType: "Comment",
      targetId: commentId,
      change: { articleId: comment.articleId, before: comment.reply, after: reply || null },
    });
    return { ok: true, value: { articleId: comment.articleId, visible }, changes: visible ? { comments: [comment.articleId] } : undefined };
  });
}
