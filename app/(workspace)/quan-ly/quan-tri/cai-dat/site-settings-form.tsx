"use client";

import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import type { SiteSettingsForm as Stored } from "@/lib/settings/queries";
import { SavedMessage, SubmitButton } from "@/components/ui/form-controls";
import { shown, type AdminFormState } from "@/lib/workspace/form-state";
import { useAdminForm } from "@/components/workspace/use-admin-form";
import { updateSiteSettingsAction } from "./actions";
import { EmblemField } from "./emblem-field";

function TextArea({ label, name, defaultValue, error, hint, maxLength = 1000 }: { label: string; name: string; defaultValue: string; error?: string; hint?: string; maxLength?: number }) {
  const id = `truong-${name}`;
  const describedBy = [hint && `${id}-goi-y`, error && `${id}-loi`].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">{label}</label>
      <textarea
        id={id}
        name={name}
        rows={4}
        maxLength={maxLength}
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
      <fieldset className="space-y-4 rounded border border-gray-200 p-3">
        <legend className="px-1 text-sm font-semibold">Cơ quan chủ quản (đầu trang)</legend>
        <FormField
          label="Dòng 1: cơ quan cấp trên"
          name="agencyParent"
          maxLength={120}
          defaultValue={shown(state, "agencyParent", stored.agencyParent)}
          hint="Ví dụ: UBND TỈNH THANH NGUYÊN"
          error={errors.agencyParent}
        />
        <FormField
          label="Dòng 2: tên cơ quan"
          name="agencyName"
          maxLength={120}
          defaultValue={shown(state, "agencyName", stored.agencyName)}
          hint="Ví dụ: SỞ TƯ PHÁP"
          error={errors.agencyName}
        />
        <EmblemField initial={shown(state, "logo", stored.logo)} error={errors.logo} />
      </fieldset>
      <fieldset className="space-y-4 rounded border border-gray-200 p-3">
        <legend className="px-1 text-sm font-semibold">Chân trang (Nghị định 42/2022/NĐ-CP)</legend>
        <FormField label="Địa chỉ" name="address" maxLength={300} defaultValue={shown(state, "address", stored.address)} error={errors.address} />
        <FormField label="Điện thoại" name="phone" type="tel" maxLength={30} defaultValue={shown(state, "phone", stored.phone)} error={errors.phone} />
        <FormField label="Email" name="email" type="email" maxLength={254} defaultValue={shown(state, "email", stored.email)} error={errors.email} />
        <FormField
          label="Người chịu trách nhiệm"
          name="responsiblePerson"
          maxLength={200}
          defaultValue={shown(state, "responsiblePerson", stored.responsiblePerson)}
          hint="Họ tên và chức vụ, ví dụ: Ông Nguyễn Văn A – Giám đốc Sở Tư pháp"
          error={errors.responsiblePerson}
        />
        <FormField
          label="Giấy phép"
          name="licence"
          maxLength={300}
          defaultValue={shown(state, "licence", stored.licence)}
          hint="Ví dụ: Giấy phép số …/GP-STTTT ngày … của Sở Thông tin và Truyền thông"
          error={errors.licence}
        />
        <TextArea
          label="Liên kết website liên quan"
          name="relatedLinks"
          defaultValue={shown(state, "relatedLinks", stored.relatedLinks)}
          hint="Mỗi dòng một liên kết: tên trang | địa chỉ, ví dụ: Cổng Dịch vụ công quốc gia | https://dichvucong.gov.vn (tối đa 20 dòng)."
          error={errors.relatedLinks}
        />
      </fieldset>
      <TextArea label="Thông tin liên hệ" name="contact" defaultValue={shown(state, "contact", stored.contact)} error={errors.contact} hint="Thông tin thêm ở chân trang, ví dụ giờ tiếp công dân." />
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
      <fieldset className="space-y-4 rounded border border-gray-200 p-3">
        <legend className="px-1 text-sm font-semibold">Trang tiếng Anh (English page)</legend>
        <FormField
          label="Tên cơ quan bằng tiếng Anh"
          name="englishName"
          lang="en"
          maxLength={200}
          defaultValue={shown(state, "englishName", stored.englishName)}
          hint="Ví dụ: Department of Justice of Thanh Nguyen Province"
          error={errors.englishName}
        />
        <TextArea
          label="Giới thiệu bằng tiếng Anh"
          name="englishAbout"
          maxLength={2000}
          defaultValue={shown(state, "englishAbout", stored.englishAbout)}
          hint="Chức năng, tổ chức của cơ quan; hiện ở trang /en. Các đoạn cách nhau một dòng trống."
          error={errors.englishAbout}
        />
      </fieldset>
      <SubmitButton pending={pending}>Lưu</SubmitButton>
    </form>
  );
}
