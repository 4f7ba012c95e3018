"use client";

// One file input that uploads at once to /api/tai-len (XMLHttpRequest, for the progress of the upload
// itself, which fetch cannot report), shows a progress bar, the server's Vietnamese refusal, and hands
// the stored file to the parent.
import { useId, useRef, useState } from "react";
import { ACCEPTED_MIME_TYPES, IMAGE_MIME_TYPES } from "@/lib/storage/detect-type";
import type { UploadedFile, UploadPurpose } from "@/lib/storage/upload-file";
import { DOCUMENT_MAX_BYTES, DOCUMENT_TOO_LARGE, IMAGE_MAX_BYTES, IMAGE_TOO_LARGE } from "@/lib/storage/upload-limits";

export type { UploadedFile, UploadPurpose };

export type FileUploadProps = {
  /** The visible label of the file input, e.g. "Tệp đính kèm", "Ảnh đại diện". */
  label: string;
  /** The unit the file is uploaded for (the article's unit): the server checks the right to upload there. */
  unitId?: number;
  /** "image": JPEG, PNG, WebP or GIF only (covers, pictures in the body); "attachment": documents and images. */
  purpose: UploadPurpose;
  /** Called once per stored file, with what the server answered. */
  onUploaded: (file: UploadedFile) => void;
  /** A hint shown under the input; by default the accepted types and the size limit. */
  hint?: string;
  disabled?: boolean;
  /** The URL to post to; tests may change it. */
  endpoint?: string;
};

type State =
  | { step: "idle" }
  | { step: "uploading"; fileName: string; percent: number }
  | { step: "done"; fileName: string }
  | { step: "failed"; error: string };

const DEFAULT_HINT: Record<UploadPurpose, string> = {
  image: "Ảnh JPEG, PNG, WebP hoặc GIF, tối đa 10 MB.",
  site: "Ảnh JPEG, PNG, WebP hoặc GIF, tối đa 10 MB.",
  attachment: "PDF, Word, Excel, PowerPoint, OpenDocument (tối đa 20 MB) hoặc ảnh (tối đa 10 MB).",
};

const NETWORK_ERROR = "Không gửi được tệp: mất kết nối tới máy chủ. Vui lòng thử lại.";

/** The message for an answer without our JSON (e.g. a proxy's own 413 page). */
function messageForStatus(status: number): string {
  if (status === 413) return DOCUMENT_TOO_LARGE;
  if (status === 401) return "Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.";
  if (status === 403) return "Bạn không có quyền tải tệp lên cho đơn vị này.";
  return "Không tải được tệp lên do lỗi máy chủ. Vui lòng thử lại sau.";
}

/** Refuses before sending what the server would refuse anyway by size (saves a long wait on 3G). */
function sizeRefusal(file: File, purpose: UploadPurpose): string | null {
  if (file.size === 0) return `Tệp “${file.name}” rỗng (0 byte).`;
  const isImage = purpose !== "attachment" || file.type.startsWith("image/");
  if (isImage && file.size > IMAGE_MAX_BYTES) return IMAGE_TOO_LARGE;
  if (file.size > DOCUMENT_MAX_BYTES) return DOCUMENT_TOO_LARGE;
  return null;
}

export function FileUpload({ label, unitId, purpose, onUploaded, hint, disabled = false, endpoint = "/api/tai-len" }: FileUploadProps) {
  const id = useId();
  const [state, setState] = useState<State>({ step: "idle" });
  const request = useRef<XMLHttpRequest | null>(null);
  const input = useRef<HTMLInputElement>(null);

  function upload(file: File) {
    const refusal = sizeRefusal(file, purpose);
    if (refusal) {
      setState({ step: "failed", error: refusal });
      return;
    }
    const form = new FormData();
    // The fields before the file: the server reads the form as a stream, in order.
    // The portal's own images ("site") belong to no unit.
    if (unitId !== undefined) form.append("unitId", String(unitId));
    form.append("purpose", purpose);
    form.append("file", file, file.name);

    const xhr = new XMLHttpRequest();
    request.current = xhr;
    xhr.open("POST", endpoint);
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) setState({ step: "uploading", fileName: file.name, percent: Math.min(99, Math.floor((event.loaded / event.total) * 100)) });
    };
    xhr.onload = () => {
      request.current = null;
      const body = xhr.response as { ok?: boolean; file?: UploadedFile; error?: string } | null;
      if (xhr.status >= 200 && xhr.status < 300 && body?.ok && body.file) {
        setState({ step: "done", fileName: body.file.originalName });
        if (input.current) input.current.value = "";
        onUploaded(body.file);
      } else {
        setState({ step: "failed", error: body?.error ?? messageForStatus(xhr.status) });
      }
    };
    xhr.onerror = () => {
      request.current = null;
      setState({ step: "failed", error: NETWORK_ERROR });
    };
    xhr.onabort = () => {
      request.current = null;
      setState({ step: "idle" });
      if (input.current) input.current.value = "";
    };
    setState({ step: "uploading", fileName: file.name, percent: 0 });
    xhr.send(form);
  }

  const uploading = state.step === "uploading";
  const accept = (purpose === "attachment" ? ACCEPTED_MIME_TYPES : IMAGE_MIME_TYPES).join(",");
  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-input`} className="block text-sm font-semibold">
        {label}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="file"
        accept={accept}
        disabled={disabled || uploading}
        aria-describedby={`${id}-hint${state.step === "failed" ? ` ${id}-error` : ""}`}
        aria-invalid={state.step === "failed" || undefined}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) upload(file);
        }}
        className="block w-full text-sm file:mr-3 file:rounded file:border file:border-gray-400 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-semibold"
      />
      <p id={`${id}-hint`} className="text-xs text-gray-600">
        {hint ?? DEFAULT_HINT[purpose]}
      </p>
      {uploading && (
        <div className="flex items-center gap-2 text-sm">
          <progress id={`${id}-progress`} max={100} value={state.percent} aria-label={`Tiến độ tải lên “${state.fileName}”`} className="h-2 w-48" />
          <span aria-hidden="true">{state.percent}%</span>
          <button type="button" onClick={() => request.current?.abort()} className="text-sm underline">
            Hủy tải lên
          </button>
        </div>
      )}
      <p role="status" className="text-sm text-green-800">
        {uploading ? `Đang tải lên “${state.fileName}”…` : state.step === "done" ? `Đã tải lên “${state.fileName}”.` : ""}
      </p>
      {state.step === "failed" && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      )}
    </div>
  );
}
