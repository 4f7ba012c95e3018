import { redirect } from "next/navigation";
import { getActor, type Actor } from "@/lib/auth/session";
import { can, check, type Action } from "@/lib/policy";

// Who may read the administration pages (Đơn vị, Người dùng, Chuyên mục, Cài đặt, Nhật ký).

type AdminAction = Extract<Action, "admin.users" | "admin.categories" | "admin.settings" | "admin.audit">;

/** The page's reader, who must hold `action`; anyone else goes back to the workspace home. */
export async function requireAdministrator(action: AdminAction): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/dang-nhap");
  if (!check(actor, action).ok) redirect("/quan-ly?khong-co-quyen");
  return actor;
}

/** The unit pages are for administrators; others go back to the workspace home. */
export async function requireUnitAdministrator(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/dang-nhap");
  if (!can(actor, "admin.units")) redirect("/quan-ly?khong-co-quyen");
  return actor;
}
