"use server";

import { importDocuments } from "@/lib/documents/import-documents";
import { approveDocument, returnDocument, submitDocument } from "@/lib/documents/review-document";
import { saveDocument } from "@/lib/documents/save-document";
import { setDocumentEffect } from "@/lib/documents/set-document-effect";
import { formAction, redirectAction } from "@/lib/workspace/action-kit";

const LIST = "/quan-ly/van-ban";

/** The form's fields, with the lists (files, relation lines) it sends several times. */
function documentInput(form: FormData) {
  return {
    ...Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string")),
    fileIds: form.getAll("fileIds"),
    relationKinds: form.getAll("relationKind"),
    relationNumbers: form.getAll("relationNumber"),
  };
}

export const saveDocumentAction = formAction(saveDocument, {
  input: documentInput,
  keepValues: true,
  then: (saved) => `${LIST}/${saved.value.id}?xong=${saved.value.submitted ? "da-gui" : "da-luu"}`,
});

const back = (form: FormData) => `${LIST}/${Number(form.get("id")) || ""}`;

export async function submitDocumentAction(form: FormData) {
  return redirectAction(submitDocument, { then: () => `${back(form)}?xong=da-gui`, refusedAt: back(form) })(form);
}

export async function approveDocumentAction(form: FormData) {
  return redirectAction(approveDocument, { then: (done) => `${back(form)}?xong=${done.value?.state === "ENDORSED" ? "da-chuyen-cap-tinh" : "da-xuat-ban"}`, refusedAt: back(form) })(form);
}

export async function returnDocumentAction(form: FormData) {
  return redirectAction(returnDocument, { then: () => `${back(form)}?xong=da-tra-lai`, refusedAt: back(form) })(form);
}

export async function setDocumentEffectAction(form: FormData) {
  return redirectAction(setDocumentEffect, { then: (done) => `${back(form)}?xong=da-doi-hieu-luc&so=${done.value.articlesToReview}`, refusedAt: back(form) })(form);
}

export const importDocumentsAction = formAction(importDocuments, {
  input: (form) => ({ unitId: form.get("unitId"), sheet: form.get("sheet"), files: form.getAll("files") }),
});
