// Which stored keys an article uses (ArticleFileKey), kept from inside the transaction that writes its
// fields, so the file route can tell from one indexed lookup who may have a file: readers while a
// published article shows it, staff who may view an article that uses or used it.
import type { Prisma } from "@/generated/prisma/client";
import { imageKeysOf } from "@/lib/richtext/image-keys";
import type { ImageVariant } from "@/lib/storage/upload-file";
import type { ArticleFields } from "./article-fields";

type FileUse = Pick<ArticleFields, "coverImageId" | "attachments" | "body">;

/** Every key the fields show: cover and attachments by id, body images by key, each with its smaller sizes. */
export async function keysShownBy(tx: Prisma.TransactionClient, fields: FileUse): Promise<string[]> {
  const ids = [fields.coverImageId, ...fields.attachments.map((file) => file.fileId)].filter((id): id is number => id !== null);
  const bodyKeys = imageKeysOf(fields.body);
  if (ids.length === 0 && bodyKeys.length === 0) return [];
  const files = await tx.storedFile.findMany({
    where: { OR: [{ id: { in: ids } }, { storageKey: { in: bodyKeys } }] },
    select: { storageKey: true, variants: true },
  });
  const keys = new Set(bodyKeys);
  for (const file of files) {
    keys.add(file.storageKey);
    for (const variant of (file.variants ?? []) as ImageVariant[]) keys.add(variant.storageKey);
  }
  return [...keys];
}

/**
 * Records the keys of what an article now shows (`current`: its own fields, what readers see once it
 * is published) or of a correction waiting for review (not current). Keys it showed before stay
 * recorded as not current, so its staff can still open its earlier revisions' files.
 */
export async function recordFileKeys(tx: Prisma.TransactionClient, articleId: number, fields: FileUse, current: boolean): Promise<void> {
  const keys = await keysShownBy(tx, fields);
  if (current) await tx.articleFileKey.updateMany({ where: { articleId, current: true }, data: { current: false } });
  if (keys.length === 0) return;
  await tx.articleFileKey.createMany({ data: keys.map((storageKey) => ({ articleId, storageKey, current })), skipDuplicates: true });
  if (current) await tx.articleFileKey.updateMany({ where: { articleId, storageKey: { in: keys } }, data: { current: true } });
}
