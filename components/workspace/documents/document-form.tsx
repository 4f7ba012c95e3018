"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { FileUpload, type UploadedFile } from "@/components/editor/file-upload";
import { DateField } from "@/components/ui/date-input";
import { SelectField } from "@/components/ui/form-controls";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { DOCUMENT_TYPES, EFFECT_LABELS, EFFECTS, RELATION_KINDS, RELATION_LABELS } from "@/lib/documents/types";
import { errorsOf, shown, type FormValues } from "@/lib/workspace/form-state";

// Văn bản: the fields readers search by, its PDF or Word files (uploaded at once to /api/tai-len for
// the unit) and its relations to other documents by number. Lưu nháp or Gửi duyệt.

type State = { ok: boolean; error?: string; fieldErrors?: Record<string, string>; values?: FormValues } | null;

export type DocumentFormValues = {
  id?: number;
  number: string;
  type: string;
  issuer: string;
  signer: string;
  issuedOn: string;
  effectiveFrom: string;
  expiresOn: string;
  effectSet: string;
  summary: string;
  legalFieldId: string;
  files: { id: number; originalName: string }[];
  relations: { kind: string; number: string }[];
};

type Props<S extends State> = {
  action: (previous: S, form: FormData) => Promise<S>;
  units: { id: number; name: string }[];
  fields: { id: number; name: string }[];
  initial: DocumentFormValues;
  /** Whether this person may send it for approval from the form. */
  canSubmit: boolean;
};

