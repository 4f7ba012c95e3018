import { createHash } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeUploadThing, type FakeUploadThing } from "@/test-support/uploads/fake-uploadthing";
import { picture } from "@/test-support/uploads/fixtures";
import { getStorage } from "./index";
import { isValidStorageKey, LocalDiskStorage } from "./local-disk";
import { InvalidStorageKeyError } from "./types";
import { UploadThingStorage } from "./uploadthing";

let fake: FakeUploadThing;
let storage: UploadThingStorage;

beforeAll(async () => {
  fake = await startFakeUploadThing();
});

afterAll(async () => {
  await fake.close();
});

beforeEach(() => {
  fake.files.clear();
  fake.requests.length = 0;
  fake.failIngestWith = null;
  storage = new UploadThingStorage({ ...fake.options, logLevel: "None" });
});

describe("UploadThingStorage (against a local fake of uploadthing)", () => {
  it("uploads through the SDK and reads back the same bytes under a content-hash key", async () => {
    const bytes = await picture(64, 48);
    const stored = await storage.put(bytes);
    const sha256 = createHash("sha256").update(bytes).digest("hex");

    expect(stored).toEqual({ storageKey: `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}.jpg`, sha256, size: bytes.length });
    expect(isValidStorageKey(stored.storageKey)).toBe(true);
    expect(fake.files.get(`${sha256}.jpg`)).toMatchObject({ type: "image/jpeg", name: `${sha256}.jpg` });
    expect(await storage.read(stored.storageKey)).toEqual(bytes);
    const stream = await storage.stream(stored.storageKey);
    expect(Buffer.from(await new Response(stream).arrayBuffer())).toEqual(bytes);
  });

  it("uploads identical bytes once", async () => {
    const bytes = Buffer.from("Kế hoạch tuyên truyền pháp luật");
    const first = await storage.put(bytes);
    const second = await storage.put(bytes);
    expect(second).toEqual(first);
    expect(fake.requests.filter((request) => request.method === "PUT")).toHaveLength(1);
  });

  it("answers null for a missing file and removes idempotently", async () => {
    const { storageKey } = await storage.put(Buffer.from("sẽ bị xóa"));
    await storage.remove(storageKey);
    await storage.remove(storageKey);
    expect(fake.files.size).toBe(0);
    expect(await storage.read(storageKey)).toBeNull();
    expect(await storage.stream(storageKey)).toBeNull();
  });

  it("throws when the ingest server refuses, leaving nothing", async () => {
    fake.failIngestWith = 503;
    await expect(storage.put(Buffer.from("không lên được"))).rejects.toThrow(/uploadthing/);
    expect(fake.files.size).toBe(0);
  });

  it("refuses malformed keys before any request", async () => {
    for (const key of ["../etc/passwd", "ab/cd/" + "0".repeat(64), ""]) {
      await expect(storage.read(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.remove(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    }
    expect(fake.requests).toEqual([]);
  });

  it("refuses a token with the wrong API key at the fake's door", async () => {
    const wrongKey = Buffer.from(JSON.stringify({ apiKey: "sk_test_wrong", appId: "ung-dung-kiem-thu", regions: ["sea1"] })).toString("base64");
    const intruder = new UploadThingStorage({ ...fake.options, token: wrongKey, logLevel: "None" });
    await expect(intruder.put(Buffer.from("x"))).rejects.toThrow();
    expect(fake.files.size).toBe(0);
  });
});

describe("getStorage", () => {
  const saved = { token: process.env.UPLOADTHING_TOKEN, dir: process.env.STORAGE_DIR };
  afterEach(() => {
    if (saved.token === undefined) delete process.env.UPLOADTHING_TOKEN;
    else process.env.UPLOADTHING_TOKEN = saved.token;
    if (saved.dir === undefined) delete process.env.STORAGE_DIR;
    else process.env.STORAGE_DIR = saved.dir;
  });

  it("keeps the local disk by default and picks uploadthing when UPLOADTHING_TOKEN is set", () => {
    delete process.env.UPLOADTHING_TOKEN;
    process.env.STORAGE_DIR = "/tmp/kho-kiem-thu";
    expect(getStorage()).toBeInstanceOf(LocalDiskStorage);
    process.env.UPLOADTHING_TOKEN = fake.options.token;
    expect(getStorage()).toBeInstanceOf(UploadThingStorage);
    delete process.env.UPLOADTHING_TOKEN;
    expect(getStorage()).toBeInstanceOf(LocalDiskStorage);
  });
});
