import type { Metadata } from "next";
import { auditActionLabel } from "@/lib/audit-log/labels";
import { auditActionOptions, listAuditEntries } from "@/lib/audit-log/queries";
import { formatDateTime, parseVietnamDay } from "@/lib/vietnamese";
import { requireAdministrator } from "@/lib/workspace/admin-access";
import { DateField } from "@/components/ui/date-input";
import { Pagination, queryString } from "@/components/workspace/admin-pagination";
import { ResponsiveList } from "@/components/workspace/responsive-list";

export const metadata: Metadata = { title: "Nhật ký" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => ((Array.isArray(value) ? value[0] : value) ?? "").trim();

const inputClass = "mt-1 w-full rounded border border-gray-400 bg-white px-3 py-2 focus:outline-2 focus:outline-brand-600";

/** The change in plain sentences, one per line. */
function Change({ sentences }: { sentences: string[] }) {
  if (sentences.length === 0) return <span className="text-muted">—</span>;
  return (
    <ul className="space-y-0.5">
      {sentences.map((sentence, i) => <li key={i}>{sentence}</li>)}
    </ul>
  );
}

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdministrator("admin.audit");
  const params = await searchParams;
  const filters = { actor: first(params.nguoi), action: first(params["thao-tac"]), from: first(params.tu), to: first(params.den) };
  const badDays = [filters.from, filters.to].flatMap((day) => {
    const parsed = day ? parseVietnamDay(day) : null;
    return parsed && !parsed.ok ? [parsed.error] : [];
  });
  const [result, actions] = await Promise.all([listAuditEntries({ ...filters, page: Number(first(params.trang)) || 1 }), auditActionOptions()]);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Nhật ký</h1>
      <p className="text-sm text-muted">Mọi thay đổi trong khu vực quản trị và quy trình bài viết được ghi lại tại đây và không thể sửa hay xóa.</p>

      <form action="/quan-ly/quan-tri/nhat-ky" className="grid gap-3 rounded border border-gray-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-start">
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
        <DateField id="loc-tu" label="Từ ngày" name="tu" defaultValue={filters.from} />
        <DateField id="loc-den" label="Đến ngày" name="den" defaultValue={filters.to} />
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 lg:mt-6 lg:self-start">Lọc</button>
      </form>
      {badDays.length > 0 && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">Ngày không hợp lệ đã được bỏ qua: {badDays.join(" ")}</p>
      )}

      <p role="status" className="text-sm text-muted">{result.total} mục. Giờ Việt Nam (GMT+7).</p>
      <ResponsiveList
        caption="Nhật ký thay đổi"
        rows={result.entries}
        rowKey={(entry) => entry.id}
        empty="Không có mục nào."
        columns={[
          { header: "Thao tác", card: "title", cell: (entry) => auditActionLabel(entry.action) },
          { header: "Thời gian", card: "plain", className: "text-muted md:whitespace-nowrap md:text-inherit", cell: (entry) => formatDateTime(entry.createdAt) },
          {
            header: "Người thực hiện",
            cell: (entry) =>
              entry.actor ? (
                <>
                  {entry.actor.name}
                  <span className="block break-all text-xs text-muted">{entry.actor.email}</span>
                </>
              ) : (
                <span className="text-muted">Hệ thống</span>
              ),
          },
          { header: "Đối tượng", cell: (entry) => entry.targetLabel },
          { header: "Thay đổi", card: "plain", className: "w-full md:w-auto md:max-w-md", cell: (entry) => <Change sentences={entry.sentences} /> },
        ]}
      />
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(page) => `/quan-ly/quan-tri/nhat-ky${queryString({ nguoi: filters.actor, "thao-tac": filters.action, tu: filters.from, den: filters.to, trang: page })}`}
      />
    </div>
  );
}
