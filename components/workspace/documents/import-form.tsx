"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { FileUpload } from "@/components/editor/file-upload";
import { FormMessage } from "@/components/ui/form-message";

type Report = { line: number; number: string; problems: string[] }[];
type State = { ok: boolean; error?: string; value?: { imported: number }; report?: Report; fieldErrors?: Record<string, string> } | null;

type Props<S extends State> = { action: (previous: S, form: FormData) => Promise<S>; units: { id: number; name: string }[] };

/** Bước 1: the documents' files, uploaded one by one; bước 2: the sheet, checked row by row. */
export function ImportForm<S extends State>({ action, units }: Props<S>) {
  const [state, formAction, pending] = useActionState<S, FormData>(action as (previous: Awaited<S>, form: FormData) => Promise<S>, null as Awaited<S>);
  const [unitId, setUnitId] = useState(units[0].id);
  const [uploaded, setUploaded] = useState<string[]>([]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4">
      {units.length > 1 ? (
        <div>
          <label htmlFor="don-vi-nhap" className="block text-sm font-semibold">Đơn vị</label>
          <select id="don-vi-nhap" name="unitId" value={unitId} onChange={(e) => setUnitId(Number(e.target.value))} className="mt-1 w-full rounded border border-gray-400 bg-white px-3 py-2">
            {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        </div>
      ) : (
        <input type="hidden" name="unitId" value={unitId} />
      )}
      <fieldset className="rounded border border-gray-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold">Bước 1: tải lên tệp văn bản (PDF, Word)</legend>
        {uploaded.length > 0 && <ul className="mb-2 list-disc pl-5 text-sm" aria-label="Tệp đã tải lên">{uploaded.map((name, i) => <li key={i} className="break-all">{name}</li>)}</ul>}
        <FileUpload label="Tệp văn bản" unitId={unitId} purpose="attachment" onUploaded={(file) => setUploaded((list) => [...list, file.originalName])} />
      </fieldset>
      <fieldset className="rounded border border-gray-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold">Bước 2: bảng danh sách văn bản</legend>
        <label htmlFor="bang-tinh" className="block text-sm font-semibold">Tệp CSV hoặc Excel</label>
        <input id="bang-tinh" name="sheet" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required className="mt-1 block w-full text-sm" />
        {state?.fieldErrors?.sheet && <p className="mt-1 text-sm text-red-700">{state.fieldErrors.sheet}</p>}
      </fieldset>
      <FormMessage result={state} />
      {state?.ok && state.value && <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">Đã nhập {state.value.imported} văn bản; văn bản đang chờ duyệt.</p>}
      {state && !state.ok && state.report && (
        <table className="w-full border-collapse bg-white text-sm" aria-label="Các dòng chưa hợp lệ">
          <thead><tr className="border-b text-left"><th className="p-2">Dòng</th><th className="p-2">Số/ký hiệu</th><th className="p-2">Lý do</th></tr></thead>
          <tbody>
            {state.report.map((row) => (
              <tr key={row.line} className="border-b align-top">
                <td className="p-2">{row.line}</td>
                <td className="break-all p-2">{row.number}</td>
                <td className="p-2"><ul className="list-disc pl-4">{row.problems.map((p, i) => <li key={i}>{p}</li>)}</ul></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60">Nhập văn bản</button>
    </form>
  );
}
