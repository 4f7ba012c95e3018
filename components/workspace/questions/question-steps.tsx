"use client";

import { FieldError, StepForm, type StepAction } from "./step-form";

type Option = { id: number; name: string };
const input = "mt-1 w-full min-w-0 rounded border border-gray-400 bg-white px-3 py-2";

/** Phân công / Chuyển đơn vị khác: the provincial editor's triage step. */
export function RouteStep({ action, questionId, units, forwarding }: { action: StepAction; questionId: number; units: Option[]; forwarding: boolean }) {
  return (
    <StepForm action={action} questionId={questionId} label={forwarding ? "Chuyển đơn vị khác" : "Phân công"}>
      {(errors) => (
        <>
          <label htmlFor="phan-cong-don-vi" className="block text-sm font-semibold">Đơn vị trả lời</label>
          <select id="phan-cong-don-vi" name="unitId" defaultValue="" className={input} aria-invalid={errors.unitId ? true : undefined}>
            <option value="">— Chọn đơn vị —</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>{u.name}</option>
            ))}
          </select>
          <FieldError errors={errors} name="unitId" />
          <label htmlFor="phan-cong-ghi-chu" className="block text-sm font-semibold">Ghi chú cho đơn vị (không bắt buộc)</label>
          <textarea id="phan-cong-ghi-chu" name="note" rows={2} maxLength={1000} className={input} />
          <FieldError errors={errors} name="note" />
        </>
      )}
    </StepForm>
  );
}

export function ApproveStep({ action, questionId, endorsing }: { action: StepAction; questionId: number; endorsing: boolean }) {
  return <StepForm action={action} questionId={questionId} label={endorsing ? "Duyệt và chuyển cấp tỉnh" : "Duyệt và công bố"} />;
}

export function ReturnStep({ action, questionId }: { action: StepAction; questionId: number }) {
  return (
    <StepForm action={action} questionId={questionId} label="Trả lại">
      {(errors) => (
        <>
          <label htmlFor="tra-lai-ly-do" className="block text-sm font-semibold">Lý do trả lại</label>
          <textarea id="tra-lai-ly-do" name="note" rows={2} maxLength={1000} className={input} aria-invalid={errors.note ? true : undefined} />
          <FieldError errors={errors} name="note" />
        </>
      )}
    </StepForm>
  );
}

export function DeclineStep({ action, questionId, reasons }: { action: StepAction; questionId: number; reasons: { value: string; label: string }[] }) {
  return (
    <StepForm action={action} questionId={questionId} label="Từ chối câu hỏi">
      {(errors) => (
        <>
          <label htmlFor="tu-choi-ly-do" className="block text-sm font-semibold">Lý do từ chối (người hỏi sẽ thấy)</label>
          <select id="tu-choi-ly-do" name="reason" defaultValue="" className={input} aria-invalid={errors.reason ? true : undefined}>
            <option value="">— Chọn lý do —</option>
            {reasons.map((r) => (
              <option key={r.value} value={r.value}>{r.label}</option>
            ))}
          </select>
          <FieldError errors={errors} name="reason" />
          <label htmlFor="tu-choi-giai-thich" className="block text-sm font-semibold">Giải thích thêm</label>
          <textarea id="tu-choi-giai-thich" name="explanation" rows={2} maxLength={1000} className={input} aria-invalid={errors.explanation ? true : undefined} />
          <FieldError errors={errors} name="explanation" />
        </>
      )}
    </StepForm>
  );
}
