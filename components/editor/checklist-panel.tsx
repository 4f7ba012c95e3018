"use client";

import { CheckIcon, CrossIcon, WarningIcon } from "@/components/ui/icons";
import type { ChecklistResult } from "@/lib/articles/checklist";

type Props = {
  result: ChecklistResult;
  acknowledged: string[];
  onAcknowledge: (codes: string[]) => void;
  /** Moves focus to the field an item is about; without it items are plain text. */
  onGoTo?: (code: string) => void;
};

export const CHECKLIST_HEADING_ID = "kiem-tra";

const ITEM_BUTTON = "text-left underline decoration-1 underline-offset-2 hover:decoration-2 focus-visible:outline-2 focus-visible:outline-brand-600";

/** Kiểm tra trước khi gửi, beside the editor: errors to fix, warnings the writer may accept; each item leads to its field. */
export function ChecklistPanel({ result, acknowledged, onAcknowledge, onGoTo }: Props) {
  const clean = result.errors.length === 0 && result.warnings.length === 0;
  return (
    <section aria-labelledby={CHECKLIST_HEADING_ID} className="rounded border border-gray-200 bg-white p-4">
      <h2 id={CHECKLIST_HEADING_ID} tabIndex={-1} className="font-bold focus:outline-none">Kiểm tra trước khi gửi</h2>
      {clean && (
        <p className="mt-2 flex items-center gap-1.5 text-sm text-green-800">
          <CheckIcon className="h-4 w-4" />
          Bài viết đạt yêu cầu.
        </p>
      )}
      {result.errors.length > 0 && (
        <>
          <h3 className="mt-3 text-sm font-semibold text-red-800">Lỗi cần sửa ({result.errors.length})</h3>
          <ul aria-label="Lỗi cần sửa" className="mt-1 space-y-1 text-sm">
            {result.errors.map((item) => (
              <li key={item.code + item.message} className="flex items-start gap-1.5 text-red-800">
                <CrossIcon className="mt-0.5 h-4 w-4" />
                {onGoTo ? (
                  <button type="button" onClick={() => onGoTo(item.code)} className={`${ITEM_BUTTON} min-h-6`}>
                    {item.message}
                  </button>
                ) : (
                  <span>{item.message}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.warnings.length > 0 && (
        <>
          <h3 className="mt-3 text-sm font-semibold text-amber-900">Cảnh báo ({result.warnings.length})</h3>
          <ul aria-label="Cảnh báo" className="mt-1 space-y-2 text-sm">
            {result.warnings.map((item) => (
              <li key={item.code} className="flex items-start gap-2">
                <input
                  id={`canh-bao-${item.code}`}
                  type="checkbox"
                  className="mt-1 h-4 w-4 shrink-0"
                  checked={acknowledged.includes(item.code)}
                  onChange={(event) =>
                    onAcknowledge(event.target.checked ? [...acknowledged, item.code] : acknowledged.filter((c) => c !== item.code))
                  }
                />
                <span>
                  <label htmlFor={`canh-bao-${item.code}`}>
                    <WarningIcon className="mr-1 h-4 w-4 text-amber-800" />
                    {item.message} <span className="text-muted">(Tôi đã xem, vẫn giữ)</span>
                  </label>
                  {onGoTo && (
                    <button type="button" aria-label={`Sửa: ${item.message}`} onClick={() => onGoTo(item.code)} className={`${ITEM_BUTTON} ml-1 text-brand-800`}>
                      Sửa
                    </button>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
