"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { SubmitButton } from "@/components/ui/form-controls";
import { FormMessage } from "@/components/ui/form-message";

type RowRefusal = { row: number; errors: string[] };
type State = { ok: true; value: { imported: number } } | { ok: false; error: string; refusals?: RowRefusal[] } | null;

/** Nhập câu hỏi từ Excel, with the refused rows listed one by one when the file is refused. */
export function QuestionImportForm({ contestId, action }: { contestId: number; action: (previous: State, form: FormData) => Promise<State> }) {
  const [state, formAction, pending] = useActionState<State, FormData>(action, null);
  const router = useRouter();
  // The bank's counts on the page come from the server: show the new ones.
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="contestId" value={contestId} />
      <div>
        <label htmlFor="tep-cau-hoi" className="block text-sm font-semibold">Tệp câu hỏi (.xlsx)</label>
        <input id="tep-cau-hoi" name="file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className="mt-1 block w-full text-sm" />
        <p className="mt-1 text-xs text-muted">
          Theo{" "}
          <a href="/quan-ly/cuoc-thi/mau-cau-hoi" download className="text-brand-700 underline">tệp mẫu</a>: mỗi dòng một câu hỏi. Nếu có dòng chưa hợp lệ, không câu nào được nhập.
        </p>
      </div>
      <FormMessage result={state} />
      {state?.ok && <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">Đã nhập {state.value.imported} câu hỏi.</p>}
      {state && !state.ok && state.refusals && (
        <table className="w-full border-collapse text-sm">
          <caption className="mb-1 text-left font-semibold">Các dòng chưa hợp lệ</caption>
          <thead>
            <tr className="border-b border-gray-300 text-left">
              <th scope="col" className="w-16 py-1">Dòng</th>
              <th scope="col" className="py-1">Lý do</th>
            </tr>
          </thead>
          <tbody>
            {state.refusals.map((r) => (
              <tr key={r.row} className="border-b border-gray-100 align-top">
                <td className="py-1">{r.row}</td>
                <td className="py-1">{r.errors.join(" ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SubmitButton pending={pending}>Nhập câu hỏi</SubmitButton>
    </form>
  );
}
