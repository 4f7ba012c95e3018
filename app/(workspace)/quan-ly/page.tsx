import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ArrowRightIcon } from "@/components/ui/icons";
import { getActor } from "@/lib/auth/session";
import { PORTAL_ROLE_LABELS, UNIT_ROLE_LABELS } from "@/lib/auth/role-labels";
import { dashboardCounts } from "@/lib/workspace/dashboard";

export const metadata: Metadata = { title: "Bàn làm việc" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function WorkspaceHome({ searchParams }: Props) {
  const actor = await getActor();
  if (!actor) redirect("/dang-nhap");
  const [counts, query] = await Promise.all([dashboardCounts(actor), searchParams]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Xin chào, {actor.name}</h1>
      {"khong-co-quyen" in query && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          Bạn không có quyền truy cập trang đó.
        </p>
      )}
      {"da-doi-mat-khau" in query && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          Đã đổi mật khẩu.
        </p>
      )}
      {counts.length > 0 && (
        <section aria-labelledby="viec-can-lam">
          <h2 id="viec-can-lam" className="sr-only">Việc cần làm</h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {counts.map(({ label, count, href }) => (
              <li key={label}>
                <Link href={href} className="group block h-full rounded border border-gray-200 bg-white p-4 hover:border-brand-600 hover:bg-brand-50 focus:outline-2 focus:outline-brand-600">
                  <span className="block text-3xl font-bold text-brand-800">{count}</span>
                  <span className="flex items-center justify-between gap-2 text-sm text-muted group-hover:text-brand-800">
                    {label}
                    <ArrowRightIcon />
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
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
