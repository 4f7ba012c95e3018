import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AddFieldForm, AddHolidayForm, AddRuleForm, DeadlineForm, FieldHiddenForm, RemoveForm } from "@/components/workspace/questions/settings-forms";
import { getWorkingActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { can } from "@/lib/policy";
import { listHolidays } from "@/lib/questions/holidays";
import { listLegalFields } from "@/lib/questions/legal-fields";
import { getQuestionFormOptions } from "@/lib/questions/public-queries";
import { listRoutingRules } from "@/lib/questions/routing-rules";
import { readQuestionSettings } from "@/lib/questions/settings";
import { routableUnits } from "@/lib/questions/workspace-queries";
import { formatDate } from "@/lib/vietnamese";
import { doneNotice } from "@/lib/workspace/notices";
import { addFieldAction, addHolidayAction, addRuleAction, fieldHiddenAction, removeHolidayAction, removeRuleAction, settingsAction } from "./actions";

export const metadata: Metadata = { title: "Cài đặt hỏi đáp" };

/** Quy tắc phân công and the deadline (provincial editor, administrator); Ngày nghỉ lễ and Lĩnh vực (administrator). */
export default async function QuestionSettingsPage({ searchParams }: { searchParams: Promise<{ xong?: string }> }) {
  const actor = await getWorkingActor();
  if (!actor) redirect("/dang-nhap");
  if (!can(actor, "question.rules")) redirect("/quan-ly?khong-co-quyen");
  const mayHolidays = can(actor, "admin.holidays");
  const mayFields = can(actor, "admin.legalFields");
  const [rules, options, units, settings, holidays, fields] = await Promise.all([
    listRoutingRules(),
    getQuestionFormOptions(),
    routableUnits(),
    readQuestionSettings(db),
    mayHolidays ? listHolidays() : Promise.resolve([]),
    mayFields ? listLegalFields() : Promise.resolve([]),
  ]);
  const done = doneNotice(await searchParams);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Cài đặt hỏi đáp</h1>
      {done && <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">{done}</p>}
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Quy tắc phân công</h2>
        <p className="text-sm text-muted">
          Câu hỏi mới được chuyển đến đơn vị theo quy tắc cụ thể nhất: lĩnh vực và xã/phường, rồi chỉ lĩnh vực, rồi chỉ xã/phường. Không có quy
          tắc phù hợp: câu hỏi chờ Sở Tư pháp phân công.
        </p>
        <ul className="space-y-2">
          {rules.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-gray-200 bg-white p-3 text-sm">
              <span>
                {r.field?.name ?? "Mọi lĩnh vực"} · {r.commune?.name ?? "Mọi xã/phường"} → <strong>{r.unit.name}</strong>
                {r.unit.status !== "ACTIVE" && " (đơn vị không còn hoạt động: quy tắc bị bỏ qua)"}
              </span>
              <RemoveForm action={removeRuleAction} name="ruleId" value={String(r.id)} label="Xoá quy tắc" />
            </li>
          ))}
        </ul>
        <AddRuleForm action={addRuleAction} fields={options.fields} communes={options.communes} units={units} />
      </section>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Thời hạn trả lời</h2>
        <p className="text-sm text-muted">Áp dụng cho câu hỏi nhận từ nay; không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ.</p>
        <DeadlineForm action={settingsAction} dueDays={settings.dueDays} remindDaysBefore={settings.remindDaysBefore} />
      </section>
      {mayHolidays && (
        <section className="space-y-3">
          <h2 className="text-lg font-semibold">Ngày nghỉ lễ</h2>
          <ul className="space-y-2">
            {holidays.map((h) => (
              <li key={h.date} className="flex flex-wrap items-center justify-between gap-2 rounded border border-gray-200 bg-white p-3 text-sm">
                <span>
                  {formatDate(`${h.date}T12:00:00+07:00`)} · {h.name}
                </span>
                <RemoveForm action={removeHolidayAction} name="date" value={h.date} label="Xoá" />
              </li>
            ))}
          </ul>
          <AddHolidayForm action={addHolidayAction} />
        </section>
      )}
      {mayFields && (
        <section className="space-y-3">
          <h2 className="text-lg font-semibold">Lĩnh vực</h2>
          <p className="text-sm text-muted">Danh sách người hỏi chọn khi gửi câu hỏi. Lĩnh vực bị ẩn không còn được chọn cho câu hỏi và quy tắc mới; câu hỏi đã gửi vẫn giữ lĩnh vực của mình.</p>
          <ul className="space-y-2">
            {fields.map((f) => (
              <li key={f.id} data-linh-vuc={f.name} className="flex flex-wrap items-center justify-between gap-2 rounded border border-gray-200 bg-white p-3 text-sm">
                <span>
                  {f.name} · {f.questions} câu hỏi{f.hidden && <strong> · Đang ẩn</strong>}
                </span>
                <FieldHiddenForm action={fieldHiddenAction} fieldId={f.id} hidden={!f.hidden} label={f.hidden ? "Hiện lại" : "Ẩn"} />
              </li>
            ))}
          </ul>
          <AddFieldForm action={addFieldAction} />
        </section>
      )}
    </div>
  );
}
