import type { Metadata } from "next";
import Link from "next/link";
import { approvalLevelsLabel, UNIT_STATUS_LABELS, UNIT_TYPE_LABELS } from "@/lib/units/labels";
import { listUnitTree, type UnitTreeNode } from "@/lib/units/queries";
import { formatDate } from "@/lib/vietnamese";
import { requireUnitAdministrator } from "@/lib/workspace/admin-access";

export const metadata: Metadata = { title: "Quản trị đơn vị" };

const STATUS_STYLE = {
  ACTIVE: "bg-green-50 text-green-900 border-green-300",
  MERGED: "bg-amber-50 text-amber-900 border-amber-300",
  ARCHIVED: "bg-gray-100 text-gray-800 border-gray-300",
} as const;

export default async function UnitsPage() {
  await requireUnitAdministrator();
  const tree = await listUnitTree();
  const childrenOf = new Map<number | null, UnitTreeNode[]>();
  for (const unit of tree) {
    const key = unit.depth === 0 ? null : unit.parentId;
    childrenOf.set(key, [...(childrenOf.get(key) ?? []), unit]);
  }

  const branch = (parentId: number | null) => {
    const units = childrenOf.get(parentId) ?? [];
    if (units.length === 0) return null;
    return (
      <ul className={parentId === null ? "divide-y divide-gray-200" : "mt-2 space-y-2 border-l-2 border-gray-200 pl-4 sm:pl-6"}>
        {units.map((unit) => (
          <li key={unit.id} className={parentId === null ? "py-3" : ""}>
            <UnitRow unit={unit} />
            {branch(unit.id)}
          </li>
        ))}
      </ul>
    );
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Đơn vị</h1>
        <Link href="/quan-ly/quan-tri/don-vi/them-moi" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Thêm đơn vị
        </Link>
      </div>
      <p className="text-sm text-muted">
        {tree.length} đơn vị. Sở Tư pháp, sở/ban/ngành và xã/phường trực thuộc tỉnh; huyện đã bỏ được giữ lại cùng lịch sử của mình. Sắp xếp nhiều
        đơn vị cùng lúc bằng{" "}
        <Link href="/quan-ly/quan-tri/sap-xep-don-vi" className="underline">
          Kế hoạch sắp xếp đơn vị
        </Link>
        .
      </p>
      <section aria-label="Cây đơn vị" className="rounded border border-gray-200 bg-white px-4">
        {tree.length === 0 ? <p className="py-4 text-muted">Chưa có đơn vị nào.</p> : branch(null)}
      </section>
    </div>
  );
}

function UnitRow({ unit }: { unit: UnitTreeNode }) {
  return (
    <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
      <Link href={`/quan-ly/quan-tri/don-vi/${unit.id}`} className="font-semibold text-brand-800 underline-offset-2 hover:underline">
        {unit.name}
      </Link>
      <span className="text-sm text-muted">{UNIT_TYPE_LABELS[unit.type]}</span>
      <span className={`rounded border px-2 text-xs ${STATUS_STYLE[unit.status]}`}>
        {UNIT_STATUS_LABELS[unit.status]}
        {unit.status === "MERGED" && unit.successor && ` vào ${unit.successor.name}`}
        {unit.status === "MERGED" && unit.mergedAt && ` ngày ${formatDate(unit.mergedAt)}`}
      </span>
      {unit.status !== "MERGED" && (
        <span className="text-xs text-muted">
          {approvalLevelsLabel(unit.approvalLevels)}
          {unit.allowSelfApproval && " · cho phép tự duyệt"}
        </span>
      )}
      <span className="text-xs text-muted">
        {unit.counts.children} đơn vị trực thuộc · {unit.counts.articles} bài viết · {unit.counts.members} thành viên
      </span>
      {unit.type === "DISTRICT" && unit.status === "ACTIVE" && (
        <Link href={`/quan-ly/quan-tri/don-vi/them-moi?cap-tren=${unit.id}`} className="text-xs underline">
          Thêm xã/phường/thị trấn<span className="sr-only"> thuộc {unit.name}</span>
        </Link>
      )}
    </div>
  );
}
