"use client";

import { SortDownIcon, SortUpIcon } from "@/components/ui/icons";
import { fileTypeLabel } from "@/lib/storage/file-types";
import { formatFileSize } from "@/lib/vietnamese";
import type { EditorFields } from "./editor-types";
import { FileUpload } from "./file-upload";

type Attachments = EditorFields["attachments"];

/** Tệp đính kèm: listed with name, type and size; removable and reorderable. */
export function AttachmentsField({ attachments, unitId, onChange }: { attachments: Attachments; unitId: number; onChange: (list: Attachments) => void }) {
  const move = (index: number, by: -1 | 1) => {
    const next = [...attachments];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    onChange(next);
  };
  return (
    <fieldset id="truong-tep-dinh-kem" className="rounded border border-gray-200 bg-white p-4">
      <legend className="px-1 text-sm font-semibold">Tệp đính kèm</legend>
      {attachments.length > 0 && (
        <ol className="mb-3 space-y-2" aria-label="Danh sách tệp đính kèm">
          {attachments.map(({ file }, index) => (
            <li key={file.id} className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-semibold">{file.originalName}</span>
              <span className="text-muted">({fileTypeLabel(file.mimeType)}, {formatFileSize(file.size)})</span>
              <span className="ml-auto flex gap-1">
                <button type="button" aria-label={`Đưa ${file.originalName} lên`} disabled={index === 0} onClick={() => move(index, -1)} className="inline-flex min-h-8 min-w-8 items-center justify-center rounded border px-2 disabled:opacity-40"><SortUpIcon /></button>
                <button type="button" aria-label={`Đưa ${file.originalName} xuống`} disabled={index === attachments.length - 1} onClick={() => move(index, 1)} className="inline-flex min-h-8 min-w-8 items-center justify-center rounded border px-2 disabled:opacity-40"><SortDownIcon /></button>
                <button type="button" aria-label={`Bỏ tệp ${file.originalName}`} onClick={() => onChange(attachments.filter((_, i) => i !== index))} className="min-h-8 rounded border px-2 text-red-700">Bỏ</button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <FileUpload label="Thêm tệp đính kèm" unitId={unitId} purpose="attachment" onUploaded={(file) => onChange([...attachments, { file, title: "" }])} />
    </fieldset>
  );
}
