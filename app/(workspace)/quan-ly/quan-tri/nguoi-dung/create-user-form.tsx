"use client";

import Link from "next/link";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import type { CreatedUser } from "@/lib/users/create-user";
import type { UnitOption } from "@/lib/users/queries";
import { SubmitButton } from "@/components/ui/form-controls";
import { createUserAction } from "./actions";
import { errorFor, shown, shownList, type AdminFormState } from "@/lib/workspace/form-state";
import { useAdminForm } from "@/components/workspace/use-admin-form";
import { PortalRoleFields, UnitRoleFields } from "./role-fields";
import { TemporaryPassword } from "./temporary-password";

export function CreateUserForm({ units }: { units: readonly UnitOption[] }) {
  const { state, formAction, onSubmit, formRef, pending, errors } = useAdminForm<AdminFormState<CreatedUser>>(createUserAction, { resetOnSuccess: true });
  return (
    <div className="space-y-4">
      {state?.ok && (
        <div className="space-y-2">
          <TemporaryPassword email={state.value.email} password={state.value.temporaryPassword} />
          <p className="text-sm">
            <Link href={`/quan-ly/quan-tri/nguoi-dung/${state.value.userId}`} className="underline">Xem người dùng vừa tạo</Link>
          </p>
        </div>
      )}
      <form ref={formRef} action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
        <FormMessage result={state} />
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label="Họ và tên" name="name" autoComplete="off" maxLength={120} defaultValue={shown(state, "name")} error={errors.name} />
          <FormField label="Email" name="email" type="email" autoComplete="off" defaultValue={shown(state, "email")} error={errors.email} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <UnitRoleFields
            idPrefix="tao-moi"
            units={units}
            unitId={shown(state, "unitId")}
            roles={shownList(state, "unitRoles", [])}
            unitError={errorFor(errors, "memberships")}
            rolesError={errors.unitRoles}
          />
          <PortalRoleFields idPrefix="tao-moi-toan-cong" checked={shownList(state, "portalRoles", [])} error={errorFor(errors, "portalRoles")} />
        </div>
        <SubmitButton pending={pending}>Tạo người dùng</SubmitButton>
      </form>
    </div>
  );
}
