"use client";

import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { archiveUnitAction, mergeUnitAction, moveUnitAction, renameUnitAction, restoreUnitAction, setUnitApprovalAction, setUnitContactsAction } from "../actions";
import { CheckboxField, SavedMessage, SelectField, SubmitButton } from "@/components/ui/form-controls";
import { shown, shownChecked } from "@/lib/workspace/form-state";
import { APPROVAL_OPTIONS, ROOT_OPTION, type Option } from "../unit-options";
import { useAdminForm } from "@/components/workspace/use-admin-form";

// One small form per change, each with its own server action, message and field errors.

export function RenameForm({ unit }: { unit: { id: number; name: string; slug: string } }) {
  const { state, formAction, onSubmit, pending, errors, saved } = useAdminForm(renameUnitAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3">
      <FormMessage result={state} />
      <SavedMessage show={saved} />
      <input type="hidden" name="unitId" value={unit.id} />
      <FormField label="Tên đơn vị" name="name" maxLength={200} defaultValue={shown(state, "name", unit.name)} error={errors.name} required />
      <FormField
        label="Địa chỉ trang mới"
        name="slug"
        maxLength={100}
        defaultValue={shown(state, "slug", "")}
        hint={`Để trống để giữ địa chỉ hiện tại (${unit.slug}), để các liên kết đã chia sẻ vẫn dùng được.`}
        error={errors.slug}
      />
      <SubmitButton pending={pending}>Lưu</SubmitButton>
    </form>
  );
}

export function MoveForm({ unit, parents }: { unit: { id: number; parentId: number | null }; parents: Option[] }) {
  const { state, formAction, onSubmit, pending, errors, saved } = useAdminForm(moveUnitAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3">
      <FormMessage result={state} />
      <SavedMessage show={saved} />
      <input type="hidden" name="unitId" value={unit.id} />
      <SelectField label="Đơn vị cấp trên" name="parentId" options={[ROOT_OPTION, ...parents]} defaultValue={shown(state, "parentId", unit.parentId)} error={errors.parentId} />
      <SubmitButton pending={pending}>Lưu</SubmitButton>
    </form>
  );
}

export function ApprovalForm({ unit }: { unit: { id: number; approvalLevels: number; allowSelfApproval: boolean } }) {
  const { state, formAction, onSubmit, pending, errors, saved } = useAdminForm(setUnitApprovalAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3">
      <FormMessage result={state} />
      <SavedMessage show={saved} />
      <input type="hidden" name="unitId" value={unit.id} />
      <SelectField label="Số cấp duyệt" name="approvalLevels" options={APPROVAL_OPTIONS} defaultValue={shown(state, "approvalLevels", unit.approvalLevels)} error={errors.approvalLevels} />
      <CheckboxField
        label="Cho phép tự duyệt"
        name="allowSelfApproval"
        defaultChecked={shownChecked(state, "allowSelfApproval", unit.allowSelfApproval)}
        hint="Dành cho đơn vị chỉ có một người phụ trách: người viết được duyệt bài của chính mình."
        error={errors.allowSelfApproval}
      />
      <SubmitButton pending={pending}>Lưu</SubmitButton>
    </form>
  );
}

export function ContactsForm({ unit }: { unit: { id: number; address: string | null; phone: string | null; email: string | null } }) {
  const { state, formAction, onSubmit, pending, errors, saved } = useAdminForm(setUnitContactsAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3">
      <FormMessage result={state} />
      <SavedMessage show={saved} />
      <p className="text-sm text-muted">Hiển thị trong danh bạ đơn vị trên cổng thông tin. Để trống mục nào thì mục đó không hiển thị.</p>
      <input type="hidden" name="unitId" value={unit.id} />
      <FormField label="Địa chỉ" name="address" maxLength={300} defaultValue={shown(state, "address", unit.address ?? "")} error={errors.address} />
      <FormField
        label="Điện thoại"
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="off"
        maxLength={30}
        defaultValue={shown(state, "phone", unit.phone ?? "")}
        hint="Ví dụ: 0274 3822 123"
        error={errors.phone}
      />
      <FormField label="Email" name="email" inputMode="email" autoComplete="off" maxLength={254} defaultValue={shown(state, "email", unit.email ?? "")} error={errors.email} />
      <SubmitButton pending={pending}>Lưu</SubmitButton>
    </form>
  );
}

export function MergeForm({ unitId, successors }: { unitId: number; successors: Option[] }) {
  const { state, formAction, onSubmit, pending, errors } = useAdminForm(mergeUnitAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3">
      <FormMessage result={state} />
      <p className="text-sm text-muted">
        Bài viết và đơn vị trực thuộc chuyển sang đơn vị nhận sáp nhập; bài viết vẫn ghi tên đơn vị đã viết, giữ nguyên ngày xuất
        bản. Thành viên của đơn vị này không còn quyền tại đây. Không thể hoàn tác.
      </p>
      <input type="hidden" name="unitId" value={unitId} />
      <SelectField
        label="Sáp nhập vào"
        name="successorId"
        options={[{ value: "", label: "— Chọn đơn vị nhận sáp nhập —" }, ...successors]}
        defaultValue={shown(state, "successorId", "")}
        error={errors.successorId}
      />
      <CheckboxField label="Tôi hiểu việc sáp nhập không thể hoàn tác" name="confirm" required />
      <SubmitButton pending={pending} tone="danger">Sáp nhập</SubmitButton>
    </form>
  );
}

export function ArchiveForm({ unitId, activeChildren }: { unitId: number; activeChildren: number }) {
  const { state, formAction, onSubmit, pending } = useAdminForm(archiveUnitAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3">
      <FormMessage result={state} />
      <p className="text-sm text-muted">
        Đơn vị lưu trữ không nhận bài mới và thành viên không còn quyền tại đây; bài viết đã xuất bản vẫn giữ nguyên. Có thể khôi phục.
        {activeChildren > 0 && ` Đơn vị còn ${activeChildren} đơn vị trực thuộc đang hoạt động, cần xử lý trước.`}
      </p>
      <input type="hidden" name="unitId" value={unitId} />
      <SubmitButton pending={pending} tone="plain">Lưu trữ</SubmitButton>
    </form>
  );
}

export function RestoreForm({ unitId }: { unitId: number }) {
  const { state, formAction, onSubmit, pending } = useAdminForm(restoreUnitAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3">
      <FormMessage result={state} />
      <p className="text-sm text-muted">Đơn vị đang lưu trữ. Khôi phục để đơn vị hoạt động trở lại.</p>
      <input type="hidden" name="unitId" value={unitId} />
      <SubmitButton pending={pending}>Khôi phục</SubmitButton>
    </form>
  );
}
