"use server";

import { createDraft } from "@/lib/articles/create-draft";
import { deleteArticle, restoreArticle } from "@/lib/articles/delete-article";
import { saveArticle, type SaveResult } from "@/lib/articles/save-article";
import { submitArticle, type SubmitResult } from "@/lib/articles/submit-article";
import { submitCorrection } from "@/lib/articles/submit-correction";
import { getArticleForEditor, revisionForEditor } from "@/lib/articles/workspace-queries";
import { getWorkingActor } from "@/lib/auth/session";
import { redirectAction, runUseCase } from "@/lib/workspace/action-kit";

const LIST = "/quan-ly/bai-viet";
/** The editor keeps what was typed: a writer signed out mid-sentence must not think it is lost. */
const EDITOR = { signedOutNote: "Nội dung đang soạn vẫn còn trên trang." };

export const createDraftAction = redirectAction(createDraft, {
  input: (form) => ({ unitId: form.get("unitId"), template: form.get("template") }),
  then: (created) => `${LIST}/${created.value.id}`,
  refusedAt: LIST,
});

export async function saveArticleAction(input: unknown): Promise<SaveResult> {
  return runUseCase(saveArticle, input, EDITOR);
}

export async function submitArticleAction(input: unknown): Promise<SubmitResult> {
  return runUseCase(submitArticle, input, EDITOR);
}

/** Gửi duyệt sửa đổi, for a published article being corrected. */
export async function submitCorrectionAction(input: unknown): Promise<SubmitResult> {
  return runUseCase(submitCorrection, input, EDITOR);
}

/** A revision as the editor's working copy, for "Khôi phục": loaded into the editor, then saved as usual. */
export async function loadRevisionAction(articleId: number, revisionId: number) {
  const actor = await getWorkingActor();
  if (!actor || !(await getArticleForEditor(actor, articleId))) return null;
  return revisionForEditor(articleId, revisionId);
}

/** Xóa (to the bin) and Khôi phục: both land on the list with what happened. */
export const deleteArticleAction = redirectAction(deleteArticle, { then: () => `${LIST}?thong-bao=da-xoa`, refusedAt: LIST });
export const restoreArticleAction = redirectAction(restoreArticle, { then: () => `${LIST}?thong-bao=da-khoi-phuc`, refusedAt: LIST });
