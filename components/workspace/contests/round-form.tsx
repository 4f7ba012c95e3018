"use client";

import { DateTimeField } from "@/components/ui/date-input";
import { SubmitButton } from "@/components/ui/form-controls";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { useAdminForm } from "@/components/workspace/use-admin-form";
import { shown, type AdminFormState } from "@/lib/workspace/form-state";

export type RoundFormValues = { roundId?: number; name: string; opensAt: Date; closesAt: Date; questionCount: number; timeLimitMinutes: number; attemptsAllowed: number };

type Props = { contestId: number; stored: RoundFormValues; action: (previous: AdminFormState, form: FormData) => Promise<AdminFormState>; idPrefix: string };

/** Thêm / sửa vòng thi. */
export function RoundForm({ contestId, stored, action, idPrefix }: Props) {
  const { state, onSubmit, formAction, pending, errors } = useAdminForm(action);
  const field = (name: Exclude<keyof RoundFormValues, "opensAt" | "closesAt">, label: string, extra: Record<string, string> = {}) => (
    <FormField id={`${idPrefix}-${name}`} label={label} name={name} defaultValue={shown(state, name, stored[name] as string | number)} error={errors[name]} {...extra} />
  );
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="contestId" value={contestId} />
      {stored.roundId && <input type="hidden" name="roundId" value={stored.roundId} />}
      <FormMessage result={state} />
      {field("name", "Tên vòng thi")}
      <div className="grid gap-3 sm:grid-cols-2">
        {/* Day dd/mm/yyyy and 24-hour Vietnam time whatever the browser's language. */}
        <DateTimeField id={`${idPrefix}-opensAt`} legend="Mở lúc" dateName="opensAtDate" timeName="opensAtTime" defaultValue={stored.opensAt} dateError={errors.opensAtDate} timeError={errors.opensAtTime} required />
        <DateTimeField id={`${idPrefix}-closesAt`} legend="Đóng lúc" dateName="closesAtDate" timeName="closesAtTime" defaultValue={stored.closesAt} dateError={errors.closesAtDate} timeError={errors.closesAtTime} required />
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        {field("questionCount", "Số câu hỏi", { inputMode: "numeric" })}
        {field("timeLimitMinutes", "Thời gian làm bài (phút)", { inputMode: "numeric" })}
        {field("attemptsAllowed", "Số lượt thi", { inputMode: "numeric" })}
      </div>
      <SubmitButton pending={pending}>{stored.roundId ? "Lưu vòng thi" : "Thêm vòng thi"}</SubmitButton>
    </form>
  );
}
