import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isValidStorageKey, LocalDiskStorage } from "./local-disk";
import { InvalidStorageKeyError } from "./types";

let root: string;
let storage: LocalDiskStorage;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "storage-test-"));
  storage = new LocalDiskStorage(root);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function allFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe("LocalDiskStorage", () => {
  it("reads back exactly what was stored, under a key named by its SHA-256", async () => {
    const bytes = Buffer.from("Kế hoạch tuyên truyền pháp luật", "utf8");
    const stored = await storage.put(bytes);
    const sha256 = createHash("sha256").update(bytes).digest("hex");

    expect(stored).toEqual({ storageKey: `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`, sha256, size: bytes.length });
    expect(await storage.read(stored.storageKey)).toEqual(bytes);
  });

  it("adds the extension of a recognised type to the key", async () => {
    const { storageKey } = await storage.put(PNG);
    expect(storageKey).toMatch(/\.png$/);
    expect(isValidStorageKey(storageKey)).toBe(true);
  });

  it("stores identical bytes once", async () => {
    const first = await storage.put(Buffer.from("same"));
    const second = await storage.put(Buffer.from("same"));
    await Promise.all([storage.put(Buffer.from("same")), storage.put(Buffer.from("same"))]);

    expect(second.storageKey).toBe(first.storageKey);
    expect(await allFiles(root)).toHaveLength(1);
  });

  it("leaves no temporary files behind", async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => storage.put(Buffer.from(`file ${i % 5}`))));
    const files = await allFiles(root);
    expect(files).toHaveLength(5);
    expect(files.filter((file) => path.basename(file).startsWith(".tmp"))).toEqual([]);
  });

  it("streams stored bytes", async () => {
    const { storageKey } = await storage.put(PNG);
    const stream = await storage.stream(storageKey);
    expect(Buffer.from(await new Response(stream).arrayBuffer())).toEqual(PNG);
  });

  it("answers null for a well-formed key with nothing stored, and removes idempotently", async () => {
    const { storageKey } = await storage.put(Buffer.from("to remove"));
    await storage.remove(storageKey);
    await storage.remove(storageKey);
    expect(await storage.read(storageKey)).toBeNull();
    expect(await storage.stream(storageKey)).toBeNull();
  });

  it.each([
    "../etc/passwd",
    "ab/cd/../../../etc/passwd",
    "/etc/passwd",
    "ab/cd/" + "0".repeat(64),
    "ab\\cd\\" + "abcd".padEnd(64, "0"),
    "ab/cd/" + "abcd".padEnd(64, "0") + "/../x",
    "AB/CD/" + "ABCD".padEnd(64, "0"),
    "",
  ])("refuses the malformed key %j", async (key) => {
    expect(isValidStorageKey(key)).toBe(false);
    await expect(storage.read(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.remove(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.stream(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
  });
});
