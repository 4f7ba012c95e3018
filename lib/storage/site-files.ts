// The portal's own images that every public page shows (the emblem chosen in Cài đặt), so the file
// route serves them to readers like the files of published articles (lib/storage/file-access.ts).
import { db } from "@/lib/db";
import { getSiteSettings, logoStorageKey } from "@/lib/site/settings";

/**
 * Whether `storageKey` is the current emblem or one of its smaller sizes. Read from the database, not
 * the public cache: a replaced emblem stops being public the moment the setting changes.
 */
export async function isSiteFileKey(storageKey: string): Promise<boolean> {
  const emblemKey = logoStorageKey((await getSiteSettings()).logo);
  if (!emblemKey) return false;
  if (emblemKey === storageKey) return true;
  const count = await db.storedFile.count({ where: { storageKey: emblemKey, variants: { array_contains: [{ storageKey }] } } });
  return count > 0;
}
