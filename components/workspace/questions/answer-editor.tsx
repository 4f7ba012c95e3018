"use client";

import { useActionState, useState } from "react";
import { CitedDocumentsField } from "@/components/editor/cited-documents-field";
import { RichTextEditor } from "@/components/editor/rich-text-editor";
import type { StepAction, StepState } from "./step-form";

const EMPTY_DOC = { type: "doc", content: [{ type: "paragraph" }] };

/**
 * Câu trả lời, written in the article editor: Lưu keeps a draft, Gửi duyệt sends it to the unit's
 * approvers. The document travels as JSON in a hidden field and is checked on the server.
 */
export function AnswerEditor({ action, questionId, initial }: { action: StepAction; questionId: number; initial: unknown }) {
  const [doc, setDoc] = useState<unknown>(initial ?? EMPTY_DOC);
  const [state, run, pending] = useActionState<StepState, FormData>(action, null);
  return (
    <form action={run} className="space-y-3 rounded border border-gray-200 bg-white p-4">
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="body" value={JSON.stringify(doc)} />
      <h2 id="cau-tra-loi-nhan" className="text-lg font-semibold">Câu trả lời</h2>
      <RichTextEditor content={initial ?? EMPTY_DOC} contentKey={0} onChange={setDoc} labelledBy="cau-tra-loi-nhan" />
      <CitedDocumentsField questionId={questionId} />
      {state && !state.ok && (
        <p role="alert" className="text-sm text-red-800">
          {state.fieldErrors?.body ?? state.error}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className="rounded border border-gray-400 px-4 py-2 font-semibold hover:bg-gray-100 disabled:opacity-50">
          Lưu câu trả lời
        </button>
        <button type="submit" name="submit" value="1" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-50">
          Gửi duyệt
        </button>
      </div>
    </form>
  );
}
