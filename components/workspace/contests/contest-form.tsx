"use client";

import { useCallback, useState } from "react";
import { RichTextEditor } from "@/components/editor/rich-text-editor";
import { DateTimeField } from "@/components/ui/date-input";
import { CheckboxField, SubmitButton } from "@/components/ui/form-controls";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { useAdminForm } from "@/components/workspace/use-admin-form";
import { shown, shownChecked, type AdminFormState } from "@/lib/workspace/form-state";

export type ContestFormValues = {
  id?: number;
  name: string;
  rules: unknown;
  opensAt: Date;
  closesAt: Date;
  showResults: boolean;
  resultsPublished: boolean;
  tieBreakQuestion: string;
  groups: string;
};

type Props = { stored: ContestFormValues; action: (previous: AdminFormState<{ id: number }>, form: FormData) => Promise<AdminFormState<{ id: number }>> };

const EMPTY_DOC = { type: "doc", content: [{ type: "paragraph" }] };

/** Tạo / sửa cuộc thi: the rules are written in the portal's editor and sent as its JSON. */
export function ContestForm({ stored, action }: Props) {
  const { state, onSubmit, formAction, pending, errors } = useAdminForm(action);
  const [rules, setRules] = useState<unknown>(stored.rules ?? EMPTY_DOC);
  const onRulesChange = useCallback((doc: unknown) => setRules(doc), []);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      {stored.id && <input type="hidden" name="id" value={stored.id} />}
      <input type="hidden" name="rules" value={JSON.stringify(rules)} />
      <FormMessage result={state} />
      <FormField label="Tên cuộc thi" name="name" required defaultValue={shown(state, "name", stored.name)} error={errors.name} />
      <div className="grid gap-4 sm:grid-cols-2">
        {/* Day dd/mm/yyyy and 24-hour Vietnam time whatever the browser's language; what was typed stays after a refusal. */}
        <DateTimeField id="thoi-gian-mo" legend="Thời gian mở" dateName="opensAtDate" timeName="opensAtTime" defaultValue={stored.opensAt} dateError={errors.opensAtDate} timeError={errors.opensAtTime} required />
        <DateTimeField id="thoi-gian-dong" legend="Thời gian đóng" dateName="closesAtDate" timeName="closesAtTime" defaultValue={stored.closesAt} dateError={errors.closesAtDate} timeError={errors.closesAtTime} required />
      </div>
      <div>
        <label htmlFor="truong-groups" className="block text-sm font-semibold">Đối tượng dự thi</label>
        <textarea
          id="truong-groups"
          name="groups"
          rows={3}
          defaultValue={shown(state, "groups", stored.groups)}
          aria-invalid={errors.groups ? true : undefined}
          aria-describedby={`truong-groups-goi-y${errors.groups ? " truong-groups-loi" : ""}`}
          className="mt-1 w-full rounded border border-gray-400 bg-white px-3 py-2 aria-invalid:border-red-600"
        />
        <p id="truong-groups-goi-y" className="mt-1 text-xs text-muted">Mỗi dòng một đối tượng, ví dụ: Học sinh, sinh viên. Mỗi đối tượng có ngân hàng câu hỏi riêng.</p>
        {errors.groups && <p id="truong-groups-loi" className="mt-1 text-sm text-red-700">{errors.groups}</p>}
      </div>
      <FormField label="Câu hỏi phụ (dự đoán số người dự thi)" name="tieBreakQuestion" defaultValue={shown(state, "tieBreakQuestion", stored.tieBreakQuestion)} error={errors.tieBreakQuestion} hint="Để trống nếu thể lệ không có câu hỏi phụ." />
      <CheckboxField label="Cho người dự thi xem điểm và đáp án, giải thích ngay sau khi nộp bài" name="showResults" defaultChecked={shownChecked(state, "showResults", stored.showResults)} />
      <CheckboxField label="Công bố kết quả trên trang công khai" name="resultsPublished" defaultChecked={shownChecked(state, "resultsPublished", stored.resultsPublished)} />
      <div>
        <p id="nhan-the-le" className="text-sm font-semibold">Thể lệ</p>
        <RichTextEditor content={stored.rules ?? EMPTY_DOC} contentKey={0} onChange={onRulesChange} labelledBy="nhan-the-le" />
        {errors.rules && <p className="mt-1 text-sm text-red-700">{errors.rules}</p>}
      </div>
      <SubmitButton pending={pending}>{stored.id ? "Lưu cuộc thi" : "Tạo cuộc thi"}</SubmitButton>
    </form>
  );
}
