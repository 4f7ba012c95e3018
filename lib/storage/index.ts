import path from "node:path";
import { LocalDiskStorage } from "./local-disk";
import type { FileStorage } from "./types";
import { UploadThingStorage } from "./uploadthing";

export type { FileStorage, StoredObject } from "./types";
export { InvalidStorageKeyError } from "./types";
// Both adapters use the same content-addressed keys, so one validation serves the file route.
export { isValidStorageKey } from "./local-disk";

let storage: { config: string; adapter: FileStorage } | undefined;

/**
 * The configured storage: uploadthing when UPLOADTHING_TOKEN is set (its other UPLOADTHING_* variables
 * are read by its SDK), otherwise the local disk under STORAGE_DIR (default `<cwd>/storage`).
 */
export function getStorage(): FileStorage {
  const token = process.env.UPLOADTHING_TOKEN;
  // The folder is chosen at run time; tell the bundler not to trace the whole project from it.
  const root = path.resolve(/*turbopackIgnore: true*/ process.env.STORAGE_DIR || path.join(process.cwd(), "storage"));
  const config = token ? `uploadthing:${token}` : `disk:${root}`;
  // Re-created when the configuration changes, so tests can point each run at its own folder.
  if (storage?.config !== config) {
    storage = { config, adapter: token ? new UploadThingStorage({ token }) : new LocalDiskStorage(root) };
  }
  return storage.adapter;
}
