import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "@/lib/db";
import type { PolicyActor, PortalRoleName, UnitRoleName } from "@/lib/policy";
import { authOptions } from "./options";

export type Actor = PolicyActor & {
  email: string;
  name: string;
  mustChangePassword: boolean;
  memberships: { unitId: number; unitName: string; role: UnitRoleName }[];
};

/**
 * The signed-in person, read fresh from the database on every request: a deactivated account, or a
 * token older than the account's session version (password reset, "sign out everywhere"), has no actor
 * even while its cookie is still valid. Cached per request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { uid?: string; sv?: number } | null;
  const id = Number(session?.uid);
  if (!Number.isInteger(id)) return null;
  const user = await db.user.findUnique({
    where: { id },
    include: { memberships: { include: { unit: { select: { name: true, status: true } } } } },
  });
  if (!user || !user.active || user.sessionVersion !== (session?.sv ?? 0)) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    mustChangePassword: user.mustChangePassword,
    portalRoles: user.portalRoles as PortalRoleName[],
    // Memberships in merged or archived units give no rights.
    memberships: user.memberships
      .filter((m) => m.unit.status === "ACTIVE")
      .map((m) => ({ unitId: m.unitId, unitName: m.unit.name, role: m.role as UnitRoleName })),
  };
});
