import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import { authOptions } from "./options";

export type Actor = {
  id: number;
  email: string;
  name: string;
  portalRoles: string[];
  memberships: { unitId: number; unitName: string; role: string }[];
};

/**
 * The signed-in person, read fresh from the database on every request: a deactivated or deleted
 * account has no actor even while its session cookie is still valid.
 */
export async function getActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const id = Number((session?.user as { id?: string } | undefined)?.id);
  if (!Number.isInteger(id)) return null;
  const user = await db.user.findUnique({
    where: { id },
    include: { memberships: { include: { unit: { select: { name: true } } } } },
  });
  if (!user || !user.active) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    portalRoles: user.portalRoles,
    memberships: user.memberships.map((m) => ({ unitId: m.unitId, unitName: m.unit.name, role: m.role })),
  };
}
