"use client";

import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { UNIT_ROLE_LABELS } from "@/lib/auth/role-labels";
import type { ResetPassword } from "@/lib/users/reset-password";
import type { UnitOption, UserRow } from "@/lib/users/queries";
import { CheckboxField, SavedMessage, SubmitButton } from "@/components/ui/form-controls";
import {
  deactivateUserAction,
  reactivateUserAction,
  renameUserAction,
  resetPasswordAction,
  setMembershipsAction,
  setPortalRolesAction,
} from "../actions";
import { errorFor, shown, shownList, type AdminFormState } from "@/lib/workspace/form-state";
import { useAdminForm } from "@/components/workspace/use-admin-form";
import { PortalRoleFields, UnitRoleFields } from "../role-fields";
import { TemporaryPassword } from "../temporary-password";

// One small form per change, each with its own server action, message and field errors.

export function RenameUserForm({ user }: { user: Pick<UserRow, "id" | "name"> }) {
  const { state, formAction, onSubmit, pending, errors, saved } = useAdminForm(renameUserAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3" noValidate>
      <FormMessage result={state} />
      <SavedMessage show={saved} />
      <input type="hidden" name="userId" value={user.id} />
      <FormField label="Họ và tên" name="name" maxLength={120} defaultValue={shown(state, "name", user.name)} error={errors.name} />
      <SubmitButton pending={pending}>Lưu</SubmitButton>
    </form>
  );
}

export function PortalRolesForm({ user }: { user: Pick<UserRow, "id" | "portalRoles"> }) {
  const { state, formAction, onSubmit, pending, errors, saved } = useAdminForm(setPortalRolesAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3">
      <FormMessage result={state} />
      <SavedMessage show={saved} />
      <input type="hidden" name="userId" value={user.id} />
      <PortalRoleFields idPrefix="toan-cong" checked={shownList(state, "portalRoles", user.portalRoles)} error={errorFor(errors, "portalRoles")} />
      <SubmitButton pending={pending}>Lưu vai trò toàn cổng</SubmitButton>
    </form>
  );
}

export function MembershipsForm({ user, units }: { user: Pick<UserRow, "id" | "memberships">; units: readonly UnitOption[] }) {
  const { state, formAction, onSubmit, formRef, pending, errors, saved } = useAdminForm(setMembershipsAction, { resetOnSuccess: true });
  const active = user.memberships.filter((m) => m.unitActive);
  const kept = shownList(state, "keep", active.map((m) => `${m.unitId}:${m.role}`));
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="space-y-4">
      <FormMessage result={state} />
      <SavedMessage show={saved} />
      <input type="hidden" name="userId" value={user.id} />
      <fieldset className="space-y-1">
        <legend className="text-sm font-semibold">Vai trò hiện có (bỏ chọn để gỡ)</legend>
        {active.length === 0 && <p className="text-sm text-muted">Chưa có vai trò nào trong đơn vị đang hoạt động.</p>}
        {active.map((m) => {
          const value = `${m.unitId}:${m.role}`;
          return (
            <CheckboxField
              key={value}
              id={`giu-${m.unitId}-${m.role}`}
              name="keep"
              value={value}
              label={`${UNIT_ROLE_LABELS[m.role] ?? m.role} — ${m.unitName}`}
              defaultChecked={kept.includes(value)}
            />
          );
        })}
      </fieldset>
      <div className="rounded border border-dashed border-gray-300 p-3">
        <p className="mb-2 text-sm font-semibold">Thêm vai trò trong một đơn vị</p>
        <UnitRoleFields
          idPrefix="them"
          units={units}
          unitId={shown(state, "unitId")}
          roles={shownList(state, "unitRoles", [])}
          unitError={errorFor(errors, "memberships")}
          rolesError={errors.unitRoles}
        />
      </div>
      <SubmitButton pending={pending}>Lưu vai trò trong đơn vị</SubmitButton>
    </form>
  );
}

export function AccountStatusForm({ user, isSelf }: { user: Pick<UserRow, "id" | "name" | "active">; isSelf: boolean }) {
  const deactivate = useAdminForm(deactivateUserAction, {
    confirm: `Khóa tài khoản của ${user.name}? Người này bị đăng xuất ngay trên mọi thiết bị.`,
  });
  const reactivate = useAdminForm(reactivateUserAction);
  if (user.active) {
    if (isSelf) return <p className="text-sm text-muted">Bạn không thể tự khóa tài khoản của mình.</p>;
    return (
      <form action={deactivate.formAction} onSubmit={deactivate.onSubmit} className="space-y-3">
        <FormMessage result={deactivate.state} />
        <input type="hidden" name="userId" value={user.id} />
        <p className="text-sm text-muted">Người bị khóa không đăng nhập được và bị đăng xuất ngay; bài viết và lịch sử vẫn giữ nguyên.</p>
        <SubmitButton pending={deactivate.pending} tone="danger">Khóa tài khoản</SubmitButton>
      </form>
    );
  }
  return (
    <form action={reactivate.formAction} onSubmit={reactivate.onSubmit} className="space-y-3">
      <FormMessage result={reactivate.state} />
      <input type="hidden" name="userId" value={user.id} />
      <p className="text-sm text-muted">Tài khoản đang bị khóa.</p>
      <SubmitButton pending={reactivate.pending}>Mở khóa</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ user }: { user: Pick<UserRow, "id" | "name"> }) {
  const { state, formAction, onSubmit, pending } = useAdminForm<AdminFormState<ResetPassword>>(resetPasswordAction, {
    confirm: `Đặt lại mật khẩu của ${user.name}? Mật khẩu cũ hết hiệu lực và người này bị đăng xuất.`,
  });
  return (
    <div className="space-y-3">
      {state?.ok && <TemporaryPassword email={state.value.email} password={state.value.temporaryPassword} />}
      <form action={formAction} onSubmit={onSubmit} className="space-y-3">
        <FormMessage result={state} />
        <input type="hidden" name="userId" value={user.id} />
        <p className="text-sm text-muted">Tạo mật khẩu tạm thời mới; người dùng phải đổi mật khẩu khi đăng nhập lại.</p>
        <SubmitButton pending={pending} tone="plain">Đặt lại mật khẩu</SubmitButton>
      </form>
    </div>
  );
}
