"use server";

import { redirect } from "next/navigation";
import { moderateComments } from "@/lib/comments/moderate-comments";
import { replyToComment } from "@/lib/comments/reply-to-comment";
import { updateCommentSettings } from "@/lib/comments/update-comment-settings";
import { runUseCase } from "@/lib/workspace/action-kit";
import { COMMENT_DECISION_DONE, withDoneNotice, type DoneCode } from "@/lib/workspace/notices";

export type CommentActionState = { ok: false; error: string; fieldErrors?: Record<string, string> } | null;

const QUEUE = "/quan-ly/binh-luan";

/** Back to the queue as the moderator left it (tab, filters, page), with what was done. */
function backWith(form: FormData, done: DoneCode, count?: number): string {
  const back = String(form.get("back") ?? "");
  return withDoneNotice(back.startsWith(`${QUEUE}?`) || back === QUEUE ? back : QUEUE, done, count);
}

/** Duyệt, Từ chối or Spam for the ticked comments; the pages showing them are refreshed. */
export async function moderateCommentsAction(_previous: CommentActionState, form: FormData): Promise<CommentActionState> {
  const decision = form.get("decision");
  const result = await runUseCase(moderateComments, { ids: form.getAll("ids").map(String), decision });
  if (!result.ok) return result;
  redirect(backWith(form, COMMENT_DECISION_DONE[decision as keyof typeof COMMENT_DECISION_DONE], result.value.changed));
}

/** Trả lời: the official answer under a comment (an empty one removes it). */
export async function replyToCommentAction(_previous: CommentActionState, form: FormData): Promise<CommentActionState> {
  const reply = String(form.get("reply") ?? "");
  const result = await runUseCase(replyToComment, { commentId: form.get("commentId"), reply });
  if (!result.ok) return result;
  redirect(backWith(form, reply.trim() ? "da-luu-tra-loi" : "da-xoa-tra-loi"));
}

export type CommentSettingsState = { ok: true } | { ok: false; error: string; fieldErrors?: Record<string, string> } | null;

/** Cài đặt bình luận (administrators): the spam defences. When comments close shows on article pages. */
export async function updateCommentSettingsAction(_previous: CommentSettingsState, form: FormData): Promise<CommentSettingsState> {
  const result = await runUseCase(updateCommentSettings, Object.fromEntries(form));
  return result.ok ? { ok: true } : result;
}
