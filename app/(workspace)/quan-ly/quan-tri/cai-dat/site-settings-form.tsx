"use client";

import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import type { SiteSettingsForm as Stored } from "@/lib/settings/queries";
import { SavedMessage, SubmitButton } from "@/components/ui/form-controls";
import { shown, type AdminFormState } from "../nguoi-dung/_shared/form-state";
import { useAdminForm } from "../nguoi-dung/_shared/use-admin-form";
import { updateSiteSettingsAction } from "./actions";

function TextArea({ label, name, defaultValue, error, hint }: { label: string; name: string; defaultValue: string; error?: string; hint?: string }) {
  const id = `truong-${name}`;
  const describedBy = [hint && `${id}-goi-y`, error && `${id}-loi`].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">{label}</label>
      <textarea
        id={id}
        name={name}
        rows={4}
        maxLength={1000}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 w-full rounded border border-gray-400 bg-white px-3 py-2 focus:outline-2 focus:outline-brand-600 aria-invalid:border-red-600"
      />
      {hint && <p id={`${id}-goi-y`} className="mt-1 text-xs text-muted">{hint}</p>}
      {error && <p id={`${id}-loi`} className="mt-1 text-sm text-red-700">{error}</p>}
    </div>
  );
}

export function SiteSettingsForm({ stored }: { stored: Stored }) {
  const { state, formAction, onSubmit, pending, errors, saved } = useAdminForm<AdminFormState>(updateSiteSettingsAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormMessage result={state} />
      <SavedMessage show={saved}>Đã lưu cài đặt. Cổng thông tin hiển thị ngay các thay đổi.</SavedMessage>
      <FormField label="Tên cổng thông tin" name="name" maxLength={200} defaultValue={shown(state, "name", stored.name)} error={errors.name} />
      <FormField
        label="Logo"
        name="logo"
        maxLength={300}
        defaultValue={shown(state, "logo", stored.logo)}
        hint="Đường dẫn tới ảnh trong cổng thông tin, ví dụ /tep/… hoặc /logo.png. Để trống nếu không dùng logo."
        error={errors.logo}
      />
      <TextArea label="Thông tin liên hệ" name="contact" defaultValue={shown(state, "contact", stored.contact)} error={errors.contact} hint="Địa chỉ, điện thoại, email của cơ quan thường trực." />
      <TextArea label="Nội dung chân trang" name="footer" defaultValue={shown(state, "footer", stored.footer)} error={errors.footer} />
      <fieldset className="space-y-4 rounded border border-gray-200 p-3">
        <legend className="px-1 text-sm font-semibold">Hỗ trợ người dùng</legend>
        <p className="text-xs text-muted">Hiện cho cán bộ khi tài khoản tạm bị chặn đăng nhập hoặc khi quên mật khẩu.</p>
        <FormField
          label="Số điện thoại hỗ trợ"
          name="supportPhone"
          type="tel"
          maxLength={30}
          defaultValue={shown(state, "supportPhone", stored.supportPhone)}
          error={errors.supportPhone}
        />
        <FormField
          label="Email hỗ trợ"
          name="supportEmail"
          type="email"
          maxLength={254}
          defaultValue={shown(state, "supportEmail", stored.supportEmail)}
          error={errors.supportEmail}
        />
      </fieldset>
      <SubmitButton pending={pending}>Lưu</SubmitButton>
    </form>
  );
}
