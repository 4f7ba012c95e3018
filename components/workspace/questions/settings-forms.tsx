"use client";

import { FieldError, StepForm, type StepAction } from "./step-form";

type Option = { id: number; name: string };
const input = "mt-1 w-full min-w-0 rounded border border-gray-400 bg-white px-3 py-2";

export function AddRuleForm({ action, fields, communes, units }: { action: StepAction; fields: Option[]; communes: Option[]; units: Option[] }) {
  return (
    <StepForm action={action} label="Thêm quy tắc">
      {(errors) => (
        <div className="grid gap-3 sm:grid-cols-3">
          <div>
            <label htmlFor="quy-tac-linh-vuc" className="block text-sm font-semibold">Lĩnh vực</label>
            <select id="quy-tac-linh-vuc" name="fieldId" defaultValue="" className={input}>
              <option value="">Mọi lĩnh vực</option>
              {fields.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
            </select>
            <FieldError errors={errors} name="fieldId" />
          </div>
          <div>
            <label htmlFor="quy-tac-xa" className="block text-sm font-semibold">Xã/phường</label>
            <select id="quy-tac-xa" name="communeId" defaultValue="" className={input}>
              <option value="">Mọi xã/phường</option>
              {communes.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
            <FieldError errors={errors} name="communeId" />
          </div>
          <div>
            <label htmlFor="quy-tac-don-vi" className="block text-sm font-semibold">Đơn vị trả lời</label>
            <select id="quy-tac-don-vi" name="unitId" defaultValue="" className={input}>
              <option value="">— Chọn đơn vị —</option>
              {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </select>
            <FieldError errors={errors} name="unitId" />
          </div>
        </div>
      )}
    </StepForm>
  );
}

export function RemoveForm({ action, name, value, label }: { action: StepAction; name: string; value: string; label: string }) {
  return (
    <StepForm action={action} label={label}>
      {() => <input type="hidden" name={name} value={value} />}
    </StepForm>
  );
}

export function DeadlineForm({ action, dueDays, remindDaysBefore }: { action: StepAction; dueDays: number; remindDaysBefore: number }) {
  return (
    <StepForm action={action} label="Lưu thời hạn">
      {(errors) => (
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor="thoi-han" className="block text-sm font-semibold">Thời hạn trả lời (ngày làm việc)</label>
            <input id="thoi-han" name="dueDays" type="number" min={1} max={90} defaultValue={dueDays} className={input} />
            <FieldError errors={errors} name="dueDays" />
          </div>
          <div>
            <label htmlFor="nhac-truoc" className="block text-sm font-semibold">Nhắc trước hạn (ngày làm việc)</label>
            <input id="nhac-truoc" name="remindDaysBefore" type="number" min={0} max={30} defaultValue={remindDaysBefore} className={input} />
            <FieldError errors={errors} name="remindDaysBefore" />
          </div>
        </div>
      )}
    </StepForm>
  );
}

/** Hides a field (hidden "1") or shows it again ("0"). */
export function FieldHiddenForm({ action, fieldId, hidden, label }: { action: StepAction; fieldId: number; hidden: boolean; label: string }) {
  return (
    <StepForm action={action} label={label}>
      {() => (
        <>
          <input type="hidden" name="fieldId" value={String(fieldId)} />
          <input type="hidden" name="hidden" value={hidden ? "1" : "0"} />
        </>
      )}
    </StepForm>
  );
}

export function AddFieldForm({ action }: { action: StepAction }) {
  return (
    <StepForm action={action} label="Thêm lĩnh vực">
      {(errors) => (
        <div>
          <label htmlFor="ten-linh-vuc" className="block text-sm font-semibold">Tên lĩnh vực</label>
          <input id="ten-linh-vuc" name="name" maxLength={80} className={input} />
          <FieldError errors={errors} name="name" />
        </div>
      )}
    </StepForm>
  );
}

export function AddHolidayForm({ action }: { action: StepAction }) {
  return (
    <StepForm action={action} label="Thêm ngày nghỉ">
      {(errors) => (
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor="ngay-nghi" className="block text-sm font-semibold">Ngày (dd/mm/yyyy)</label>
            <input id="ngay-nghi" name="date" inputMode="numeric" placeholder="02/09/2027" className={input} />
            <FieldError errors={errors} name="date" />
          </div>
          <div>
            <label htmlFor="ten-ngay-nghi" className="block text-sm font-semibold">Tên ngày nghỉ</label>
            <input id="ten-ngay-nghi" name="name" maxLength={120} className={input} />
            <FieldError errors={errors} name="name" />
          </div>
        </div>
      )}
    </StepForm>
  );
}
