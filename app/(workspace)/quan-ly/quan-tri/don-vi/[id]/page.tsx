import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { approvalLevelsLabel, UNIT_STATUS_LABELS, UNIT_TYPE_LABELS } from "@/lib/units/labels";
import { descendantIds, listUnitTree } from "@/lib/units/queries";
import { formatDateTime } from "@/lib/vietnamese";
import { requireUnitAdministrator } from "@/lib/workspace/admin-access";
import { parentOptions, successorOptions } from "../unit-options";
import { ApprovalForm, ArchiveForm, ContactsForm, MergeForm, MoveForm, RenameForm, RestoreForm } from "./unit-forms";

export const metadata: Metadata = { title: "Sửa đơn vị" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function UnitPage({ params, searchParams }: Props) {
  await requireUnitAdministrator();
  const [{ id }, query, tree] = await Promise.all([params, searchParams, listUnitTree()]);
  const unit = /^\d+$/.test(id) ? tree.find((u) => u.id === Number(id)) : undefined;
  if (!unit) notFound();
  const parent = tree.find((u) => u.id === unit.parentId);
  const below = descendantIds(tree, unit.id);
  const section = "space-y-3 rounded border border-gray-200 bg-white p-4";

  return (
    <div className="max-w-2xl space-y-6">
      <p className="text-sm">
        <Link href="/quan-ly/quan-tri/don-vi" className="underline">Đơn vị</Link> › {unit.name}
      </p>
      <h1 className="text-2xl font-bold">{unit.name}</h1>
      {"da-them" in query && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">Đã thêm đơn vị.</p>
      )}

      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded border border-gray-200 bg-white p-4 text-sm">
        <dt className="font-semibold">Loại đơn vị</dt>
        <dd>{UNIT_TYPE_LABELS[unit.type]}</dd>
        <dt className="font-semibold">Trạng thái</dt>
        <dd>
          {UNIT_STATUS_LABELS[unit.status]}
          {unit.archivedAt && unit.status === "ARCHIVED" && ` từ ${formatDateTime(unit.archivedAt)}`}
        </dd>
        <dt className="font-semibold">Đơn vị cấp trên</dt>
        <dd>{parent ? <Link href={`/quan-ly/quan-tri/don-vi/${parent.id}`} className="underline">{parent.name}</Link> : "Không có (đơn vị cấp tỉnh)"}</dd>
        <dt className="font-semibold">Địa chỉ trang</dt>
        <dd className="font-mono">{unit.slug}</dd>
        <dt className="font-semibold">Số cấp duyệt</dt>
        <dd>
          {approvalLevelsLabel(unit.approvalLevels)}
          {unit.allowSelfApproval && ", cho phép tự duyệt"}
        </dd>
        <dt className="font-semibold">Số liệu</dt>
        <dd>
          {unit.counts.children} đơn vị trực thuộc · {unit.counts.articles} bài viết · {unit.counts.members} thành viên
        </dd>
      </dl>

      {unit.status === "MERGED" ? (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          Đơn vị đã được sáp nhập
          {unit.successor && (
            <>
              {" "}vào <Link href={`/quan-ly/quan-tri/don-vi/${unit.successor.id}`} className="font-semibold underline">{unit.successor.name}</Link>
            </>
          )}
          {unit.mergedAt && ` lúc ${formatDateTime(unit.mergedAt)}`}. Bài viết của đơn vị nay thuộc đơn vị nhận sáp nhập và vẫn ghi tên đơn vị đã viết;
          địa chỉ trang cũ chuyển về trang của đơn vị đó.
        </p>
      ) : (
        <>
          <section aria-labelledby="doi-ten" className={section}>
            <h2 id="doi-ten" className="text-lg font-bold">Đổi tên</h2>
            <RenameForm unit={{ id: unit.id, name: unit.name, slug: unit.slug }} />
          </section>

          <section aria-labelledby="chuyen-don-vi" className={section}>
            <h2 id="chuyen-don-vi" className="text-lg font-bold">Chuyển đơn vị cấp trên</h2>
            {unit.type === "COMMUNE" ? (
              <MoveForm unit={{ id: unit.id, parentId: unit.parentId }} parents={parentOptions(tree, below)} />
            ) : (
              <p className="text-sm text-muted">Đơn vị cấp tỉnh không có đơn vị cấp trên.</p>
            )}
          </section>

          <section aria-labelledby="cap-duyet" className={section}>
            <h2 id="cap-duyet" className="text-lg font-bold">Cấp duyệt</h2>
            <ApprovalForm unit={{ id: unit.id, approvalLevels: unit.approvalLevels, allowSelfApproval: unit.allowSelfApproval }} />
          </section>

          <section aria-labelledby="lien-he" className={section}>
            <h2 id="lien-he" className="text-lg font-bold">Liên hệ</h2>
            <ContactsForm unit={{ id: unit.id, ...unit.contacts }} />
          </section>

          {unit.status === "ACTIVE" && unit.type !== "PROVINCIAL_JUSTICE" && (
            <section aria-labelledby="sap-nhap" className={section}>
              <h2 id="sap-nhap" className="text-lg font-bold">Sáp nhập</h2>
              <MergeForm unitId={unit.id} successors={successorOptions(tree, unit, below)} />
            </section>
          )}

          {unit.type !== "PROVINCIAL_JUSTICE" && (
            <section aria-labelledby="luu-tru" className={section}>
              <h2 id="luu-tru" className="text-lg font-bold">{unit.status === "ARCHIVED" ? "Khôi phục" : "Lưu trữ"}</h2>
              {unit.status === "ARCHIVED" ? (
                <RestoreForm unitId={unit.id} />
              ) : (
                <ArchiveForm unitId={unit.id} activeChildren={unit.counts.activeChildren} />
              )}
            </section>
          )}
        </>
      )}
    </div>
  );
}
