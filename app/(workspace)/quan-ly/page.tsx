import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { PORTAL_ROLE_LABELS, UNIT_ROLE_LABELS } from "@/lib/auth/role-labels";

export const metadata: Metadata = { title: "Bàn làm việc" };

export default async function WorkspaceHome() {
  const actor = await getActor();
  if (!actor) redirect("/dang-nhap");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Xin chào, {actor.name}</h1>
      <section aria-labelledby="vai-tro" className="rounded border border-gray-200 bg-white p-4">
        <h2 id="vai-tro" className="font-bold">Vai trò của bạn</h2>
        <ul className="mt-2 list-disc pl-6 text-sm">
          {actor.portalRoles.map((role) => (
            <li key={role}>{PORTAL_ROLE_LABELS[role] ?? role} (toàn cổng thông tin)</li>
          ))}
          {actor.memberships.map((m) => (
            <li key={`${m.unitId}-${m.role}`}>{UNIT_ROLE_LABELS[m.role] ?? m.role} — {m.unitName}</li>
          ))}
          {actor.portalRoles.length === 0 && actor.memberships.length === 0 && <li>Chưa được phân vai trò nào.</li>}
        </ul>
      </section>
    </div>
  );
}
