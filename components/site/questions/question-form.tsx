"use client";

import Link from "next/link";
import { TYPES } from "@/lib/storage/file-types";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";

export type QuestionFormState = { ok: true; code: string } | { ok: false; error: string; fieldErrors?: Record<string, string> } | null;

type Option = { id: number; name: string };
type Props = {
  communes: Option[];
  fields: Option[];
  submit: (previous: QuestionFormState, form: FormData) => Promise<QuestionFormState>;
  /** Signs the moment the form was shown (minimum fill time); one token sends one question. */
  issueToken: () => Promise<string>;
};

// The one table of accepted types (lib/storage/file-types.ts); the server checks the bytes anyway.
const ATTACHMENT_ACCEPT = [...Object.values(TYPES).map((type) => type.extension), ".jpeg"].join(",");

const inputClass =
  "mt-1 w-full min-w-0 rounded border border-gray-400 bg-white px-3 py-2 focus:outline-2 focus:outline-brand-600 aria-invalid:border-red-600";

/** Gửi câu hỏi. What was typed stays when the server refuses it; after sending, the tracking code is shown. */
export function QuestionForm({ communes, fields, submit, issueToken }: Props) {
  const [token, setToken] = useState("");
  const [sent, setSent] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState<QuestionFormState, FormData>(async (previous, form) => {
    const result = await submit(previous, form);
    if (result?.ok) setSent((n) => n + 1);
    return result;
  }, null);

  useEffect(() => {
    let current = true;
    issueToken()
      .then((issued) => current && setToken(issued))
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [issueToken, sent]);

  useEffect(() => {
    if (!state) return;
    const form = formRef.current;
    const target = state.ok
      ? document.getElementById("hoi-dap-da-gui")
      : (form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]'));
    target?.focus();
  }, [state]);

  if (state?.ok) {
    return (
      <div id="hoi-dap-da-gui" data-hydrate tabIndex={-1} role="status" className="mt-6 rounded border border-green-300 bg-green-50 p-4">
        <p className="font-semibold text-green-900">Câu hỏi của bạn đã được gửi.</p>
        <p className="mt-2">
          Mã tra cứu: <strong className="break-all font-mono text-xl" data-ma-tra-cuu>{state.code}</strong>
        </p>
        <p className="mt-2 text-sm">Hãy ghi lại mã này: bạn dùng nó để theo dõi tình trạng câu hỏi tại trang Tra cứu câu hỏi.</p>
        <p className="mt-3">
          <Link href={`/hoi-dap/tra-cuu?ma=${encodeURIComponent(state.code)}`} className="font-semibold text-brand-700 underline">
            Xem tình trạng câu hỏi
          </Link>
        </p>
      </div>
    );
  }

  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  const err = (name: string) => (errors[name] ? <p id={`hoi-dap-${name}-loi`} className="mt-1 text-sm text-red-700">{errors[name]}</p> : null);
  const aria = (name: string, hint?: string) => ({
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": [hint, errors[name] && `hoi-dap-${name}-loi`].filter(Boolean).join(" ") || undefined,
  });

  return (
    <form ref={formRef} data-hydrate onSubmit={onSubmit} encType="multipart/form-data" noValidate className="relative mt-6 space-y-4">
      {state && !state.ok && (
        <p role="alert" tabIndex={-1} className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.error}
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      <div>
        <label htmlFor="hoi-dap-name" className="block text-sm font-semibold">Họ tên</label>
        <input id="hoi-dap-name" name="name" autoComplete="name" maxLength={80} className={inputClass} {...aria("name")} />
        {err("name")}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="hoi-dap-email" className="block text-sm font-semibold">Email</label>
          <input id="hoi-dap-email" name="email" type="email" autoComplete="email" maxLength={254} className={inputClass} {...aria("email", "hoi-dap-lien-he")} />
          {err("email")}
        </div>
        <div>
          <label htmlFor="hoi-dap-phone" className="block text-sm font-semibold">Số điện thoại</label>
          <input id="hoi-dap-phone" name="phone" type="tel" autoComplete="tel" maxLength={20} className={inputClass} {...aria("phone", "hoi-dap-lien-he")} />
          {err("phone")}
        </div>
      </div>
      <p id="hoi-dap-lien-he" className="text-sm text-muted">Nhập email hoặc số điện thoại (ít nhất một) để cơ quan trả lời liên hệ khi cần. Thông tin liên hệ không bao giờ được công khai.</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="hoi-dap-commune" className="block text-sm font-semibold">Xã/phường nơi bạn sinh sống</label>
          <select id="hoi-dap-commune" name="communeId" defaultValue="" className={inputClass} {...aria("communeId")}>
            <option value="">— Chọn xã/phường —</option>
            {communes.map((c) => (
              <option key={c.id} value={c.id}>{c.name}</option>
            ))}
          </select>
          {err("communeId")}
        </div>
        <div>
          <label htmlFor="hoi-dap-field" className="block text-sm font-semibold">Lĩnh vực</label>
          <select id="hoi-dap-field" name="fieldId" defaultValue="" className={inputClass} {...aria("fieldId")}>
            <option value="">— Chọn lĩnh vực —</option>
            {fields.map((f) => (
              <option key={f.id} value={f.id}>{f.name}</option>
            ))}
          </select>
          {err("fieldId")}
        </div>
      </div>
      <div>
        <label htmlFor="hoi-dap-title" className="block text-sm font-semibold">Tiêu đề</label>
        <input id="hoi-dap-title" name="title" maxLength={200} className={inputClass} {...aria("title")} />
        {err("title")}
      </div>
      <div>
        <label htmlFor="hoi-dap-content" className="block text-sm font-semibold">Nội dung câu hỏi</label>
        <textarea id="hoi-dap-content" name="content" rows={7} maxLength={5000} className={inputClass} {...aria("content", "hoi-dap-content-goi-y")} />
        <p id="hoi-dap-content-goi-y" className="mt-1 text-xs text-muted">Từ 20 đến 5.000 ký tự. Trình bày rõ sự việc để được trả lời chính xác.</p>
        {err("content")}
      </div>
      <div>
        <label htmlFor="hoi-dap-attachment" className="block text-sm font-semibold">Tệp đính kèm (không bắt buộc)</label>
        <input
          id="hoi-dap-attachment"
          name="attachment"
          type="file"
          accept={ATTACHMENT_ACCEPT}
          className="mt-1 block w-full min-w-0 text-sm file:mr-3 file:rounded file:border file:border-gray-400 file:bg-white file:px-3 file:py-2"
          {...aria("attachment", "hoi-dap-attachment-goi-y")}
        />
        <p id="hoi-dap-attachment-goi-y" className="mt-1 text-xs text-muted">
          Một tệp PDF, Word, Excel, PowerPoint hoặc ảnh, tối đa 10 MB. Chỉ cán bộ xử lý câu hỏi được xem tệp; tệp không được công khai.
        </p>
        {err("attachment")}
      </div>
      <div className="flex items-start gap-2">
        <input id="hoi-dap-show-name" name="showName" type="checkbox" value="on" className="mt-1 h-5 w-5 shrink-0" />
        <label htmlFor="hoi-dap-show-name" className="text-sm">Đồng ý hiển thị họ tên khi câu hỏi được công bố (nếu không, chỉ hiển thị chữ cái đầu của họ tên).</label>
      </div>
      <div className="rounded border border-gray-300 bg-gray-50 p-3 text-sm" id="hoi-dap-thong-bao">
        <p className="font-semibold">Thông báo xử lý dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP)</p>
        <p className="mt-1">
          Họ tên, email, số điện thoại và xã/phường của bạn chỉ dùng để tiếp nhận, chuyển đến cơ quan có thẩm quyền và trả lời câu hỏi;
          chỉ cán bộ xử lý câu hỏi được xem; không công khai thông tin liên hệ và không chia sẻ cho bên thứ ba. Câu hỏi và câu trả lời
          có thể được công bố trên Cổng để người khác tham khảo.
        </p>
        <div className="mt-2 flex items-start gap-2">
          <input id="hoi-dap-consent" name="consent" type="checkbox" value="on" className="mt-1 h-5 w-5 shrink-0" {...aria("consent")} />
          <label htmlFor="hoi-dap-consent" className="font-semibold">Tôi đã đọc và đồng ý với thông báo xử lý dữ liệu cá nhân.</label>
        </div>
        {err("consent")}
      </div>
      <div aria-hidden="true" className="absolute -left-[10000px] top-0 h-px w-px overflow-hidden">
        <label htmlFor="hoi-dap-website">Trang web (để trống ô này)</label>
        <input id="hoi-dap-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <noscript>
        <p className="text-sm text-red-800">Cần bật JavaScript trong trình duyệt để gửi câu hỏi.</p>
      </noscript>
      <button
        type="submit"
        disabled={pending || !token}
        aria-busy={pending || undefined}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus:outline-2 focus:outline-offset-2 focus:outline-brand-600 disabled:opacity-60"
      >
        {pending ? "Đang gửi…" : "Gửi câu hỏi"}
      </button>
    </form>
  );
}
