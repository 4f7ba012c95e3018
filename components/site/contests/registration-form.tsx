"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { SelectField } from "@/components/ui/form-controls";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";

export type RegistrationState = {
  ok: false;
  error?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  codeSent?: boolean;
} | null;

type Action = (previous: RegistrationState, form: FormData) => Promise<RegistrationState>;

type Props = {
  contest: { id: number; slug: string };
  groups: { id: number; name: string }[];
  communes: { id: number; name: string }[];
  /** The portal can send email: the entrant proves an email with a one-time code first. */
  needsCode: boolean;
  register: Action;
  requestCode: Action;
};

/** Đăng ký dự thi: no account, one entrant per phone; works without JavaScript too. */
export function RegistrationForm({ contest, groups, communes, needsCode, register, requestCode }: Props) {
  const [state, registerAction, pending] = useActionState<RegistrationState, FormData>(register, null);
  const [codeState, codeAction, sending] = useActionState<RegistrationState, FormData>(requestCode, null);
  const shown = state ?? codeState;
  const errors = shown?.fieldErrors ?? {};
  const values = shown?.values ?? {};
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const asksCode = (event.nativeEvent as SubmitEvent).submitter?.getAttribute("value") === "gui-ma";
    startTransition(() => (asksCode ? codeAction(data) : registerAction(data)));
  };
  return (
    <form data-hydrate action={registerAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="contestId" value={contest.id} />
      <input type="hidden" name="slug" value={contest.slug} />
      <FormMessage result={shown?.error ? { ok: false, error: shown.error } : null} />
      <FormField label="Họ và tên" name="fullName" autoComplete="name" required defaultValue={values.fullName} error={errors.fullName} key={`n${values.fullName}`} />
      <FormField label="Ngày sinh" name="birthDate" inputMode="numeric" placeholder="dd/mm/yyyy" hint="Ngày/tháng/năm, ví dụ 05/09/2008." required defaultValue={values.birthDate} error={errors.birthDate} key={`b${values.birthDate}`} />
      <FormField label="Số điện thoại" name="phone" type="tel" autoComplete="tel" required defaultValue={values.phone} error={errors.phone} hint="Mỗi số điện thoại chỉ đăng ký một người dự thi." key={`p${values.phone}`} />
      <SelectField label="Xã/phường" name="communeId" defaultValue={values.communeId ?? ""} error={errors.communeId} options={[{ value: "", label: "— Chọn xã/phường —" }, ...communes.map((c) => ({ value: String(c.id), label: c.name }))]} />
      <SelectField label="Đối tượng dự thi" name="groupId" defaultValue={values.groupId ?? ""} error={errors.groupId} options={[{ value: "", label: "— Chọn đối tượng —" }, ...groups.map((g) => ({ value: String(g.id), label: g.name }))]} />
      {needsCode && (
        <fieldset className="space-y-3 rounded border border-gray-200 p-3">
          <legend className="px-1 text-sm font-semibold">Xác nhận qua email</legend>
          <p className="text-sm text-muted">Cổng thông tin gửi mã xác nhận qua email (chưa hỗ trợ tin nhắn SMS).</p>
          <FormField label="Email" name="email" type="email" autoComplete="email" defaultValue={values.email} error={errors.email} key={`e${values.email}`} />
          <button type="submit" name="buoc" value="gui-ma" formAction={codeAction} disabled={sending} className="rounded border border-gray-400 bg-white px-3 py-2 text-sm font-semibold hover:bg-gray-100">
            Gửi mã xác nhận
          </button>
          {codeState?.codeSent && <p role="status" className="text-sm text-green-900">Đã gửi mã xác nhận đến email của bạn.</p>}
          <FormField label="Mã xác nhận" name="code" inputMode="numeric" autoComplete="one-time-code" error={errors.code} />
        </fieldset>
      )}
      <p className="text-sm text-muted">
        Thông tin của bạn chỉ dùng cho cuộc thi: ban tổ chức dùng số điện thoại để liên hệ trao giải; trang kết quả công khai chỉ hiện họ tên và xã/phường.
      </p>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        Đăng ký dự thi
      </button>
    </form>
  );
}
