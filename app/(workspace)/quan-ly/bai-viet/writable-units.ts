import type { Actor } from "@/lib/auth/session";
import { unitsWithRole } from "@/lib/policy";

/** The units this person may write for, each once, by name: for Viết bài mới and Nhập từ Word. */
export function writableUnits(actor: Actor): { id: number; name: string }[] {
  const allowed = new Set(unitsWithRole(actor, ["AUTHOR", "APPROVER"]));
  return [...new Map(actor.memberships.filter((m) => allowed.has(m.unitId)).map((m) => [m.unitId, m.unitName])).entries()].map(([id, name]) => ({ id, name }));
}
