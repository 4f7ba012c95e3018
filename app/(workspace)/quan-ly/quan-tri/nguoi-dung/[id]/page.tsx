import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getUserForAdmin, activeUnitOptions } from "@/lib/users/queries";
import { formatDateTime } from "@/lib/vietnamese";
import { requireAdministrator } from "@/lib/workspace/admin-access";
import { accountStatus, membershipLabel, portalRoleList } from "../labels";
import { AccountStatusForm, MembershipsForm, PortalRolesForm, RenameUserForm, ResetPasswordForm } from "./user-forms";

export const metadata: Metadata = { title: "Người dùng" };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAdministrator("admin.users");
  const { id } = await params;
  const user = /^\d+$/.test(id) ? await getUserForAdmin(Number(id)) : null;
  if (!user) notFound();
  const units = await activeUnitOptions();
  const history = user.memberships.filter((m) => !m.unitActive);

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/quan-ly/quan-tri/nguoi-dung" className="underline">← Người dùng</Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold">{user.name}</h1>
        <p className="text-sm text-muted">
          {user.email} · {accountStatus(user)} · {user.lastSignInAt ? `Đăng nhập lần cuối ${formatDateTime(user.lastSignInAt)}` : "Chưa đăng nhập lần nào"}
        </p>
        <p className="text-sm">Vai trò: {portalRoleList(user) || "không có vai trò toàn cổng"}</p>
        <p className="text-sm">
          <Link href={`/quan-ly/quan-tri/nhat-ky?nguoi=${encodeURIComponent(user.email)}`} className="underline">Nhật ký thao tác của người này</Link>
        </p>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="ho-ten" className="rounded border border-gray-200 bg-white p-4">
          <h2 id="ho-ten" className="mb-3 text-lg font-bold">Họ và tên</h2>
          <RenameUserForm user={user} />
        </section>

        <section aria-labelledby="vai-tro-toan-cong" className="rounded border border-gray-200 bg-white p-4">
          <h2 id="vai-tro-toan-cong" className="mb-3 text-lg font-bold">Vai trò</h2>
          <PortalRolesForm user={user} />
        </section>

        <section aria-labelledby="don-vi" className="rounded border border-gray-200 bg-white p-4 lg:col-span-2">
          <h2 id="don-vi" className="mb-3 text-lg font-bold">Đơn vị</h2>
          <MembershipsForm user={user} units={units} />
          {history.length > 0 && (
            <div className="mt-4 text-sm text-muted">
              <p className="font-semibold">Đơn vị đã sáp nhập hoặc lưu trữ (không còn quyền):</p>
              <ul className="list-disc pl-6">
                {history.map((m) => <li key={`${m.unitId}-${m.role}`}>{membershipLabel(m)}</li>)}
              </ul>
            </div>
          )}
        </section>

        <section aria-labelledby="tai-khoan" className="rounded border border-gray-200 bg-white p-4">
          <h2 id="tai-khoan" className="mb-3 text-lg font-bold">Khóa tài khoản / Mở khóa</h2>
          <AccountStatusForm user={user} isSelf={user.id === actor.id} />
        </section>

        <section aria-labelledby="mat-khau" className="rounded border border-gray-200 bg-white p-4">
          <h2 id="mat-khau" className="mb-3 text-lg font-bold">Đặt lại mật khẩu</h2>
          <ResetPasswordForm user={user} />
        </section>
      </div>
    </div>
  );
}
