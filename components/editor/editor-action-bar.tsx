"use client";

import type { ChecklistResult } from "@/lib/articles/checklist";
import { SaveStatusBar } from "./save-status-bar";
import type { useArticleSaving } from "./use-article-saving";

type Props = {
  saving: ReturnType<typeof useArticleSaving>;
  checklist: ChecklistResult;
  canSubmit: boolean;
  correcting: boolean;
  submitError: { message: string; serverErrors: string[] } | null;
  onSave: () => void;
  onSubmit: () => void;
  onShowChecklist: () => void;
};

function checklistSummary({ errors, warnings }: ChecklistResult): string {
  if (errors.length === 0 && warnings.length === 0) return "Kiểm tra: đạt";
  return `Kiểm tra: ${[errors.length > 0 && `${errors.length} lỗi`, warnings.length > 0 && `${warnings.length} cảnh báo`].filter(Boolean).join(", ")}`;
}

/**
 * Always in reach at the bottom of the screen while writing (a phone has the buttons two screens below
 * the body otherwise): where the text stands, the checklist count that leads to the checklist, Lưu nháp
 * and Gửi duyệt.
 */
export function EditorActionBar({ saving, checklist, canSubmit, correcting, submitError, onSave, onSubmit, onShowChecklist }: Props) {
  return (
    <div role="region" aria-label="Lưu và gửi bài" className="sticky bottom-0 z-20 -mx-4 mt-4 border-t border-gray-300 bg-white px-4 py-2 shadow-[0_-2px_6px_rgba(0,0,0,0.08)] sm:mx-0 sm:rounded-t">
      {submitError && (
        <div role="alert" className="mb-2 max-h-40 overflow-y-auto rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
          <p>{submitError.message}</p>
          {submitError.serverErrors.length > 0 && <ul className="mt-1 list-disc pl-5">{submitError.serverErrors.map((error) => <li key={error}>{error}</li>)}</ul>}
        </div>
      )}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <div className="min-w-0 flex-1 basis-48">
          <SaveStatusBar saving={saving} />
          <button
            type="button"
            onClick={onShowChecklist}
            className={`text-sm font-semibold underline underline-offset-2 ${checklist.errors.length > 0 ? "text-red-800" : "text-brand-800"}`}
          >
            {checklistSummary(checklist)}
          </button>
        </div>
        <div className="flex flex-1 basis-60 gap-2 sm:flex-none">
          <button type="button" onClick={onSave} className="min-h-11 flex-1 rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 sm:flex-none">
            Lưu nháp
          </button>
          {canSubmit && (
            <button
              type="button"
              onClick={onSubmit}
              disabled={checklist.errors.length > 0}
              className="min-h-11 flex-1 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-50 sm:flex-none"
            >
              {correcting ? "Gửi duyệt sửa đổi" : "Gửi duyệt"}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
