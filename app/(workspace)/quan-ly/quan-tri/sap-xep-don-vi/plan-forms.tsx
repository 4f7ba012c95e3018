"use client";

import { DateTimeField } from "@/components/ui/date-input";
import { FormField } from "@/components/ui/form-field";
import { SavedMessage, SelectField, SubmitButton } from "@/components/ui/form-controls";
import { useAdminForm } from "@/components/workspace/use-admin-form";
import { shown } from "@/lib/workspace/form-state";
import {
  addPlanLineAction,
  applyPlanAction,
  cancelScheduleAction,
  createPlanAction,
  removePlanLineAction,
  schedulePlanAction,
  updatePlanAction,
} from "./actions";

// The plan's forms. A refusal may list many problems, one per line, so it is shown as a list.

function Refusal({ result }: { result: { ok: boolean; error?: string } | null }) {
  if (!result || result.ok || !result.error) return null;
  const [first, ...rest] = result.error.split("\n");
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
      <p>{first}</p>
      {rest.length > 0 && (
        <ul className="mt-1 list-none space-y-1 break-words">
          {rest.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

const SHEET_HINT = "Tệp Excel (.xlsx) hoặc CSV với các cột: Đơn vị cũ, Đơn vị mới, Loại đơn vị mới, Đơn vị cấp trên mới.";
const TEXT_HINT =
  "Mỗi dòng: đơn vị cũ, đơn vị mới, loại đơn vị mới, đơn vị cấp trên mới (cách nhau bằng dấu phẩy; dòng đầu là tên cột). Ghi đơn vị bằng địa chỉ trang hoặc tên; để trống cấp trên nghĩa là trực thuộc tỉnh; để trống đơn vị cũ (và ghi loại) để thành lập đơn vị mới khi chia tách.";

function RowsField({ defaultValue, error }: { defaultValue: string; error?: string }) {
  return (
    <div>
      <label htmlFor="truong-text" className="block text-sm font-semibold">
        Các dòng của kế hoạch
      </label>
      <textarea
        id="truong-text"
        name="text"
        rows={8}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={`truong-text-goi-y${error ? " truong-text-loi" : ""}`}
        className="mt-1 w-full rounded border border-gray-400 bg-white px-3 py-2 font-mono text-sm focus:outline-2 focus:outline-brand-600"
      />
      <p id="truong-text-goi-y" className="mt-1 text-xs text-muted">
        {TEXT_HINT}
      </p>
      {error && (
        <p id="truong-text-loi" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function CreatePlanForm() {
  const { state, formAction, onSubmit, pending, errors } = useAdminForm(createPlanAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4" encType="multipart/form-data">
      <Refusal result={state} />
      <FormField label="Tên kế hoạch" name="title" maxLength={200} defaultValue={shown(state, "title")} error={errors.title} required />
      <div>
        <label htmlFor="truong-sheet" className="block text-sm font-semibold">
          Tệp kế hoạch
        </label>
        <input
          id="truong-sheet"
          name="sheet"
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby="truong-sheet-goi-y"
          aria-invalid={errors.sheet ? true : undefined}
          className="mt-1 block w-full max-w-full text-sm"
        />
        <p id="truong-sheet-goi-y" className="mt-1 text-xs text-muted">
          {SHEET_HINT}
        </p>
        {errors.sheet && <p className="mt-1 text-sm text-red-700">{errors.sheet}</p>}
      </div>
      <p className="text-sm text-muted">hoặc nhập trực tiếp:</p>
      <RowsField defaultValue={shown(state, "text")} error={errors.text} />
      <p className="text-sm text-muted">Để trống cả tệp và các dòng để tạo kế hoạch trống rồi thêm từng dòng trên màn hình.</p>
      <SubmitButton pending={pending}>Tạo kế hoạch</SubmitButton>
    </form>
  );
}

export function EditPlanForm({ plan }: { plan: { id: number; title: string; text: string } }) {
  const { state, formAction, onSubmit, pending, errors, saved } = useAdminForm(updatePlanAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4">
      <Refusal result={state} />
      <SavedMessage show={saved} />
      <input type="hidden" name="planId" value={plan.id} />
      <FormField label="Tên kế hoạch" name="title" maxLength={200} defaultValue={shown(state, "title", plan.title)} error={errors.title} required />
      <RowsField defaultValue={shown(state, "text", plan.text)} error={errors.text} />
      <SubmitButton pending={pending}>Lưu kế hoạch</SubmitButton>
    </form>
  );
}

export function ApplyPlanForm({ planId, receivers }: { planId: number; receivers: number }) {
  const { state, formAction, onSubmit, pending } = useAdminForm(applyPlanAction, {
    confirm: `Áp dụng kế hoạch ngay? ${receivers} đơn vị sẽ nhận bài viết, người dùng và dữ liệu của các đơn vị cũ. Không thể hoàn tác.`,
  });
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3">
      <Refusal result={state} />
      <input type="hidden" name="planId" value={planId} />
      <SubmitButton pending={pending} tone="danger">
        Áp dụng ngay
      </SubmitButton>
    </form>
  );
}

export function SchedulePlanForm({ planId, defaultValue }: { planId: number; defaultValue?: Date }) {
  const { state, formAction, onSubmit, pending, errors } = useAdminForm(schedulePlanAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3">
      <Refusal result={state} />
      <input type="hidden" name="planId" value={planId} />
      {/* Day dd/mm/yyyy and 24-hour Vietnam time whatever the browser's language; what was typed stays after a refusal. */}
      <DateTimeField
        id="thoi-diem-ap-dung"
        legend="Thời điểm áp dụng (giờ Việt Nam)"
        dateName="effectiveAtDate"
        timeName="effectiveAtTime"
        defaultValue={defaultValue}
        dateError={errors.effectiveAtDate}
        timeError={errors.effectiveAtTime}
        required
      />
      <SubmitButton pending={pending} tone="plain">
        Hẹn giờ áp dụng
      </SubmitButton>
    </form>
  );
}

export function CancelScheduleForm({ planId }: { planId: number }) {
  const { state, formAction, onSubmit, pending } = useAdminForm(cancelScheduleAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3">
      <Refusal result={state} />
      <input type="hidden" name="planId" value={planId} />
      <SubmitButton pending={pending} tone="plain">
        Hủy hẹn giờ
      </SubmitButton>
    </form>
  );
}

const TYPE_OPTIONS = [
  { value: "", label: "Như đơn vị cũ (huyện thành xã)" },
  { value: "Xã", label: "Xã" },
  { value: "Phường", label: "Phường" },
  { value: "Đặc khu", label: "Đặc khu" },
  { value: "Huyện", label: "Huyện/thị xã/thành phố" },
  { value: "Sở/ban/ngành", label: "Sở/ban/ngành" },
];

/** Thêm dòng: one line of the plan built on screen, the old unit chosen from today's units. */
export function AddLineForm({ planId, units }: { planId: number; units: { slug: string; name: string }[] }) {
  const { state, formAction, onSubmit, pending, errors } = useAdminForm(addPlanLineAction);
  const unitOptions = [{ value: "", label: "— Không có: thành lập đơn vị mới —" }, ...units.map((unit) => ({ value: unit.slug, label: unit.name }))];
  return (
    <form action={formAction} onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <Refusal result={state} />
      </div>
      <input type="hidden" name="planId" value={planId} />
      <SelectField id="dong-from" label="Đơn vị cũ" name="from" options={unitOptions} defaultValue={shown(state, "from")} error={errors.from} />
      <FormField
        id="dong-to"
        label="Đơn vị mới"
        name="to"
        maxLength={200}
        defaultValue={shown(state, "to")}
        error={errors.to}
        hint="Tên đơn vị mới, hoặc tên/địa chỉ trang của đơn vị hiện có nhận sáp nhập; ghi lại chính đơn vị cũ để giữ nguyên."
        required
      />
      <SelectField id="dong-type" label="Loại đơn vị mới" name="type" options={TYPE_OPTIONS} defaultValue={shown(state, "type")} error={errors.type} />
      <FormField
        id="dong-parent"
        label="Đơn vị cấp trên mới"
        name="parent"
        maxLength={200}
        defaultValue={shown(state, "parent")}
        error={errors.parent}
        hint="Để trống: trực thuộc tỉnh."
      />
      <div className="sm:col-span-2">
        <SubmitButton pending={pending} tone="plain">
          Thêm dòng
        </SubmitButton>
      </div>
    </form>
  );
}

export function RemoveLineForm({ planId, line }: { planId: number; line: number }) {
  const { state, formAction, onSubmit, pending } = useAdminForm(removePlanLineAction);
  return (
    <form action={formAction} onSubmit={onSubmit}>
      <Refusal result={state} />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="line" value={line} />
      <button type="submit" disabled={pending} aria-label={`Xóa dòng ${line}`} className="rounded px-2 py-1 text-red-800 underline hover:bg-red-50 disabled:opacity-60">
        Xóa
      </button>
    </form>
  );
}
