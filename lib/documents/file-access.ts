import { db } from "@/lib/db";
import { can, type PolicyActor } from "@/lib/policy";
import { findServedFile, type ServedFile } from "@/lib/storage/served-file";

// Who may have a document's file (lib/storage/file-access.ts asks): anyone while a published document
// carries it; staff who may view a document carrying it (Nháp, Chờ duyệt, Bị trả lại).

export async function findPublishedDocumentFile(storageKey: string): Promise<ServedFile | null> {
  const shown = await db.legalDocumentFile.findFirst({ where: { file: { storageKey }, document: { state: "PUBLISHED" } }, select: { fileId: true } });
  return shown ? findServedFile(storageKey, { legalDocuments: { some: { document: { state: "PUBLISHED" } } } }) : null;
}

export async function staffMayHaveDocumentFile(storageKey: string, actor: PolicyActor): Promise<boolean> {
  const documents = await db.legalDocumentFile.findMany({
    where: { file: { storageKey } },
    take: 20,
    select: { document: { select: { unitId: true, createdById: true, state: true } } },
  });
  return documents.some(({ document }) => can(actor, "document.view", { unitId: document.unitId, writerId: document.createdById, state: document.state }));
}
