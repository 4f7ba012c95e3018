import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { previewRows, type ReceiverPreview } from "@/lib/reorganisation/preview-plan";
import { rowsToTable } from "@/lib/reorganisation/plan-rows";
import { getPlan, PLAN_STATUS_LABELS, planUnitOptions, type PlanRecord } from "@/lib/reorganisation/queries";
import { approvalLevelsLabel, UNIT_TYPE_LABELS } from "@/lib/units/labels";
import { formatDateTime, toIsoInVietnam } from "@/lib/vietnamese";
import { requireUnitAdministrator } from "@/lib/workspace/admin-access";
import { AddLineForm, ApplyPlanForm, CancelScheduleForm, EditPlanForm, RemoveLineForm, SchedulePlanForm } from "../plan-forms";

export const metadata: Metadata = { title: "Kế hoạch sắp xếp đơn vị" };

const ROLE_LABELS: Record<string, string> = { AUTHOR: "Người viết", APPROVER: "Người duyệt", COMMENT_MODERATOR: "Kiểm duyệt bình luận" };

const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUnitAdministrator();
  const id = Number((await params).id);
  const plan = Number.isInteger(id) && id > 0 ? await getPlan(id) : null;
  if (!plan) notFound();
  const draft = plan.status === "DRAFT";

  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm">
          <Link href="/quan-ly/quan-tri/sap-xep-don-vi" className="text-brand-700 underline">
            Kế hoạch sắp xếp đơn vị
          </Link>
        </p>
        <h1 className="mt-1 break-words text-2xl font-bold">{plan.title}</h1>
        <p className="mt-1 text-sm text-muted">
          {PLAN_STATUS_LABELS[plan.status]} · {plan.rows.length} dòng · tạo {formatDateTime(plan.createdAt)}
          {plan.createdBy && ` bởi ${plan.createdBy}`}
        </p>
      </div>
      {plan.status === "APPLIED" ? <Applied plan={plan} /> : <Pending plan={plan} />}
      {/* Open while the plan is built on screen, so each line added or removed is seen. */}
      <details id="cac-dong" open={draft && plan.rows.length <= 100} className="rounded border border-gray-200 bg-white p-4">
        <summary className="cursor-pointer font-semibold">Các dòng của kế hoạch ({plan.rows.length})</summary>
        <div className="mt-3 overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col" className="p-1">Dòng</th>
                <th scope="col" className="p-1">Đơn vị cũ</th>
                <th scope="col" className="p-1">Đơn vị mới</th>
                <th scope="col" className="p-1">Loại</th>
                <th scope="col" className="p-1">Cấp trên</th>
                {draft && (
                  <th scope="col" className="p-1">
                    <span className="sr-only">Xóa dòng</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {plan.rows.map((row) => (
                <tr key={row.line} className="border-t border-gray-100">
                  <td className="p-1">{row.line}</td>
                  <td className="p-1">{row.from}</td>
                  <td className="p-1">{row.to}</td>
                  <td className="p-1">{row.type}</td>
                  <td className="p-1">{row.parent}</td>
                  {draft && (
                    <td className="p-1">
                      <RemoveLineForm planId={plan.id} line={row.line} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}

async function Pending({ plan }: { plan: PlanRecord }) {
  const preview = await previewRows(db, plan.rows);
  const text = rowsToTable(plan.rows).map((row) => row.map(csvCell).join(",")).join("\n");
  return (
    <>
      {plan.result?.refused && (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm whitespace-pre-line">
          Lần hẹn giờ trước không áp dụng được: {plan.result.refused}
        </p>
      )}
      {preview.problems.length > 0 ? (
        <section aria-labelledby="van-de" className="rounded border border-red-300 bg-red-50 p-4 text-red-900">
          <h2 id="van-de" className="text-lg font-bold">
            Kế hoạch còn {preview.problems.length} vấn đề
          </h2>
          <p className="text-sm">Sửa các dòng dưới đây rồi lưu lại; kế hoạch chỉ áp dụng được khi không còn vấn đề nào.</p>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm break-words">
            {preview.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </section>
      ) : (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          Kế hoạch hợp lệ: {preview.receivers.length} đơn vị nhận, {preview.plan.merges.length} đơn vị được sáp nhập, {preview.renames.length} đổi tên,{" "}
          {preview.moves.length} chuyển cấp trên{preview.founded.length > 0 && `, ${preview.founded.length} thành lập mới`}.
        </p>
      )}

      <section aria-labelledby="xem-truoc" className="space-y-4">
        <h2 id="xem-truoc" className="text-lg font-bold">
          Xem trước
        </h2>
        {preview.receivers.length === 0 && preview.renames.length === 0 && preview.moves.length === 0 && preview.founded.length === 0 && (
          <p className="text-muted">Kế hoạch chưa thay đổi đơn vị nào.</p>
        )}
        <ul className="grid gap-4 lg:grid-cols-2">
          {preview.receivers.map((receiver) => (
            <Receiver key={receiver.id ?? `moi-${receiver.newKey}`} receiver={receiver} />
          ))}
        </ul>
        {preview.founded.length > 0 && (
          <div>
            <h3 className="font-semibold">Thành lập mới (chưa có bài viết, người dùng)</h3>
            <ul className="mt-1 list-disc pl-5 text-sm">
              {preview.founded.map((unit) => (
                <li key={unit.newKey} className="break-words">
                  {unit.name} — {UNIT_TYPE_LABELS[unit.type]}, {unit.parentName ? `thuộc ${unit.parentName}` : "trực thuộc tỉnh"}
                </li>
              ))}
            </ul>
          </div>
        )}
        {preview.renames.length > 0 && (
          <div>
            <h3 className="font-semibold">Đổi tên (giữ địa chỉ trang)</h3>
            <ul className="mt-1 list-disc pl-5 text-sm">
              {preview.renames.map((rename) => (
                <li key={rename.id}>
                  {rename.from} → {rename.to}
                </li>
              ))}
            </ul>
          </div>
        )}
        {preview.moves.length > 0 && (
          <div>
            <h3 className="font-semibold">Chuyển đơn vị cấp trên</h3>
            <ul className="mt-1 list-disc pl-5 text-sm">
              {preview.moves.map((move) => (
                <li key={move.id}>
                  {move.name}: {move.from ?? "trực thuộc tỉnh"} → {move.to ?? "trực thuộc tỉnh"}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      {preview.problems.length === 0 && (
        <section aria-labelledby="ap-dung" className="space-y-4 rounded border border-gray-200 bg-white p-4">
          <h2 id="ap-dung" className="text-lg font-bold">
            Áp dụng
          </h2>
          {plan.status === "SCHEDULED" && plan.effectiveAt && (
            <>
              <p role="status">Kế hoạch sẽ được áp dụng lúc {formatDateTime(plan.effectiveAt)}.</p>
              <CancelScheduleForm planId={plan.id} />
            </>
          )}
          <p className="text-sm text-muted">Mọi thay đổi được thực hiện cùng lúc; nếu có lỗi, không có gì thay đổi.</p>
          <ApplyPlanForm planId={plan.id} receivers={preview.receivers.length} />
          {plan.status === "DRAFT" && <SchedulePlanForm planId={plan.id} />}
        </section>
      )}

      {plan.status === "DRAFT" && (
        <section aria-labelledby="them-dong" className="space-y-3 rounded border border-gray-200 bg-white p-4">
          <h2 id="them-dong" className="text-lg font-bold">
            Thêm dòng
          </h2>
          {/* A fresh form after each line: the key changes with the number of lines. */}
          <AddLineForm key={plan.rows.length} planId={plan.id} units={await planUnitOptions()} />
        </section>
      )}

      {plan.status === "DRAFT" && (
        <section aria-labelledby="sua-ke-hoach" className="space-y-3 rounded border border-gray-200 bg-white p-4">
          <h2 id="sua-ke-hoach" className="text-lg font-bold">
            Sửa kế hoạch
          </h2>
          <EditPlanForm plan={{ id: plan.id, title: plan.title, text }} />
        </section>
      )}
    </>
  );
}

function Receiver({ receiver }: { receiver: ReceiverPreview }) {
  const people = new Map<number, { name: string; email: string; roles: Set<string> }>();
  for (const member of receiver.members) {
    const person = people.get(member.userId) ?? { name: member.name, email: member.email, roles: new Set<string>() };
    person.roles.add(ROLE_LABELS[member.role] ?? member.role);
    people.set(member.userId, person);
  }
  const headingId = `nhan-${receiver.id ?? `moi-${receiver.newKey}`}`;
  return (
    <li className="min-w-0 rounded border border-gray-200 bg-white p-4" aria-labelledby={headingId}>
      <h3 id={headingId} className="break-words font-bold text-brand-800">
        {receiver.name} <span className="text-sm font-normal text-muted">({receiver.id === null ? "đơn vị mới" : "đơn vị hiện có"})</span>
      </h3>
      <p className="text-sm text-muted">
        {UNIT_TYPE_LABELS[receiver.type]} · {receiver.parentName ? `thuộc ${receiver.parentName}` : "trực thuộc tỉnh"} · {approvalLevelsLabel(receiver.approvalLevels)}
        {receiver.allowSelfApproval && " · cho phép tự duyệt"}
      </p>
      <p className="mt-2 text-sm">
        <span className="font-semibold">Nhận từ:</span> {receiver.sources.map((source) => source.name).join(", ")}
      </p>
      <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-3 text-sm">
        <dt>Bài đã xuất bản</dt>
        <dd className="text-right">{receiver.articles.published}</dd>
        <dt>Bài đang soạn (nháp, bị trả lại)</dt>
        <dd className="text-right">{receiver.articles.inProgress}</dd>
        <dt>Bài chờ duyệt, hẹn giờ</dt>
        <dd className="text-right">{receiver.articles.pending}</dd>
        {receiver.articles.other > 0 && (
          <>
            <dt>Bài đã gỡ</dt>
            <dd className="text-right">{receiver.articles.other}</dd>
          </>
        )}
        <dt>Bình luận</dt>
        <dd className="text-right">{receiver.comments}</dd>
        {receiver.records.map((record) => (
          <div key={record.label} className="contents">
            <dt>{record.label}</dt>
            <dd className="text-right">{record.count}</dd>
          </div>
        ))}
        <dt>Người dùng</dt>
        <dd className="text-right">{people.size}</dd>
      </dl>
      {people.size > 0 && (
        <ul className="mt-2 space-y-1 text-sm" aria-label={`Người dùng chuyển sang ${receiver.name}`}>
          {[...people.values()].slice(0, 30).map((person) => (
            <li key={person.email} className="break-words">
              {person.name} — {Object.values(ROLE_LABELS).filter((label) => person.roles.has(label)).join(", ")}
            </li>
          ))}
          {people.size > 30 && <li className="text-muted">và {people.size - 30} người khác</li>}
        </ul>
      )}
    </li>
  );
}

function Applied({ plan }: { plan: PlanRecord }) {
  const result = plan.result ?? {};
  return (
    <section aria-labelledby="da-ap-dung" className="space-y-3 rounded border border-green-300 bg-green-50 p-4">
      <h2 id="da-ap-dung" className="text-lg font-bold">
        Đã áp dụng
      </h2>
      <p role="status">
        Kế hoạch đã được áp dụng lúc {plan.appliedAt ? formatDateTime(plan.appliedAt) : ""}
        {plan.appliedBy && ` bởi ${plan.appliedBy}`}
        {plan.effectiveAt && plan.appliedAt && toIsoInVietnam(plan.effectiveAt) !== toIsoInVietnam(plan.appliedAt) && ` (hiệu lực ${formatDateTime(plan.effectiveAt)})`}.
      </p>
      {result.units && (
        <p className="text-sm">
          {result.units.created} đơn vị mới · {result.units.merged} đơn vị được sáp nhập · {result.units.renamed} đổi tên · {result.units.moved} chuyển cấp trên ·{" "}
          {result.moved?.articles ?? 0} bài viết và {result.moved?.memberships ?? 0} vai trò người dùng được chuyển.
        </p>
      )}
      {result.receivers && (
        <ul className="space-y-1 text-sm">
          {result.receivers.map((receiver) => (
            <li key={receiver.id} className="break-words">
              <Link href={`/don-vi/${receiver.slug}`} className="font-semibold text-brand-700 underline">
                {receiver.name}
              </Link>{" "}
              ← {receiver.sources.map((source) => source.name).join(", ")} ({receiver.articles} bài viết, {receiver.members} người dùng)
            </li>
          ))}
        </ul>
      )}
      {result.founded && result.founded.length > 0 && (
        <p className="text-sm break-words">
          Thành lập mới:{" "}
          {result.founded.map((unit, index) => (
            <span key={unit.id}>
              {index > 0 && ", "}
              <Link href={`/don-vi/${unit.slug}`} className="text-brand-700 underline">
                {unit.name}
              </Link>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
