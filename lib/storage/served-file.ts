// What the file route (app/tep/[...key]) needs to serve a key: the StoredFile whose main key it is, or
// the image whose smaller size (a `variants` entry) it is, with that size's own type and length.
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import type { ImageVariant } from "./upload-file";

export type ServedFile = { id: number; originalName: string; mimeType: string; size: number; isVariant: boolean };

/** `preferred`: which of several uploads sharing the bytes names the download (else the first recorded). */
export async function findServedFile(storageKey: string, preferred?: Prisma.StoredFileWhereInput): Promise<ServedFile | null> {
  const file =
    (preferred && (await db.storedFile.findFirst({ where: { storageKey, ...preferred }, orderBy: { id: "asc" } }))) ||
    (await db.storedFile.findFirst({ where: { storageKey }, orderBy: { id: "asc" } }));
  if (file) return { id: file.id, originalName: file.originalName, mimeType: file.mimeType, size: file.size, isVariant: false };
  // jsonb containment (`variants @> '[{"storageKey": …}]'`).
  const parent = await db.storedFile.findFirst({ where: { variants: { array_contains: [{ storageKey }] } } });
  const variant = (parent?.variants as ImageVariant[] | undefined)?.find((entry) => entry.storageKey === storageKey);
  if (!parent || !variant?.mimeType || typeof variant.size !== "number") return null;
  return { id: parent.id, originalName: parent.originalName, mimeType: variant.mimeType, size: variant.size, isVariant: true };
}
