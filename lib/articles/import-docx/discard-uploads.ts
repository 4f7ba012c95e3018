// An import that fails after its pictures were stored takes them back: rows and bytes, so a refused
// or failed import leaves nothing behind. Bytes another file still uses (same content) stay.
import { db } from "@/lib/db";
import { getStorage } from "@/lib/storage";
import type { FileStorage } from "@/lib/storage/types";
import type { UploadedFile } from "@/lib/storage/upload-file";

export async function discardUploads(files: UploadedFile[], storage: FileStorage = getStorage()): Promise<void> {
  if (files.length === 0) return;
  await db.storedFile.deleteMany({ where: { id: { in: files.map((file) => file.id) } } });
  const keys = new Set(files.flatMap((file) => [file.storageKey, ...file.variants.map((variant) => variant.storageKey)]));
  for (const storageKey of keys) {
    const references = await db.storedFile.count({ where: { OR: [{ storageKey }, { variants: { array_contains: [{ storageKey }] } }] } });
    if (references === 0) await storage.remove(storageKey);
  }
}
