import { redirect } from "next/navigation";
import { getActor, type Actor } from "@/lib/auth/session";
import { check, type Action, type PolicyActor } from "@/lib/policy";

// Shared by the administration pages Người dùng, Chuyên mục, Cài đặt and Nhật ký.

type AdminAction = Extract<Action, "admin.users" | "admin.categories" | "admin.settings" | "admin.audit">;

/** The page's reader, who must hold `action`; anyone else goes back to the workspace home. */
export async function requireAdministrator(action: AdminAction): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/dang-nhap");
  if (!check(actor, action).ok) redirect("/quan-ly?khong-co-quyen");
  return actor;
}

/**
 * The actor of a server action. Actions are not behind the workspace layout, so someone still holding
 * a temporary password is treated as nobody here until they have changed it.
 */
export async function actingPerson(): Promise<PolicyActor | null> {
  const actor = await getActor();
  return actor && !actor.mustChangePassword ? actor : null;
}
