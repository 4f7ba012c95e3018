import { CheckboxField, SelectField } from "@/components/ui/form-controls";
import { PORTAL_ROLE_LABELS, UNIT_ROLE_LABELS } from "@/lib/auth/role-labels";
import { PORTAL_ROLES, UNIT_ROLES } from "@/lib/users/roles";
import type { UnitOption } from "@/lib/users/queries";

// The role pickers of the user forms. Each group is a fieldset, so "Kiểm duyệt bình luận" (a portal
// role and a unit role) is told apart by its legend.

export function PortalRoleFields({ checked, error, idPrefix }: { checked: readonly string[]; error?: string; idPrefix: string }) {
  return (
    <fieldset className="space-y-1" aria-describedby={error ? `${idPrefix}-loi` : undefined}>
      <legend className="text-sm font-semibold">Vai trò toàn cổng thông tin</legend>
      {PORTAL_ROLES.map((role) => (
        <CheckboxField key={role} id={`${idPrefix}-${role}`} name="portalRoles" value={role} label={PORTAL_ROLE_LABELS[role]} defaultChecked={checked.includes(role)} />
      ))}
      {error && <p id={`${idPrefix}-loi`} className="text-sm text-red-700">{error}</p>}
    </fieldset>
  );
}

export function unitOptionLabel(unit: UnitOption): string {
  return unit.parentName ? `${unit.name} (${unit.parentName})` : unit.name;
}

/** "Đơn vị" and the roles to give in it. */
export function UnitRoleFields({
  units,
  unitId,
  roles,
  unitError,
  rolesError,
  idPrefix,
  unitLabel = "Đơn vị",
}: {
  units: readonly UnitOption[];
  unitId: string;
  roles: readonly string[];
  unitError?: string;
  rolesError?: string;
  idPrefix: string;
  unitLabel?: string;
}) {
  return (
    <div className="space-y-3">
      <SelectField
        id={`${idPrefix}-don-vi`}
        label={unitLabel}
        name="unitId"
        defaultValue={unitId}
        error={unitError}
        options={[{ value: "", label: "— Chưa chọn đơn vị —" }, ...units.map((unit) => ({ value: String(unit.id), label: unitOptionLabel(unit) }))]}
      />
      <fieldset className="space-y-1" aria-describedby={rolesError ? `${idPrefix}-vai-tro-loi` : undefined}>
        <legend className="text-sm font-semibold">Vai trò trong đơn vị</legend>
        {UNIT_ROLES.map((role) => (
          <CheckboxField key={role} id={`${idPrefix}-${role}`} name="unitRoles" value={role} label={UNIT_ROLE_LABELS[role]} defaultChecked={roles.includes(role)} />
        ))}
        {rolesError && <p id={`${idPrefix}-vai-tro-loi`} className="text-sm text-red-700">{rolesError}</p>}
      </fieldset>
    </div>
  );
}
