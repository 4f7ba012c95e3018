import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, readFile, rename, rm, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { InvalidStorageKeyError, type FileStorage, type StoredObject } from "./types";

// Keys look like `ab/cd/abcd…(64 hex).jpg`: sharded by the first two bytes of the SHA-256 so no folder
// grows huge, and strict enough that a key taken from a URL can never name a path outside the root.
const KEY_PATTERN = /^([0-9a-f]{2})\/([0-9a-f]{2})\/([0-9a-f]{64})(\.[a-z0-9]{1,5})?$/;

export function isValidStorageKey(storageKey: string): boolean {
  const match = KEY_PATTERN.exec(storageKey);
  return match !== null && match[3].startsWith(match[1] + match[2]);
}

/** The extension of a few types recognised by their first bytes; other files are stored without one. */
export function detectExtension(bytes: Buffer): string {
  const starts = (signature: number[], offset = 0) => signature.every((byte, i) => bytes[offset + i] === byte);
  if (starts([0xff, 0xd8, 0xff])) return ".jpg";
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return ".png";
  if (starts([0x47, 0x49, 0x46, 0x38])) return ".gif";
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return ".webp";
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return ".pdf";
  return "";
}

/** The content-addressed key of some bytes (the same on every adapter): `ab/cd/<sha256><.ext>`. */
export function contentKey(bytes: Buffer): { storageKey: string; sha256: string } {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return { storageKey: `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}${detectExtension(bytes)}`, sha256 };
}

export class LocalDiskStorage implements FileStorage {
  constructor(readonly root: string) {}

  async put(bytes: Buffer): Promise<StoredObject> {
    const { storageKey, sha256 } = contentKey(bytes);
    const target = this.pathOf(storageKey);
    if (await exists(target)) return { storageKey, sha256, size: bytes.length };

    // Write beside the target and rename: readers never see a half-written file, and two writers of
    // the same content both end with the same complete file.
    const folder = path.dirname(target);
    await mkdir(folder, { recursive: true });
    const temporary = path.join(folder, `.tmp-${process.pid}-${randomBytes(8).toString("hex")}`);
    try {
      const handle = await open(temporary, "wx", 0o644);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, target);
    } catch (error) {
      await unlink(temporary).catch(() => {});
      throw error;
    }
    return { storageKey, sha256, size: bytes.length };
  }

  async read(storageKey: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(storageKey));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async stream(storageKey: string): Promise<ReadableStream<Uint8Array> | null> {
    const file = this.pathOf(storageKey);
    if (!(await exists(file))) return null;
    return Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
  }

  async remove(storageKey: string): Promise<void> {
    await rm(this.pathOf(storageKey), { force: true });
  }

  private pathOf(storageKey: string): string {
    if (!isValidStorageKey(storageKey)) throw new InvalidStorageKeyError(storageKey);
    return path.join(this.root, ...storageKey.split("/"));
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === "ENOENT";
}
