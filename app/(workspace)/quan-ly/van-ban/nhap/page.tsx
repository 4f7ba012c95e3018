import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ImportForm } from "@/components/workspace/documents/import-form";
import { getWorkingActor } from "@/lib/auth/session";
import { IMPORT_COLUMNS } from "@/lib/documents/import-documents";
import { DOCUMENT_TYPES } from "@/lib/documents/types";
import { unitsWithRole } from "@/lib/policy";
import { importDocumentsAction } from "../actions";

export const metadata: Metadata = { title: "Nhập văn bản từ tệp" };

export default async function ImportDocumentsPage() {
  const actor = await getWorkingActor();
  if (!actor) redirect("/dang-nhap");
  const unitIds = unitsWithRole(actor, ["APPROVER"]);
  if (unitIds.length === 0) redirect("/quan-ly/van-ban");
  const units = [...new Map(actor.memberships.filter((m) => unitIds.includes(m.unitId)).map((m) => [m.unitId, m.unitName])).entries()].map(([id, name]) => ({ id, name }));
  return (
    <div className="space-y-4">
      <Link href="/quan-ly/van-ban" className="text-sm underline">← Văn bản pháp luật</Link>
      <h1 className="text-2xl font-bold">Nhập văn bản từ tệp</h1>
      <div className="space-y-2 rounded border border-gray-200 bg-white p-4 text-sm">
        <p>Tệp CSV (UTF-8) hoặc Excel (.xlsx), dòng đầu là tiêu đề các cột:</p>
        <p className="break-words font-mono text-xs">{IMPORT_COLUMNS.join(" | ")}</p>
        <p>Ngày theo dạng dd/mm/yyyy. Loại văn bản: {DOCUMENT_TYPES.map((t) => t.label).join(", ")}. Cột “Tệp”: tên các tệp PDF, Word đã tải lên ở bước 1, cách nhau bằng dấu chấm phẩy.</p>
        <p>Mọi dòng được kiểm tra trước: chỉ cần một dòng chưa hợp lệ thì không văn bản nào được nhập. Văn bản nhập vào ở trạng thái Chờ duyệt.</p>
      </div>
      <ImportForm action={importDocumentsAction} units={units} />
    </div>
  );
}
