import path from "node:path";
import { LocalDiskStorage } from "./local-disk";
import type { FileStorage } from "./types";

export type { FileStorage, StoredObject } from "./types";
export { InvalidStorageKeyError } from "./types";
export { isValidStorageKey } from "./local-disk";

let storage: { root: string; adapter: FileStorage } | undefined;

/** The configured storage: local disk under STORAGE_DIR (default `<cwd>/storage`). */
export function getStorage(): FileStorage {
  // The folder is chosen at run time; tell the bundler not to trace the whole project from it.
  const root = path.resolve(/*turbopackIgnore: true*/ process.env.STORAGE_DIR || path.join(process.cwd(), "storage"));
  // Re-created when STORAGE_DIR changes, so tests can point each run at its own folder.
  if (storage?.root !== root) storage = { root, adapter: new LocalDiskStorage(root) };
  return storage.adapter;
}
