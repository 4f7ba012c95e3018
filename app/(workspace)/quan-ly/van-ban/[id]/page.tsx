import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { DateField } from "@/components/ui/date-input";
import { DocumentForm } from "@/components/workspace/documents/document-form";
import { getWorkingActor } from "@/lib/auth/session";
import { formatDay } from "@/lib/documents/days";
import { DOCUMENT_STATE_LABELS, documentTypeLabel, EFFECT_LABELS, EFFECTS } from "@/lib/documents/types";
import { getWorkspaceDocument, listLegalFields } from "@/lib/documents/workspace-queries";
import { fileUrl } from "@/lib/storage/urls";
import { errorNotice } from "@/lib/workspace/notices";
import { approveDocumentAction, returnDocumentAction, saveDocumentAction, setDocumentEffectAction, submitDocumentAction } from "../actions";
import { DOCUMENT_DONE } from "../notices";

export const metadata: Metadata = { title: "Văn bản" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : "");

export default async function DocumentPage({ params, searchParams }: Props) {
  const actor = await getWorkingActor();
  if (!actor) redirect("/dang-nhap");
  const found = await getWorkspaceDocument(actor, Number((await params).id));
  if (!found) notFound();
  const query = await searchParams;
  const { row, effect, relations, may } = found;
  const done = typeof query.xong === "string" ? DOCUMENT_DONE[query.xong] : undefined;
  const reviewCount = typeof query.so === "string" ? Number(query.so) : 0;
  const refusal = errorNotice(query);
  const fields = may.edit ? await listLegalFields() : [];

  return (
    <div className="space-y-5">
      <Link href="/quan-ly/van-ban" className="text-sm underline">← Văn bản pháp luật</Link>
      <h1 className="text-2xl font-bold break-words">{documentTypeLabel(row.type)} {row.number}</h1>
      {done && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          {done}
          {query.xong === "da-doi-hieu-luc" && reviewCount > 0 && <> {reviewCount} bài viết trích dẫn văn bản đã được đưa vào <Link href="/quan-ly/van-ban/ra-soat" className="underline">Bài cần rà soát</Link>.</>}
        </p>
      )}
      {refusal && <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">{refusal}</p>}
      <dl className="grid gap-x-4 gap-y-1 rounded border border-gray-200 bg-white p-4 text-sm sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">Trạng thái</dt><dd>{DOCUMENT_STATE_LABELS[row.state]}</dd>
        <dt className="font-semibold">Tình trạng hiệu lực</dt><dd>{EFFECT_LABELS[effect]}</dd>
        <dt className="font-semibold">Đơn vị</dt><dd>{row.unit.name}</dd>
        <dt className="font-semibold">Người nhập</dt><dd>{row.createdBy.name}</dd>
        <dt className="font-semibold">Trích yếu</dt><dd>{row.summary}</dd>
        <dt className="font-semibold">Ngày ban hành</dt><dd>{formatDay(row.issuedOn)}</dd>
        {row.returnReason && row.state === "RETURNED" && (<><dt className="font-semibold">Lý do trả lại</dt><dd>{row.returnReason}</dd></>)}
        <dt className="font-semibold">Tệp</dt>
        <dd>
          {row.files.length === 0 ? "Chưa có tệp." : row.files.map(({ file }) => <a key={file.id} href={fileUrl(file.storageKey)} className="mr-3 break-all underline">{file.originalName}</a>)}
        </dd>
        {row.citations.length > 0 && (<><dt className="font-semibold">Bài viết trích dẫn</dt><dd>{row.citations.map((c) => c.article.title).join("; ")}</dd></>)}
      </dl>

      {(may.submit || may.approve || may.return) && (
        <section aria-labelledby="duyet" className="space-y-3 rounded border border-gray-200 bg-white p-4">
          <h2 id="duyet" className="font-bold">Duyệt văn bản</h2>
          <div className="flex flex-wrap gap-2">
            {may.submit && (
              <form action={submitDocumentAction}><input type="hidden" name="id" value={row.id} /><button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">Gửi duyệt</button></form>
            )}
            {may.approve && (
              <form action={approveDocumentAction}><input type="hidden" name="id" value={row.id} /><button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">{may.endorse ? "Duyệt và chuyển lên cấp tỉnh" : "Duyệt và xuất bản"}</button></form>
            )}
          </div>
          {may.return && (
            <form action={returnDocumentAction} className="space-y-2">
              <input type="hidden" name="id" value={row.id} />
              <label htmlFor="ly-do" className="block text-sm font-semibold">Lý do</label>
              <textarea id="ly-do" name="reason" rows={2} required className="w-full rounded border border-gray-400 px-3 py-2" />
              <button type="submit" className="rounded border border-red-700 px-4 py-2 font-semibold text-red-800">Trả lại</button>
            </form>
          )}
        </section>
      )}

      {may.setEffect && (
        <section aria-labelledby="hieu-luc" className="space-y-3 rounded border border-gray-200 bg-white p-4">
          <h2 id="hieu-luc" className="font-bold">Cập nhật tình trạng hiệu lực</h2>
          <form action={setDocumentEffectAction} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
            <input type="hidden" name="id" value={row.id} />
            <div>
              <label htmlFor="tinh-trang" className="block text-sm font-semibold">Tình trạng hiệu lực mới</label>
              <select id="tinh-trang" name="effect" defaultValue={row.effectSet ?? ""} className="mt-1 w-full rounded border border-gray-400 bg-white px-3 py-2">
                <option value="">Theo ngày</option>
                {EFFECTS.map((e) => <option key={e} value={e}>{EFFECT_LABELS[e]}</option>)}
              </select>
            </div>
            <DateField id="het-hieu-luc" label="Ngày hết hiệu lực" name="expiresOn" defaultValue={day(row.expiresOn)} />
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white sm:mt-6">Cập nhật hiệu lực</button>
          </form>
        </section>
      )}

      {may.edit && (
        <section aria-labelledby="sua" className="space-y-3">
          <h2 id="sua" className="text-xl font-bold">Sửa văn bản</h2>
          <DocumentForm
            action={saveDocumentAction}
            units={[{ id: row.unitId, name: row.unit.name }]}
            fields={fields}
            canSubmit={may.submit}
            initial={{
              id: row.id,
              number: row.number,
              type: row.type,
              issuer: row.issuer,
              signer: row.signer ?? "",
              issuedOn: day(row.issuedOn),
              effectiveFrom: day(row.effectiveFrom),
              expiresOn: day(row.expiresOn),
              effectSet: row.effectSet ?? "",
              summary: row.summary,
              legalFieldId: row.legalFieldId ? String(row.legalFieldId) : "",
              files: row.files.map(({ file }) => ({ id: file.id, originalName: file.originalName })),
              relations: relations.map((r) => ({ kind: r.kind, number: r.number })),
            }}
          />
        </section>
      )}
    </div>
  );
}
