import type { Metadata } from "next";
import Link from "next/link";
import { activeUnitOptions, searchUsers } from "@/lib/users/queries";
import { requireAdministrator } from "@/lib/workspace/admin-access";
import { Pagination, queryString } from "@/components/workspace/admin-pagination";
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
        <div className="overflow-x-auto rounded border border-gray-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-gray-100">
              <tr>
                <th scope="col" className="px-3 py-2">Họ và tên</th>
                <th scope="col" className="px-3 py-2">Email</th>
                <th scope="col" className="px-3 py-2">Vai trò</th>
                <th scope="col" className="px-3 py-2">Đơn vị</th>
                <th scope="col" className="px-3 py-2">Trạng thái</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-200">
              {result.users.map((user) => (
                <tr key={user.id} className={user.active ? "" : "text-muted"}>
                  <td className="px-3 py-2">
                    <Link href={`/quan-ly/quan-tri/nguoi-dung/${user.id}`} className="font-semibold underline">{user.name}</Link>
                  </td>
                  <td className="px-3 py-2 break-all">{user.email}</td>
                  <td className="px-3 py-2">{portalRoleList(user) || "—"}</td>
                  <td className="px-3 py-2">
                    {user.memberships.length === 0 ? "—" : (
                      <ul>
                        {user.memberships.map((m) => <li key={`${m.unitId}-${m.role}`}>{membershipLabel(m)}</li>)}
                      </ul>
                    )}
                  </td>
                  <td className="px-3 py-2">{accountStatus(user)}</td>
                </tr>
              ))}
              {result.users.length === 0 && (
                <tr>
                  <td colSpan={5} className="px-3 py-4 text-muted">Không có người dùng nào.</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
        <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => `/quan-ly/quan-tri/nguoi-dung${queryString({ q: query, trang: page })}`} />
      </section>
    </div>
  );
}
