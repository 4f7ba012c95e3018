import type { Metadata } from "next";
import Link from "next/link";
import { listPlans, PLAN_STATUS_LABELS } from "@/lib/reorganisation/queries";
import { formatDateTime } from "@/lib/vietnamese";
import { requireUnitAdministrator } from "@/lib/workspace/admin-access";
import { CreatePlanForm } from "./plan-forms";

export const metadata: Metadata = { title: "Kế hoạch sắp xếp đơn vị" };

export default async function ReorganisationPlansPage() {
  await requireUnitAdministrator();
  const plans = await listPlans();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">Kế hoạch sắp xếp đơn vị</h1>
        <p className="mt-2 text-sm text-muted">
          Sáp nhập, chia tách, đổi tên, bỏ cấp huyện hay chuyển đơn vị cấp trên cho nhiều đơn vị cùng lúc: tạo kế hoạch từ tệp Excel/CSV hoặc nhập trực
          tiếp, xem trước từng đơn vị mới nhận những gì, rồi áp dụng ngay hoặc hẹn giờ. Bài viết giữ tên đơn vị đã viết; địa chỉ cũ chuyển tiếp sang đơn
          vị mới.
        </p>
      </div>

      <section aria-labelledby="danh-sach-ke-hoach" className="space-y-3">
        <h2 id="danh-sach-ke-hoach" className="text-lg font-bold">
          Các kế hoạch
        </h2>
        {plans.length === 0 ? (
          <p className="text-muted">Chưa có kế hoạch nào.</p>
        ) : (
          <ul className="divide-y divide-gray-200 rounded border border-gray-200 bg-white">
            {plans.map((plan) => (
              <li key={plan.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-3">
                <Link href={`/quan-ly/quan-tri/sap-xep-don-vi/${plan.id}`} className="min-w-0 break-words font-semibold text-brand-800 underline">
                  {plan.title}
                </Link>
                <span className="text-sm">{PLAN_STATUS_LABELS[plan.status]}</span>
                <span className="text-xs text-muted">
                  {plan.rows} dòng · tạo {formatDateTime(plan.createdAt)}
                  {plan.status === "SCHEDULED" && plan.effectiveAt && ` · áp dụng lúc ${formatDateTime(plan.effectiveAt)}`}
                  {plan.appliedAt && ` · đã áp dụng ${formatDateTime(plan.appliedAt)}`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="tao-ke-hoach" className="space-y-3 rounded border border-gray-200 bg-white p-4">
        <h2 id="tao-ke-hoach" className="text-lg font-bold">
          Tạo kế hoạch
        </h2>
        <p className="text-sm">
          {/* A file download from a route handler, not a page: a plain link, not a client navigation. */}
          <a href="/quan-ly/quan-tri/sap-xep-don-vi/mau" download className="text-brand-700 underline">
            Tải mẫu (các đơn vị hiện nay, CSV)
          </a>{" "}
          — sửa cột “Đơn vị mới” rồi tải lên.
        </p>
        <CreatePlanForm />
      </section>
    </div>
  );
}
