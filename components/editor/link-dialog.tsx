"use client";

import type { Editor } from "@tiptap/react";
import { useEffect, useId, useRef, useState } from "react";
import { safeLinkHref } from "@/lib/richtext/urls";

const INVALID = "Địa chỉ liên kết không hợp lệ. Dùng địa chỉ bắt đầu bằng https://, http://, mailto: hoặc tel:.";

/**
 * Chèn liên kết: our own dialog rather than the browser's prompt box (which phones show half-hidden
 * and which cannot explain a refusal). A modal <dialog>: focus stays inside, Esc closes it, and focus
 * returns to the editor where the link was asked for.
 */
export function LinkDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const previous = (editor.getAttributes("link").href as string | undefined) ?? "";
  const needsText = editor.state.selection.empty && !previous;
  const [href, setHref] = useState(previous || "https://");
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  function close() {
    onClose();
    editor.commands.focus();
  }

  function apply() {
    const target = href.trim();
    const safe = safeLinkHref(target);
    if (!target || target === "https://" || !safe) {
      setError(INVALID);
      return;
    }
    const chain = editor.chain().focus();
    if (needsText) {
      const shown = text.trim() || target;
      chain.insertContent({ type: "text", text: shown, marks: [{ type: "link", attrs: { href: safe } }] }).run();
    } else if (!chain.extendMarkRange("link").setLink({ href: safe }).run()) {
      setError(INVALID);
      return;
    }
    onClose();
  }

  function remove() {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onClose();
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-tieu-de`}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded border border-gray-300 p-0 shadow-xl backdrop:bg-black/40"
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
        className="space-y-3 p-4"
      >
        <h2 id={`${id}-tieu-de`} className="text-lg font-bold">{previous ? "Sửa liên kết" : "Chèn liên kết"}</h2>
        <div>
          <label htmlFor={`${id}-dia-chi`} className="block text-sm font-semibold">Địa chỉ liên kết</label>
          <input
            id={`${id}-dia-chi`}
            type="text"
            inputMode="url"
            autoComplete="url"
            value={href}
            onChange={(event) => {
              setHref(event.target.value);
              setError(null);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-loi` : `${id}-goi-y`}
            className="mt-1 w-full rounded border border-gray-400 px-3 py-2"
          />
          <p id={`${id}-goi-y`} className="mt-1 text-xs text-muted">Ví dụ: https://moj.gov.vn. Nên dùng https.</p>
          {error && <p id={`${id}-loi`} role="alert" className="mt-1 text-sm text-red-700">{error}</p>}
        </div>
        {needsText && (
          <div>
            <label htmlFor={`${id}-chu`} className="block text-sm font-semibold">Chữ hiển thị</label>
            <input id={`${id}-chu`} value={text} onChange={(event) => setText(event.target.value)} className="mt-1 w-full rounded border border-gray-400 px-3 py-2" />
          </div>
        )}
        <div className="flex flex-wrap gap-2 pt-1">
          <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Áp dụng</button>
          {previous && (
            <button type="button" onClick={remove} className="min-h-11 rounded border border-red-700 px-4 py-2 text-red-800 hover:bg-red-50">Bỏ liên kết</button>
          )}
          <button type="button" onClick={close} className="min-h-11 rounded border border-gray-400 px-4 py-2 hover:bg-gray-100">Hủy</button>
        </div>
      </form>
    </dialog>
  );
}
