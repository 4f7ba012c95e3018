"use client";

import { formatDateTime } from "@/lib/vietnamese";
import type { useArticleSaving } from "./use-article-saving";

/** Where the writer's text stands: saved, waiting, being saved, or refused and why. */
export function SaveStatusBar({ saving }: { saving: ReturnType<typeof useArticleSaving> }) {
  if (saving.status === "conflict" && saving.conflict) {
    return (
      <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
        <p className="font-semibold">Chưa lưu được: bài viết đã được {saving.conflict.savedByName} lưu lúc {saving.conflict.savedAt}.</p>
        <p className="mt-1">Nội dung bạn đang soạn vẫn còn nguyên trên trang và đã được giữ trong lịch sử phiên bản.</p>
        <div className="mt-2 flex flex-wrap gap-2">
          <button type="button" onClick={() => window.location.reload()} className="rounded border border-red-700 px-3 py-1">
            Tải bản mới nhất
          </button>
          <button type="button" onClick={() => void saving.overwrite()} className="rounded bg-red-800 px-3 py-1 text-white">
            Ghi đè bằng bản của tôi
          </button>
        </div>
      </div>
    );
  }
  const text =
    saving.status === "saving"
      ? "Đang lưu…"
      : saving.status === "dirty"
        ? "Có thay đổi chưa lưu"
        : saving.status === "error"
          ? saving.error
          : saving.savedAt
            ? `Đã lưu lúc ${formatDateTime(saving.savedAt)}`
            : "Chưa có thay đổi";
  return (
    <p role="status" className={`text-sm ${saving.status === "error" ? "text-red-800" : "text-muted"}`}>
      {text}
    </p>
  );
}
