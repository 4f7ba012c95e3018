"use server";

import { redirect } from "next/navigation";
import { getWorkingActor } from "@/lib/auth/session";
import { createDraft } from "@/lib/articles/create-draft";
import { deleteArticle, restoreArticle } from "@/lib/articles/delete-article";
import { saveArticle, type SaveResult } from "@/lib/articles/save-article";
import { submitArticle, type SubmitResult } from "@/lib/articles/submit-article";
import { submitCorrection } from "@/lib/articles/submit-correction";
import { getArticleForEditor, revisionForEditor } from "@/lib/articles/workspace-queries";
import { withErrorNotice } from "@/lib/workspace/notices";

const SIGNED_OUT = "Phiên đăng nhập đã hết. Vui lòng đăng nhập lại; nội dung đang soạn vẫn còn trên trang.";

export async function createDraftAction(form: FormData): Promise<void> {
  const result = await createDraft(await getWorkingActor(), { unitId: form.get("unitId") });
  if (!result.ok) redirect(withErrorNotice("/quan-ly/bai-viet", result.error));
  redirect(`/quan-ly/bai-viet/${result.value.id}`);
}

export async function saveArticleAction(input: unknown): Promise<SaveResult> {
  const actor = await getWorkingActor();
  if (!actor) return { ok: false, error: SIGNED_OUT };
  return saveArticle(actor, input);
}

export async function submitArticleAction(input: unknown): Promise<SubmitResult> {
  const actor = await getWorkingActor();
  if (!actor) return { ok: false, error: SIGNED_OUT };
  return submitArticle(actor, input);
}

/** Gửi duyệt sửa đổi, for a published article being corrected. */
export async function submitCorrectionAction(input: unknown): Promise<SubmitResult> {
  const actor = await getWorkingActor();
  if (!actor) return { ok: false, error: SIGNED_OUT };
  return submitCorrection(actor, input);
}

/** A revision as the editor's working copy, for "Khôi phục": loaded into the editor, then saved as usual. */
export async function loadRevisionAction(articleId: number, revisionId: number) {
  const actor = await getWorkingActor();
  if (!actor || !(await getArticleForEditor(actor, articleId))) return null;
  return revisionForEditor(articleId, revisionId);
}

/** Xóa (to the bin) and Khôi phục: both land on the list with what happened. */
export async function deleteArticleAction(form: FormData): Promise<void> {
  const result = await deleteArticle(await getWorkingActor(), { articleId: form.get("articleId") });
  redirect(result.ok ? "/quan-ly/bai-viet?thong-bao=da-xoa" : withErrorNotice("/quan-ly/bai-viet", result.error));
}

export async function restoreArticleAction(form: FormData): Promise<void> {
  const result = await restoreArticle(await getWorkingActor(), { articleId: form.get("articleId") });
  redirect(result.ok ? "/quan-ly/bai-viet?thong-bao=da-khoi-phuc" : withErrorNotice("/quan-ly/bai-viet", result.error));
}
