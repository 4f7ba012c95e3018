"use client";

import type { Editor } from "@tiptap/react";
import { useState } from "react";
import { fileUrl } from "@/lib/storage/urls";
import { FileUpload } from "./file-upload";

/** Chèn ảnh: an image in the body as a figure, with its description and caption asked for up front. */
export function InsertFigure({ editor, unitId }: { editor: Editor | null; unitId: number }) {
  const [alt, setAlt] = useState("");
  const [caption, setCaption] = useState("");
  return (
    <details className="rounded border border-gray-200 bg-white p-3">
      <summary className="cursor-pointer text-sm font-semibold">Chèn ảnh vào nội dung</summary>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="anh-noi-dung-mo-ta" className="block text-sm font-semibold">Mô tả ảnh</label>
          <input id="anh-noi-dung-mo-ta" value={alt} onChange={(e) => setAlt(e.target.value)} className="mt-1 w-full rounded border border-gray-400 px-3 py-2" />
        </div>
        <div>
          <label htmlFor="anh-noi-dung-chu-thich" className="block text-sm font-semibold">Chú thích ảnh trong bài</label>
          <input id="anh-noi-dung-chu-thich" value={caption} onChange={(e) => setCaption(e.target.value)} className="mt-1 w-full rounded border border-gray-400 px-3 py-2" />
        </div>
      </div>
      <div className="mt-3">
        <FileUpload
          label="Chọn ảnh để chèn"
          unitId={unitId}
          purpose="image"
          onUploaded={(file) => {
            editor
              ?.chain()
              .focus()
              .insertContent({ type: "figure", attrs: { src: fileUrl(file.storageKey), alt }, content: caption ? [{ type: "text", text: caption }] : [] })
              .run();
            setAlt("");
            setCaption("");
          }}
        />
      </div>
    </details>
  );
}
