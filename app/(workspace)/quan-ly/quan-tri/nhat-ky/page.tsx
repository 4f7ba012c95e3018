import type { Metadata } from "next";
import { auditActionLabel } from "@/lib/audit-log/labels";
import { auditActionOptions, listAuditEntries, startOfVietnamDay } from "@/lib/audit-log/queries";
import { formatDateTime } from "@/lib/vietnamese";
import { requireAdministrator } from "@/lib/workspace/admin-access";
import { Pagination, queryString } from "@/components/workspace/admin-pagination";

export const metadata: Metadata = { title: "Nhật ký" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => ((Array.isArray(value) ? value[0] : value) ?? "").trim();

const inputClass = "mt-1 w-full rounded border border-gray-400 bg-white px-3 py-2 focus:outline-2 focus:outline-brand-600";

/** The change as one line of JSON; long ones fold away behind their beginning. */
function Change({ value }: { value: unknown }) {
  const text = JSON.stringify(value ?? {});
  if (text === "{}") return <span className="text-muted">—</span>;
  if (text.length <= 160) return <code className="break-all text-xs">{text}</code>;
  return (
    <details>
      <summary className="cursor-pointer break-all text-xs"><code>{text.slice(0, 120)}…</code></summary>
      <code className="mt-1 block break-all text-xs">{text}</code>
    </details>
  );
}

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdministrator("admin.audit");
  const params = await searchParams;
  const filters = { actor: first(params.nguoi), action: first(params["thao-tac"]), from: first(params.tu), to: first(params.den) };
  const badDays = [filters.from, filters.to].filter((day) => day && !startOfVietnamDay(day));
  const [result, actions] = await Promise.all([listAuditEntries({ ...filters, page: Number(first(params.trang)) || 1 }), auditActionOptions()]);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Nhật ký</h1>
      <p className="text-sm text-muted">Mọi thay đổi trong khu vực quản trị và quy trình bài viết được ghi lại tại đây và không thể sửa hay xóa.</p>

      <form action="/quan-ly/quan-tri/nhat-ky" className="grid gap-3 rounded border border-gray-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
        <div>
          <label htmlFor="loc-nguoi" className="block text-sm font-semibold">Người thực hiện</label>
          <input id="loc-nguoi" name="nguoi" type="search" defaultValue={filters.actor} placeholder="Họ và tên hoặc email" className={inputClass} />
        </div>
        <div>
          <label htmlFor="loc-thao-tac" className="block text-sm font-semibold">Thao tác</label>
          <select id="loc-thao-tac" name="thao-tac" defaultValue={filters.action} className={inputClass}>
            <option value="">Tất cả</option>
            {actions.map((action) => <option key={action.value} value={action.value}>{action.label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="loc-tu" className="block text-sm font-semibold">Từ ngày</label>
          <input id="loc-tu" name="tu" type="date" defaultValue={filters.from} className={inputClass} />
        </div>
        <div>
          <label htmlFor="loc-den" className="block text-sm font-semibold">Đến ngày</label>
          <input id="loc-den" name="den" type="date" defaultValue={filters.to} className={inputClass} />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Lọc</button>
      </form>
      {badDays.length > 0 && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">Ngày không hợp lệ đã được bỏ qua: {badDays.join(", ")}.</p>
      )}

      <p role="status" className="text-sm text-muted">{result.total} mục. Giờ Việt Nam (GMT+7).</p>
      <div className="overflow-x-auto rounded border border-gray-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-gray-100">
            <tr>
              <th scope="col" className="px-3 py-2 whitespace-nowrap">Thời gian</th>
              <th scope="col" className="px-3 py-2">Người thực hiện</th>
              <th scope="col" className="px-3 py-2">Thao tác</th>
              <th scope="col" className="px-3 py-2">Đối tượng</th>
              <th scope="col" className="px-3 py-2">Thay đổi</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-200 align-top">
            {result.entries.map((entry) => (
              <tr key={entry.id}>
                <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(entry.createdAt)}</td>
                <td className="px-3 py-2">
                  {entry.actor ? (
                    <>
                      {entry.actor.name}
                      <span className="block break-all text-xs text-muted">{entry.actor.email}</span>
                    </>
                  ) : (
                    <span className="text-muted">Hệ thống</span>
                  )}
                </td>
                <td className="px-3 py-2">{auditActionLabel(entry.action)}</td>
                <td className="px-3 py-2">{entry.targetLabel}</td>
                <td className="px-3 py-2 max-w-md"><Change value={entry.change} /></td>
              </tr>
            ))}
            {result.entries.length === 0 && (
              <tr>
                <td colSpan={5} className="px-3 py-4 text-muted">Không có mục nào.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(page) => `/quan-ly/quan-tri/nhat-ky${queryString({ nguoi: filters.actor, "thao-tac": filters.action, tu: filters.from, den: filters.to, trang: page })}`}
      />
    </div>
  );
}
