"use client";

import { fileUrl } from "@/lib/storage/urls";
import type { EditorFields } from "./editor-types";
import { FileUpload } from "./file-upload";

type Cover = EditorFields["cover"];

/** Ảnh đại diện with Chú thích ảnh and a description for readers who cannot see it. */
export function CoverImageField({ cover, unitId, onChange }: { cover: Cover; unitId: number; onChange: (cover: Cover) => void }) {
  return (
    <fieldset className="rounded border border-gray-200 bg-white p-4">
      <legend className="px-1 text-sm font-semibold">Ảnh đại diện</legend>
      {cover.file ? (
        <div className="flex flex-wrap items-start gap-4">
          {/* eslint-disable-next-line @next/next/no-img-element -- a preview of the uploaded file */}
          <img src={fileUrl(cover.file.storageKey)} alt={cover.alt} className="h-28 w-48 rounded object-cover" />
          <button type="button" onClick={() => onChange({ ...cover, file: null })} className="text-sm text-red-700 underline">
            Bỏ ảnh đại diện
          </button>
        </div>
      ) : (
        <FileUpload label="Tải ảnh đại diện" unitId={unitId} purpose="image" onUploaded={(file) => onChange({ ...cover, file })} />
      )}
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="truong-chu-thich-anh" className="block text-sm font-semibold">Chú thích ảnh</label>
          <input id="truong-chu-thich-anh" value={cover.caption} onChange={(e) => onChange({ ...cover, caption: e.target.value })} className="mt-1 w-full rounded border border-gray-400 px-3 py-2" />
        </div>
        <div>
          <label htmlFor="truong-mo-ta-anh" className="block text-sm font-semibold">Mô tả ảnh (cho người khiếm thị)</label>
          <input id="truong-mo-ta-anh" value={cover.alt} onChange={(e) => onChange({ ...cover, alt: e.target.value })} className="mt-1 w-full rounded border border-gray-400 px-3 py-2" />
        </div>
      </div>
    </fieldset>
  );
}
