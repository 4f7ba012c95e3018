import { PORTAL_ROLE_LABELS, UNIT_ROLE_LABELS } from "@/lib/auth/role-labels";
import type { UserRow } from "@/lib/users/queries";

export function accountStatus(user: Pick<UserRow, "active" | "mustChangePassword">): string {
  if (!user.active) return "Đã khóa";
  return user.mustChangePassword ? "Chờ đổi mật khẩu tạm thời" : "Đang hoạt động";
}

export function portalRoleList(user: Pick<UserRow, "portalRoles">): string {
  return user.portalRoles.map((role) => PORTAL_ROLE_LABELS[role] ?? role).join(", ");
}

export function membershipLabel(m: UserRow["memberships"][number]): string {
  return `${UNIT_ROLE_LABELS[m.role] ?? m.role} — ${m.unitName}${m.unitActive ? "" : " (đơn vị không còn hoạt động)"}`;
}
