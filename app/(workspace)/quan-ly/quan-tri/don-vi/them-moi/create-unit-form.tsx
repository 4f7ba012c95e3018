"use client";

import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { createUnitAction } from "../actions";
import { CheckboxField, SelectField, SubmitButton } from "@/components/ui/form-controls";
import { shown, shownChecked } from "@/lib/workspace/form-state";
import { APPROVAL_OPTIONS, ROOT_OPTION, TYPE_OPTIONS, type Option } from "../unit-options";
import { useAdminForm } from "@/components/workspace/use-admin-form";

export function CreateUnitForm({ parents, defaults }: { parents: Option[]; defaults: { parentId: string; type: string } }) {
  const { state, formAction, onSubmit, pending, errors } = useAdminForm(createUnitAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4 rounded border border-gray-200 bg-white p-4">
      <FormMessage result={state} />
      <FormField label="Tên đơn vị" name="name" maxLength={200} defaultValue={shown(state, "name", "")} error={errors.name} required />
      <SelectField
        label="Loại đơn vị"
        name="type"
        options={[{ value: "", label: "— Chọn loại đơn vị —" }, ...TYPE_OPTIONS]}
        defaultValue={shown(state, "type", defaults.type)}
        error={errors.type}
      />
      <SelectField
        label="Đơn vị cấp trên"
        name="parentId"
        options={[ROOT_OPTION, ...parents]}
        defaultValue={shown(state, "parentId", defaults.parentId)}
        hint="Chỉ xã/phường/thị trấn có đơn vị cấp trên: huyện/thị xã/thành phố mà nó trực thuộc."
        error={errors.parentId}
      />
      <FormField
        label="Địa chỉ trang"
        name="slug"
        maxLength={100}
        defaultValue={shown(state, "slug", "")}
        hint="Để trống để tạo tự động từ tên đơn vị (ví dụ: xa-an-phu)."
        error={errors.slug}
      />
      <SelectField label="Số cấp duyệt" name="approvalLevels" options={APPROVAL_OPTIONS} defaultValue={shown(state, "approvalLevels", "1")} error={errors.approvalLevels} />
      <CheckboxField
        label="Cho phép tự duyệt"
        name="allowSelfApproval"
        defaultChecked={shownChecked(state, "allowSelfApproval", false)}
        hint="Dành cho đơn vị chỉ có một người phụ trách: người viết được duyệt bài của chính mình."
        error={errors.allowSelfApproval}
      />
      <SubmitButton pending={pending}>Lưu</SubmitButton>
    </form>
  );
}
