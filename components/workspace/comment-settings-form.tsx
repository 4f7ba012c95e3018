"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import type { CommentSettings } from "@/lib/comments/settings";

type State = { ok: true } | { ok: false; error: string; fieldErrors?: Record<string, string> } | null;

type Props = { stored: CommentSettings; action: (previous: State, form: FormData) => Promise<State> };

/** The spam defences, one field each. Sent from onSubmit so a refusal keeps what was typed. */
export function CommentSettingsForm({ stored, action }: Props) {
  const [state, formAction, pending] = useActionState<State, FormData>(action, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  const number = (name: keyof CommentSettings, label: string, hint?: string) => (
    <FormField
      label={label}
      name={name}
      inputMode="numeric"
      defaultValue={String(stored[name])}
      hint={hint}
      error={errors[name]}
      className="max-w-xs"
    />
  );
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormMessage result={state} />
      {state?.ok && <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">Đã lưu cài đặt bình luận.</p>}
      <label className="flex items-center gap-2 text-sm font-semibold">
        <input type="checkbox" name="honeypot" defaultChecked={stored.honeypot} className="h-4 w-4" />
        Bật ô bẫy ẩn (máy gửi tự động điền vào ô người đọc không nhìn thấy thì bị từ chối)
      </label>
      {number("minFillSeconds", "Thời gian điền tối thiểu (giây)", "Ý kiến gửi sớm hơn kể từ lúc biểu mẫu hiện ra thì bị từ chối; 0 để tắt.")}
      <div className="flex flex-wrap gap-4">
        {number("addressLimit", "Số ý kiến tối đa từ một địa chỉ", "0 để tắt.")}
        {number("addressWindowMinutes", "Trong khoảng (phút)")}
      </div>
      <div className="flex flex-wrap gap-4">
        {number("emailLimit", "Số ý kiến tối đa từ một email", "0 để tắt.")}
        {number("emailWindowHours", "Trong khoảng (giờ)")}
      </div>
      {number("maxLinks", "Số liên kết tối đa trong một ý kiến")}
      {number(
        "duplicateWindowHours",
        "Chặn ý kiến trùng ở bài viết khác trong (giờ)",
        "Ý kiến trùng nội dung trên cùng một bài viết luôn bị từ chối; 0 chỉ giữ quy tắc đó.",
      )}
      <div>
        <label htmlFor="truong-words" className="block text-sm font-semibold">Danh sách từ cần kiểm soát</label>
        <textarea
          id="truong-words"
          name="words"
          rows={6}
          defaultValue={stored.words.join("\n")}
          aria-invalid={errors.words ? true : undefined}
          aria-describedby={`truong-words-goi-y${errors.words ? " truong-words-loi" : ""}`}
          className="mt-1 w-full max-w-xl rounded border border-gray-400 bg-white px-3 py-2 focus:outline-2 focus:outline-brand-600 aria-invalid:border-red-600"
        />
        <p id="truong-words-goi-y" className="mt-1 text-xs text-muted">Mỗi dòng một từ hoặc cụm từ, có dấu; so khớp nguyên từ, không phân biệt hoa thường.</p>
        {errors.words && <p id="truong-words-loi" className="mt-1 text-sm text-red-700">{errors.words}</p>}
      </div>
      <fieldset aria-describedby={errors.wordAction ? "truong-wordAction-loi" : undefined}>
        <legend className="text-sm font-semibold">Khi ý kiến có từ trong danh sách</legend>
        <label className="mt-1 flex items-center gap-2 text-sm">
          <input type="radio" name="wordAction" value="hold" defaultChecked={stored.wordAction === "hold"} />
          Giữ lại chờ duyệt, đánh dấu cho người kiểm duyệt
        </label>
        <label className="mt-1 flex items-center gap-2 text-sm">
          <input type="radio" name="wordAction" value="refuse" defaultChecked={stored.wordAction === "refuse"} />
          Từ chối, không lưu
        </label>
        {errors.wordAction && <p id="truong-wordAction-loi" className="mt-1 text-sm text-red-700">{errors.wordAction}</p>}
      </fieldset>
      {number("closeAfterDays", "Đóng bình luận sau khi xuất bản (ngày)", "0 để không bao giờ đóng.")}
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-50">
        Lưu
      </button>
    </form>
  );
}
