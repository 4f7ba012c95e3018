"use client";

import type { ChecklistResult } from "@/lib/articles/checklist";

type Props = {
  result: ChecklistResult;
  acknowledged: string[];
  onAcknowledge: (codes: string[]) => void;
};

/** Kiểm tra trước khi gửi, beside the editor: errors to fix, warnings the writer may accept. */
export function ChecklistPanel({ result, acknowledged, onAcknowledge }: Props) {
  const clean = result.errors.length === 0 && result.warnings.length === 0;
  return (
    <section aria-labelledby="kiem-tra" className="rounded border border-gray-200 bg-white p-4">
      <h2 id="kiem-tra" className="font-bold">Kiểm tra trước khi gửi</h2>
      {clean && <p className="mt-2 text-sm text-green-800">✓ Bài viết đạt yêu cầu.</p>}
      {result.errors.length > 0 && (
        <>
          <h3 className="mt-3 text-sm font-semibold text-red-800">Lỗi cần sửa ({result.errors.length})</h3>
          <ul aria-label="Lỗi cần sửa" className="mt-1 space-y-1 text-sm">
            {result.errors.map((item) => (
              <li key={item.code + item.message} className="text-red-800">✗ {item.message}</li>
            ))}
          </ul>
        </>
      )}
      {result.warnings.length > 0 && (
        <>
          <h3 className="mt-3 text-sm font-semibold text-amber-900">Cảnh báo ({result.warnings.length})</h3>
          <ul aria-label="Cảnh báo" className="mt-1 space-y-2 text-sm">
            {result.warnings.map((item) => (
              <li key={item.code}>
                <label className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    className="mt-1"
                    checked={acknowledged.includes(item.code)}
                    onChange={(event) =>
                      onAcknowledge(event.target.checked ? [...acknowledged, item.code] : acknowledged.filter((c) => c !== item.code))
                    }
                  />
                  <span>
                    {item.message} <span className="text-muted">(Tôi đã xem, vẫn giữ)</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
