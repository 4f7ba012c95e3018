"use client";

import { ReplyIcon } from "@/components/ui/icons";
import { startTransition, useActionState, useState, type FormEvent } from "react";

type State = { ok: false; error: string; fieldErrors?: Record<string, string> } | null;

type Props = {
  commentId: number;
  /** The answer already given, to edit; empty when there is none. */
  reply: string;
  /** Who signs the answer on the public page. */
  unitName: string;
  back: string;
  action: (previous: State, form: FormData) => Promise<State>;
};

/** Trả lời: the official answer to one comment, opened on demand under it. */
export function CommentReplyForm({ commentId, reply, unitName, back, action }: Props) {
  const [state, formAction, pending] = useActionState<State, FormData>(action, null);
  const [text, setText] = useState(reply);
  const id = `tra-loi-${commentId}`;
  const error = state && !state.ok ? (state.fieldErrors?.reply ?? state.error) : null;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return (
    <details className="mt-2" open={Boolean(error) || undefined}>
      <summary className="inline-flex min-h-10 cursor-pointer items-center gap-1 rounded border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50">
        <ReplyIcon />
        {reply ? "Sửa trả lời" : "Trả lời"}
      </summary>
      <form onSubmit={onSubmit} className="mt-2 space-y-2" noValidate>
        <input type="hidden" name="commentId" value={commentId} />
        <input type="hidden" name="back" value={back} />
        <label htmlFor={id} className="block text-sm font-semibold">
          Nội dung trả lời
        </label>
        <textarea
          id={id}
          name="reply"
          rows={3}
          maxLength={2000}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-goi-y${error ? ` ${id}-loi` : ""}`}
          className="w-full rounded border border-gray-400 bg-white px-3 py-2 focus:outline-2 focus:outline-brand-600 aria-invalid:border-red-600"
        />
        <p id={`${id}-goi-y`} className="text-xs text-muted">
          Hiển thị dưới bình luận khi bình luận đã được duyệt, ký tên “{unitName}”. Để trống rồi lưu để xóa trả lời.
        </p>
        {error && (
          <p id={`${id}-loi`} role="alert" className="text-sm text-red-800">
            {error}
          </p>
        )}
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-50">
          Gửi trả lời
        </button>
      </form>
    </details>
  );
}
