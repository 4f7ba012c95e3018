"use client";

// The emblem is an image uploaded like any other ("site" upload: administrators, no unit); the form
// sends its address in the hidden `logo` field, which the settings use case checks is an uploaded image.
import { useState } from "react";
import { FileUpload } from "@/components/editor/file-upload";
import { fileUrl } from "@/lib/storage/urls";

export function EmblemField({ initial, error }: { initial: string; error?: string }) {
  const [logo, setLogo] = useState(initial);
  return (
    <fieldset className="space-y-3 rounded border border-gray-200 p-3" aria-describedby={error ? "truong-logo-loi" : undefined}>
      <legend className="px-1 text-sm font-semibold">Quốc huy / biểu trưng</legend>
      <input type="hidden" name="logo" value={logo} />
      <div className="flex items-center gap-3">
        {logo ? (
          // eslint-disable-next-line @next/next/no-img-element -- a preview of the stored image at its own size
          <img src={logo} alt="Quốc huy / biểu trưng đang dùng" width={64} height={64} className="h-16 w-16 object-contain" />
        ) : (
          <p className="text-sm text-muted">Chưa có quốc huy / biểu trưng.</p>
        )}
        {logo && (
          <button type="button" onClick={() => setLogo("")} className="rounded border border-gray-400 px-3 py-1.5 text-sm font-semibold">
            Bỏ quốc huy / biểu trưng
          </button>
        )}
      </div>
      <FileUpload
        label="Tải ảnh quốc huy / biểu trưng"
        purpose="site"
        hint="Ảnh PNG nền trong suốt, vuông, JPEG, WebP hoặc GIF, tối đa 10 MB. Ảnh hiện trên đầu trang, trang đăng nhập sau khi bấm Lưu."
        onUploaded={(file) => setLogo(fileUrl(file.storageKey))}
      />
      {error && <p id="truong-logo-loi" className="text-sm text-red-700">{error}</p>}
    </fieldset>
  );
}
