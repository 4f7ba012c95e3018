import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import type { PolicyActor, PortalRoleName, UnitRoleName } from "@/lib/policy";

export type Actor = Omit<PolicyActor, "memberships"> & {
  email: string;
  name: string;
  mustChangePassword: boolean;
  memberships: { unitId: number; unitName: string; role: UnitRoleName }[];
};

/** The session token next-auth set at sign-in (a signed, encrypted JWT in a cookie), decoded. */
async function readSessionToken(): Promise<{ uid?: string; sv?: number } | null> {
  const jar = await cookies();
  const request = { cookies: Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])), headers: {} };
  return (await getToken({ req: request as never, secret: process.env.NEXTAUTH_SECRET })) as { uid?: string; sv?: number } | null;
}

/**
 * The signed-in person, read fresh from the database on every request: a deactivated account, or a
 * token older than the account's session version (password reset, "sign out everywhere"), has no actor
 * even while its cookie is still valid. Cached per request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const token = await readSessionToken();
  const id = Number(token?.uid);
  if (!Number.isInteger(id)) return null;
  const user = await db.user.findUnique({
    where: { id },
    include: { memberships: { include: { unit: { select: { name: true, status: true } } } } },
  });
  if (!user || !user.active || user.sessionVersion !== (token?.sv ?? 0)) return null;
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

/** The actor allowed to work: signed in and not still holding a temporary password. */
export async function getWorkingActor(): Promise<Actor | null> {
  const actor = await getActor();
  return actor && !actor.mustChangePassword ? actor : null;
}
