import type { Metadata } from "next";
import Link from "next/link";
import { activeUnitOptions, searchUsers } from "@/lib/users/queries";
import { requireAdministrator } from "@/lib/workspace/admin-access";
import { Pagination, queryString } from "@/components/workspace/admin-pagination";
import { ResponsiveList, StatusChip } from "@/components/workspace/responsive-list";
import { CreateUserForm } from "./create-user-form";
import { accountStatus, membershipLabel, portalRoleList } from "./labels";

export const metadata: Metadata = { title: "Người dùng" };

type SearchParams = Promise<{ q?: string | string[]; trang?: string | string[] }>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdministrator("admin.users");
  const params = await searchParams;
  const query = first(params.q);
  const [result, units] = await Promise.all([searchUsers({ query, page: Number(first(params.trang)) || 1 }), activeUnitOptions()]);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Người dùng</h1>

      <section aria-labelledby="tao-nguoi-dung" className="rounded border border-gray-200 bg-white p-4">
        <h2 id="tao-nguoi-dung" className="mb-3 text-lg font-bold">Tạo người dùng</h2>
        <CreateUserForm units={units} />
      </section>

      <section aria-labelledby="danh-sach" className="space-y-3">
        <h2 id="danh-sach" className="text-lg font-bold">Danh sách người dùng</h2>
        <form role="search" action="/quan-ly/quan-tri/nguoi-dung" className="flex flex-wrap items-end gap-2">
          <div className="grow">
            <label htmlFor="tim-nguoi-dung" className="block text-sm font-semibold">Tìm kiếm</label>
            <input
              id="tim-nguoi-dung"
              name="q"
              type="search"
              defaultValue={query}
              placeholder="Họ và tên hoặc email"
              className="mt-1 w-full rounded border border-gray-400 bg-white px-3 py-2 focus:outline-2 focus:outline-brand-600"
            />
          </div>
          <button type="submit" className="rounded border border-gray-400 bg-white px-4 py-2 font-semibold hover:bg-gray-100">Tìm kiếm</button>
        </form>
        <p className="text-sm text-muted" role="status">
          {query ? `${result.total} người dùng khớp “${query}”.` : `${result.total} người dùng.`}
        </p>
        <ResponsiveList
          caption="Danh sách người dùng"
          rows={result.users}
          rowKey={(user) => user.id}
          empty="Không có người dùng nào."
          columns={[
            { header: "Họ và tên", card: "title", cell: (user) => <Link href={`/quan-ly/quan-tri/nguoi-dung/${user.id}`} className="font-semibold underline">{user.name}</Link> },
            { header: "Email", card: "plain", className: "break-all", cell: (user) => user.email },
            { header: "Vai trò", cell: (user) => portalRoleList(user) || "—" },
            {
              header: "Đơn vị",
              cell: (user) =>
                user.memberships.length === 0 ? "—" : (
                  <ul className="inline md:block">
                    {user.memberships.map((m) => <li key={`${m.unitId}-${m.role}`} className="md:block">{membershipLabel(m)}</li>)}
                  </ul>
                ),
            },
            { header: "Trạng thái", card: "plain", cell: (user) => <StatusChip tone={!user.active ? "danger" : user.mustChangePassword ? "warning" : "success"}>{accountStatus(user)}</StatusChip> },
          ]}
        />
        <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => `/quan-ly/quan-tri/nguoi-dung${queryString({ q: query, trang: page })}`} />
      </section>
    </div>
  );
}
