"use client";

import { formatDateTime } from "@/lib/vietnamese";

export type RevisionSummary = { id: number; kind: string; version: number; title: string; createdAt: Date | string; author: { name: string } };

const KIND_LABELS: Record<string, string> = {
  AUTOSAVE: "Tự động lưu",
  MANUAL: "Lưu nháp",
  SUBMITTED: "Gửi duyệt",
  PUBLISHED: "Xuất bản",
  CONFLICT: "Bản chưa lưu được (trùng phiên bản)",
};

/** Lịch sử phiên bản: every save, with Khôi phục to bring one back into the editor. */
export function RevisionHistory({ revisions, onRestore, disabled }: { revisions: RevisionSummary[]; onRestore: (id: number) => void; disabled: boolean }) {
  return (
    <section aria-labelledby="lich-su" className="rounded border border-gray-200 bg-white p-4">
      <h2 id="lich-su" className="font-bold">Lịch sử phiên bản</h2>
      {revisions.length === 0 ? (
        <p className="mt-2 text-sm text-muted">Chưa có phiên bản nào được lưu.</p>
      ) : (
        <ol className="mt-2 max-h-72 space-y-2 overflow-y-auto text-sm">
          {revisions.map((r) => (
            <li key={r.id} className="flex items-start justify-between gap-2 border-b border-gray-100 pb-2">
              <span>
                <span className="block font-semibold">{KIND_LABELS[r.kind] ?? r.kind}</span>
                <span className="block text-muted">
                  {formatDateTime(r.createdAt)} · {r.author.name}
                </span>
              </span>
              <button type="button" disabled={disabled} onClick={() => onRestore(r.id)} className="rounded border border-gray-300 px-2 py-1 hover:bg-gray-100 disabled:opacity-40">
                Khôi phục
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
