"use client";

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";

export type CommentFormState = { ok: true } | { ok: false; error: string; fieldErrors?: Record<string, string> } | null;

type Props = {
  articleId: number;
  submit: (previous: CommentFormState, form: FormData) => Promise<CommentFormState>;
  /** Signs the moment the form was shown (the minimum fill time); the page itself is cached. One token posts one comment. */
  issueToken: (articleId: number) => Promise<string | null>;
};

const EMPTY = { content: "", name: "", email: "" };
const CONTENT_MAX = 2000;

const inputClass =
  "mt-1 w-full rounded border border-gray-400 bg-white px-3 py-2 focus:outline-2 focus:outline-brand-600 aria-invalid:border-red-600";

/**
 * Ý kiến của bạn, Tên của bạn, Email của bạn, Gửi ý kiến. What the reader typed stays when the server
 * refuses it; after sending, the form empties and says the comment waits for moderation.
 */
export function CommentForm({ articleId, submit, issueToken }: Props) {
  const [values, setValues] = useState(EMPTY);
  const [token, setToken] = useState("");
  // Bumped after each comment sent, so the form asks for a new token: the one it used is spent.
  const [sent, setSent] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState<CommentFormState, FormData>(async (previous, form) => {
    const result = await submit(previous, form);
    if (result?.ok) {
      setValues(EMPTY);
      setSent((count) => count + 1);
    }
    return result;
  }, null);

  useEffect(() => {
    let current = true;
    issueToken(articleId)
      .then((issued) => {
        if (current && issued) setToken(issued);
      })
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [articleId, issueToken, sent]);

  // A refusal moves the focus to the first field to fix, or to the message.
  useEffect(() => {
    if (!state || state.ok) return;
    const form = formRef.current;
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]');
    target?.focus();
  }, [state]);

  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  const change = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));
  const describe = (field: string, hint?: boolean) => [hint && `binh-luan-${field}-goi-y`, errors[field] && `binh-luan-${field}-loi`].filter(Boolean).join(" ") || undefined;

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="relative mt-4 space-y-4">
      {state?.ok && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          Cảm ơn bạn đã gửi ý kiến. Ý kiến của bạn đang chờ kiểm duyệt và sẽ hiển thị sau khi được duyệt.
        </p>
      )}
      {state && !state.ok && (
        <p role="alert" tabIndex={-1} className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.error}
        </p>
      )}
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="token" value={token} />
      <div>
        <label htmlFor="binh-luan-content" className="block text-sm font-semibold">Ý kiến của bạn</label>
        <textarea
          id="binh-luan-content"
          name="content"
          rows={5}
          maxLength={CONTENT_MAX}
          value={values.content}
          onChange={change("content")}
          aria-invalid={errors.content ? true : undefined}
          aria-describedby={describe("content", true)}
          className={inputClass}
        />
        <p id="binh-luan-content-goi-y" className="mt-1 text-xs text-muted">
          Từ 10 đến 2.000 ký tự ({values.content.length.toLocaleString("vi-VN")}/2.000).
        </p>
        {errors.content && <p id="binh-luan-content-loi" className="mt-1 text-sm text-red-700">{errors.content}</p>}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="binh-luan-name" className="block text-sm font-semibold">Tên của bạn</label>
          <input
            id="binh-luan-name"
            name="name"
            autoComplete="name"
            maxLength={80}
            value={values.name}
            onChange={change("name")}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describe("name")}
            className={inputClass}
          />
          {errors.name && <p id="binh-luan-name-loi" className="mt-1 text-sm text-red-700">{errors.name}</p>}
        </div>
        <div>
          <label htmlFor="binh-luan-email" className="block text-sm font-semibold">Email của bạn</label>
          <input
            id="binh-luan-email"
            name="email"
            type="email"
            autoComplete="email"
            maxLength={254}
            value={values.email}
            onChange={change("email")}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={describe("email", true)}
            className={inputClass}
          />
          {errors.email && <p id="binh-luan-email-loi" className="mt-1 text-sm text-red-700">{errors.email}</p>}
        </div>
      </div>
      <p id="binh-luan-email-goi-y" className="text-sm text-muted">
        Email là dữ liệu cá nhân: chỉ cán bộ kiểm duyệt nhìn thấy, không bao giờ được công khai, và chỉ dùng để liên hệ, trả lời bạn
        khi cần. Ý kiến được hiển thị sau khi được kiểm duyệt.
      </p>
      {/* A field people never see: bots that fill in every field give themselves away. */}
      <div aria-hidden="true" className="absolute -left-[10000px] top-0 h-px w-px overflow-hidden">
        <label htmlFor="binh-luan-website">Trang web (để trống ô này)</label>
        <input id="binh-luan-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <noscript>
        <p className="text-sm text-red-800">Cần bật JavaScript trong trình duyệt để gửi ý kiến.</p>
      </noscript>
      <button
        type="submit"
        disabled={pending}
        aria-busy={pending || undefined}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus:outline-2 focus:outline-offset-2 focus:outline-brand-600 disabled:opacity-60"
      >
        Gửi ý kiến
      </button>
    </form>
  );
}
