import { redirect } from "next/navigation";
import { getActor, type Actor } from "@/lib/auth/session";
import { can } from "@/lib/policy";

/** The pages of this section are for administrators; others go back to the workspace home. */
export async function requireUnitAdministrator(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/dang-nhap");
  if (!can(actor, "admin.units")) redirect("/quan-ly?khong-co-quyen");
  return actor;
}
