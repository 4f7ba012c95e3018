"use server";

import { revalidatePath } from "next/cache";
import { INVALID_FORM } from "@/lib/action-result";
import { createUser, type CreatedUser } from "@/lib/users/create-user";
import { deactivateUser } from "@/lib/users/deactivate-user";
import { reactivateUser } from "@/lib/users/reactivate-user";
import { renameUser } from "@/lib/users/rename-user";
import { resetPassword, type ResetPassword } from "@/lib/users/reset-password";
import { setMemberships } from "@/lib/users/set-memberships";
import { setPortalRoles } from "@/lib/users/set-portal-roles";
import { runUseCase } from "@/lib/workspace/action-kit";
import { typedValues, withValues, type AdminFormState } from "@/lib/workspace/form-state";

const LIST = "/quan-ly/quan-tri/nguoi-dung";

function revalidateUser(userId: FormDataEntryValue | null) {
  revalidatePath(LIST);
  if (typeof userId === "string" && /^\d+$/.test(userId)) revalidatePath(`${LIST}/${userId}`);
}

const strings = (form: FormData, name: string) => form.getAll(name).filter((v): v is string => typeof v === "string");

/** The roles ticked for the unit chosen in the "Đơn vị" select, as memberships. */
function chosenUnitRoles(form: FormData) {
  const unitId = String(form.get("unitId") ?? "");
  return strings(form, "unitRoles").map((role) => ({ unitId, role }));
}

function unitWithoutRole(form: FormData): boolean {
  return String(form.get("unitId") ?? "") !== "" && strings(form, "unitRoles").length === 0;
}

export async function createUserAction(_previous: AdminFormState<CreatedUser>, form: FormData): Promise<AdminFormState<CreatedUser>> {
  if (unitWithoutRole(form)) return { ok: false, error: INVALID_FORM, fieldErrors: { unitRoles: "Vui lòng chọn vai trò trong đơn vị." }, values: typedValues(form) };
  const result = await runUseCase(createUser, {
    email: form.get("email"),
    name: form.get("name"),
    portalRoles: strings(form, "portalRoles"),
    memberships: chosenUnitRoles(form),
  });
  if (result.ok) revalidatePath(LIST);
  return withValues(result, form);
}

export async function renameUserAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  const result = await runUseCase(renameUser, Object.fromEntries(form));
  if (result.ok) revalidateUser(form.get("userId"));
  return withValues(result, form);
}

export async function setPortalRolesAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  const result = await runUseCase(setPortalRoles, { userId: form.get("userId"), portalRoles: strings(form, "portalRoles") });
  if (result.ok) revalidateUser(form.get("userId"));
  return withValues(result, form);
}

/** The memberships still ticked ("unitId:role") plus the roles ticked for a unit being added. */
export async function setMembershipsAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  if (unitWithoutRole(form)) return { ok: false, error: INVALID_FORM, fieldErrors: { unitRoles: "Vui lòng chọn vai trò trong đơn vị." }, values: typedValues(form) };
  const kept = strings(form, "keep").map((value) => {
    const [unitId, role] = value.split(":");
    return { unitId, role };
  });
  const result = await runUseCase(setMemberships, { userId: form.get("userId"), memberships: [...kept, ...chosenUnitRoles(form)] });
  if (result.ok) revalidateUser(form.get("userId"));
  return withValues(result, form);
}

export async function deactivateUserAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  const result = await runUseCase(deactivateUser, Object.fromEntries(form));
  if (result.ok) revalidateUser(form.get("userId"));
  return withValues(result, form);
}

export async function reactivateUserAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  const result = await runUseCase(reactivateUser, Object.fromEntries(form));
  if (result.ok) revalidateUser(form.get("userId"));
  return withValues(result, form);
}

export async function resetPasswordAction(_previous: AdminFormState<ResetPassword>, form: FormData): Promise<AdminFormState<ResetPassword>> {
  const result = await runUseCase(resetPassword, Object.fromEntries(form));
  if (result.ok) revalidateUser(form.get("userId"));
  return withValues(result, form);
}
