import { z } from "zod";
import { normalizeEmail } from "@/lib/auth/credentials";
import type { Prisma } from "@/generated/prisma/client";
import type { PortalRoleName } from "@/lib/policy";
import { PORTAL_ROLES, UNIT_ROLES } from "./roles";

// The pieces every user administration use case validates the same way, with the messages the
// administrator sees.

export { PORTAL_ROLES, UNIT_ROLES };

export const USER_NOT_FOUND = "Không tìm thấy người dùng.";
export const INACTIVE_UNIT = "Chỉ có thể phân vai trò trong đơn vị đang hoạt động.";
export const LAST_ADMINISTRATOR_DEACTIVATE = "Không thể khóa tài khoản của quản trị viên cuối cùng đang hoạt động.";
export const LAST_ADMINISTRATOR_DEMOTE = "Không thể bỏ vai trò Quản trị của quản trị viên cuối cùng đang hoạt động.";

export const userIdField = z.coerce
  .number({ message: USER_NOT_FOUND })
  .int({ message: USER_NOT_FOUND })
  .positive({ message: USER_NOT_FOUND });

export const emailField = z
  .string({ message: "Vui lòng nhập email." })
  .transform(normalizeEmail)
  .pipe(z.string().min(1, "Vui lòng nhập email.").max(254, "Email quá dài.").pipe(z.email("Email không hợp lệ.")));

export const nameField = z
  .string({ message: "Vui lòng nhập họ và tên." })
  .transform((name) => name.normalize("NFC").trim().replace(/\s+/g, " "))
  .pipe(z.string().min(1, "Vui lòng nhập họ và tên.").max(120, "Họ và tên dài tối đa 120 ký tự."));

export const portalRolesField = z.array(z.enum(PORTAL_ROLES, { message: "Vai trò không hợp lệ." }), { message: "Vai trò không hợp lệ." });

export const membershipsField = z.array(
  z.object({
    unitId: z.coerce.number({ message: "Vui lòng chọn đơn vị." }).int({ message: "Vui lòng chọn đơn vị." }).positive({ message: "Vui lòng chọn đơn vị." }),
    role: z.enum(UNIT_ROLES, { message: "Vai trò không hợp lệ." }),
  }),
  { message: "Vai trò trong đơn vị không hợp lệ." },
);

export type MembershipInput = z.infer<typeof membershipsField>[number];

/** The same list without repeats, in a stable order (for storing and for audit entries). */
export function distinctMemberships(memberships: readonly MembershipInput[]): MembershipInput[] {
  const seen = new Map<string, MembershipInput>();
  for (const m of memberships) seen.set(`${m.unitId}:${m.role}`, { unitId: m.unitId, role: m.role });
  return [...seen.values()].sort((a, b) => a.unitId - b.unitId || a.role.localeCompare(b.role));
}

/** The roles without repeats, in the order of PORTAL_ROLES. */
export function distinctPortalRoles(roles: readonly PortalRoleName[]): PortalRoleName[] {
  return PORTAL_ROLES.filter((role) => roles.includes(role));
}

/** True when every unit named exists and is ACTIVE (merged and archived units take no new members). */
export async function allUnitsActive(tx: Prisma.TransactionClient, unitIds: readonly number[]): Promise<boolean> {
  const ids = [...new Set(unitIds)];
  if (ids.length === 0) return true;
  const active = await tx.unit.count({ where: { id: { in: ids }, status: "ACTIVE" } });
  return active === ids.length;
}

/**
 * Serialises every change that could leave the portal without an active administrator, then says
 * whether `userId` is the only one left. Two administrators removing each other at once cannot both win.
 */
export async function isLastActiveAdministrator(tx: Prisma.TransactionClient, userId: number): Promise<boolean> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('portal-administrators'))`;
  const administrators = await tx.user.findMany({
    where: { active: true, portalRoles: { has: "ADMINISTRATOR" } },
    select: { id: true },
    take: 2,
  });
  return administrators.length === 1 && administrators[0].id === userId;
}
