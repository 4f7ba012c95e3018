import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DocumentForm } from "@/components/workspace/documents/document-form";
import { getWorkingActor } from "@/lib/auth/session";
import { listLegalFields } from "@/lib/documents/workspace-queries";
import { unitsWithRole } from "@/lib/policy";
import { saveDocumentAction } from "../actions";

export const metadata: Metadata = { title: "Thêm văn bản" };

export default async function NewDocumentPage() {
  const actor = await getWorkingActor();
  if (!actor) redirect("/dang-nhap");
  const unitIds = unitsWithRole(actor, ["AUTHOR", "APPROVER"]);
  if (unitIds.length === 0) redirect("/quan-ly/van-ban");
  const units = [...new Map(actor.memberships.filter((m) => unitIds.includes(m.unitId)).map((m) => [m.unitId, m.unitName])).entries()].map(([id, name]) => ({ id, name }));
  const fields = await listLegalFields();
  return (
    <div className="space-y-4">
      <Link href="/quan-ly/van-ban" className="text-sm underline">← Văn bản pháp luật</Link>
      <h1 className="text-2xl font-bold">Thêm văn bản</h1>
      <DocumentForm
        action={saveDocumentAction}
        units={units}
        fields={fields}
        canSubmit
        initial={{ number: "", type: "", issuer: "", signer: "", issuedOn: "", effectiveFrom: "", expiresOn: "", effectSet: "", summary: "", legalFieldId: "", files: [], relations: [] }}
      />
    </div>
  );
}