export function DocumentForm<S extends State>({ action, units, fields, initial, canSubmit }: Props<S>) {
  const [state, formAction, pending] = useActionState<S, FormData>(action as (previous: Awaited<S>, form: FormData) => Promise<S>, null as Awaited<S>);
  const [unitId, setUnitId] = useState(units[0]?.id);
  const [files, setFiles] = useState(initial.files);
  const [relations, setRelations] = useState(initial.relations.length > 0 ? initial.relations : [{ kind: "REPLACES", number: "" }]);
  const errors = errorsOf(state);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The button pressed (Lưu nháp or Gửi duyệt) travels with the form.
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  };
  const value = (name: keyof DocumentFormValues) => shown(state, name, initial[name] as string);

  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormMessage result={state} />
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      {!initial.id && units.length > 1 && (
        <SelectField label="Đơn vị" name="unitId" options={units.map((u) => ({ value: String(u.id), label: u.name }))} defaultValue={String(unitId)} onChange={(e) => setUnitId(Number(e.target.value))} />
      )}
      {!initial.id && units.length === 1 && <input type="hidden" name="unitId" value={units[0].id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Số/ký hiệu" name="number" defaultValue={value("number")} error={errors.number} placeholder="42/2022/NĐ-CP" required />
        <SelectField
          label="Loại văn bản"
          name="type"
          defaultValue={value("type")}
          error={errors.type}
          options={[{ value: "", label: "— Chọn loại —" }, ...DOCUMENT_TYPES.map((t) => ({ value: t.key, label: t.label }))]}
        />
        <FormField label="Cơ quan ban hành" name="issuer" defaultValue={value("issuer")} error={errors.issuer} placeholder="Chính phủ" required />
        <FormField label="Người ký" name="signer" defaultValue={value("signer")} error={errors.signer} />
        {/* dd/mm/yyyy whatever the browser's language; an empty Ngày hết hiệu lực means not known yet. */}
        <DateField id="truong-issuedOn" label="Ngày ban hành" name="issuedOn" defaultValue={value("issuedOn")} error={errors.issuedOn} required />
        <DateField id="truong-effectiveFrom" label="Ngày có hiệu lực" name="effectiveFrom" defaultValue={value("effectiveFrom")} error={errors.effectiveFrom} />
        <DateField id="truong-expiresOn" label="Ngày hết hiệu lực" name="expiresOn" defaultValue={value("expiresOn")} error={errors.expiresOn} />
        <SelectField
          label="Tình trạng hiệu lực"
          name="effectSet"
          defaultValue={value("effectSet")}
          error={errors.effectSet}
          hint="Để “Theo ngày” thì tình trạng được tính từ ngày có hiệu lực và ngày hết hiệu lực."
          options={[{ value: "", label: "Theo ngày" }, ...EFFECTS.map((e) => ({ value: e, label: EFFECT_LABELS[e] }))]}
        />
        <SelectField
          label="Lĩnh vực"
          name="legalFieldId"
          defaultValue={value("legalFieldId")}
          error={errors.legalFieldId}
          options={[{ value: "", label: "— Không chọn —" }, ...fields.map((f) => ({ value: String(f.id), label: f.name }))]}
        />
      </div>
      <div>
        <label htmlFor="truong-summary" className="block text-sm font-semibold">Trích yếu</label>
        <textarea
          id="truong-summary"
          name="summary"
          rows={3}
          defaultValue={value("summary")}
          aria-invalid={errors.summary ? true : undefined}
          aria-describedby={errors.summary ? "truong-summary-loi" : undefined}
          className="mt-1 w-full rounded border border-gray-400 bg-white px-3 py-2 aria-invalid:border-red-600"
        />
        {errors.summary && <p id="truong-summary-loi" className="mt-1 text-sm text-red-700">{errors.summary}</p>}
      </div>

      <fieldset className="rounded border border-gray-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold">Tệp văn bản (PDF, Word)</legend>
        {files.length > 0 && (
          <ul className="mb-3 space-y-1 text-sm" aria-label="Tệp của văn bản">
            {files.map((file) => (
              <li key={file.id} className="flex flex-wrap items-center gap-2">
                <input type="hidden" name="fileIds" value={file.id} />
                <span className="break-all font-semibold">{file.originalName}</span>
                <button type="button" onClick={() => setFiles(files.filter((f) => f.id !== file.id))} className="rounded border px-2 text-red-700" aria-label={`Bỏ tệp ${file.originalName}`}>Bỏ</button>
              </li>
            ))}
          </ul>
        )}
        {errors.files && <p role="alert" className="mb-2 text-sm text-red-700">{errors.files}</p>}
        <FileUpload
          label="Thêm tệp"
          unitId={unitId}
          purpose="attachment"
          hint="PDF hoặc Word, tối đa 20 MB."
          onUploaded={(file: UploadedFile) => setFiles((list) => [...list, { id: file.id, originalName: file.originalName }])}
        />
      </fieldset>

      <fieldset className="rounded border border-gray-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold">Văn bản liên quan</legend>
        {errors.relations && <p role="alert" className="mb-2 text-sm text-red-700">{errors.relations}</p>}
        <ul className="space-y-2">
          {relations.map((relation, index) => (
            <li key={index} className="grid gap-2 sm:grid-cols-[14rem_1fr]">
              <div>
                <label htmlFor={`quan-he-${index}`} className="sr-only">Quan hệ {index + 1}</label>
                <select id={`quan-he-${index}`} name="relationKind" defaultValue={relation.kind} className="w-full rounded border border-gray-400 bg-white px-3 py-2">
                  {RELATION_KINDS.map((kind) => <option key={kind} value={kind}>{RELATION_LABELS[kind].outgoing}</option>)}
                </select>
              </div>
              <div>
                <label htmlFor={`so-lien-quan-${index}`} className="sr-only">Số/ký hiệu văn bản liên quan {index + 1}</label>
                <input id={`so-lien-quan-${index}`} name="relationNumber" defaultValue={relation.number} placeholder="Số/ký hiệu, ví dụ 15/2020/NĐ-CP" className="w-full rounded border border-gray-400 bg-white px-3 py-2" />
              </div>
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => setRelations([...relations, { kind: "REPLACES", number: "" }])} className="mt-2 rounded border border-gray-400 px-3 py-1 text-sm">Thêm văn bản liên quan</button>
      </fieldset>

      <div className="flex flex-wrap gap-2">
        <button type="submit" name="intent" value="save" disabled={pending} className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 disabled:opacity-60">Lưu nháp</button>
        {canSubmit && (
          <button type="submit" name="intent" value="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60">Gửi duyệt</button>
        )}
      </div>
    </form>
  );
}
