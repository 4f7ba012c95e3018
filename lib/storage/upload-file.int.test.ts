import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { auditEntriesAfter, lastAuditId, makeActor, makeUnit, removeUnits } from "@/test-support/fixtures/people";
import { startFakeUploadThing } from "@/test-support/uploads/fake-uploadthing";
import { animatedGif, docx, jpegWithGps, pdf, picture, pngClaiming, SVG } from "@/test-support/uploads/fixtures";
import { LocalDiskStorage } from "./local-disk";
import { findServedFile } from "./served-file";
import type { FileStorage } from "./types";
import { UploadThingStorage } from "./uploadthing";
import { uploadFile, type UploadInput, type UploadResult } from "./upload-file";
import { IMAGE_MAX_BYTES } from "./upload-limits";

let storageDir: string;
let previousStorageDir: string | undefined;
let author: PolicyActor;
let outsider: PolicyActor;
let unitId: number;
let otherUnitId: number;
const madeFiles: number[] = [];

beforeAll(async () => {
  previousStorageDir = process.env.STORAGE_DIR;
  const [unit, otherUnit] = [await makeUnit(), await makeUnit()];
  unitId = unit.id;
  otherUnitId = otherUnit.id;
  author = await makeActor([], [{ unitId, role: "AUTHOR" }]);
  outsider = await makeActor([], [{ unitId: otherUnitId, role: "AUTHOR" }]);
});

beforeEach(async () => {
  storageDir = await mkdtemp(path.join(tmpdir(), "tai-len-"));
  process.env.STORAGE_DIR = storageDir;
});

afterEach(async () => {
  await rm(storageDir, { recursive: true, force: true });
});

afterAll(async () => {
  await db.storedFile.deleteMany({ where: { id: { in: madeFiles } } });
  await removeUnits([unitId, otherUnitId]);
  if (previousStorageDir === undefined) delete process.env.STORAGE_DIR;
  else process.env.STORAGE_DIR = previousStorageDir;
});

async function storedFiles(): Promise<string[]> {
  const entries = await readdir(storageDir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(storageDir, path.join(entry.parentPath, entry.name)));
}

async function upload(actor: PolicyActor, input: Partial<UploadInput> & Pick<UploadInput, "body" | "fileName">, storage?: FileStorage) {
  const result = await uploadFile(actor, { unitId, purpose: "attachment", ...input }, { storage });
  if (result.ok) madeFiles.push(result.value.id);
  return result;
}

function accepted(result: UploadResult) {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** A refused upload: its message and reason, and no byte, row or audit entry left behind. */
async function expectRefusedLeavingNothing(call: () => Promise<UploadResult>, error: string, reason: string) {
  const rows = await db.storedFile.count();
  const audit = await lastAuditId();
  const files = await storedFiles();
  const result = await call();
  expect(result).toMatchObject({ ok: false, error, reason });
  expect(await storedFiles()).toEqual(files);
  expect(await db.storedFile.count()).toBe(rows);
  expect(await auditEntriesAfter(audit)).toEqual([]);
}

/** A stream of `chunks` chunks, counting how many were pulled. */
function countingStream(first: Uint8Array, chunks: number, size: number) {
  const state = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (state.pulled === chunks) return controller.close();
        controller.enqueue(state.pulled === 0 ? first : new Uint8Array(size));
        state.pulled++;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, state };
}

describe("uploadFile: images", () => {
  it("stores only re-encoded sizes, without EXIF or GPS, and records who uploaded them", async () => {
    const audit = await lastAuditId();
    const file = accepted(await upload(author, { purpose: "image", fileName: "C:\\fakepath\\Ảnh hội nghị\u0007.jpg", claimedType: "image/jpeg", body: await jpegWithGps(2400, 1800) }));

    // Orientation 6: shown 1800 wide, so 1600 / 960 / 480.
    expect(file).toMatchObject({ originalName: "Ảnh hội nghị.jpg", mimeType: "image/jpeg", width: 1600, height: 2133 });
    expect(file.variants.map((v) => [v.width, v.height, v.mimeType])).toEqual([
      [960, 1280, "image/webp"],
      [480, 640, "image/webp"],
    ]);
    const files = await storedFiles();
    expect(files.sort()).toEqual([file.storageKey, ...file.variants.map((v) => v.storageKey)].sort());

    for (const key of files) {
      const bytes = await readFile(path.join(storageDir, key));
      const metadata = await sharp(bytes).metadata();
      expect(metadata.exif).toBeUndefined();
      expect(metadata.orientation).toBeUndefined();
      expect(bytes.includes("KiemThu")).toBe(false);
    }
    const main = await readFile(path.join(storageDir, file.storageKey));
    const row = await db.storedFile.findUniqueOrThrow({ where: { id: file.id } });
    expect(row).toMatchObject({
      storageKey: file.storageKey,
      size: main.length,
      sha256: createHash("sha256").update(main).digest("hex"),
      uploadedById: author.id,
      width: 1600,
      height: 2133,
    });
    expect(row.variants).toEqual(file.variants);
    // The route that serves files finds the smaller sizes too, with their own type and length.
    const [variant] = file.variants;
    expect(await findServedFile(variant.storageKey)).toEqual({ id: file.id, originalName: "Ảnh hội nghị.jpg", mimeType: "image/webp", size: variant.size, isVariant: true });
    expect(await findServedFile(file.storageKey)).toMatchObject({ id: file.id, mimeType: "image/jpeg", isVariant: false });
    expect(await findServedFile("00/00/" + "0".repeat(64) + ".jpg")).toBeNull();
    expect(await auditEntriesAfter(audit)).toMatchObject([
      { actorId: author.id, action: "file.upload", targetType: "StoredFile", targetId: String(file.id), change: { unitId, purpose: "image", mimeType: "image/jpeg" } },
    ]);
  });

  it("keeps a small image at its own width, and an animated GIF animated", async () => {
    const small = accepted(await upload(author, { purpose: "image", fileName: "nhỏ.png", body: await picture(320, 200, "png") }));
    expect(small).toMatchObject({ width: 320, height: 200, mimeType: "image/jpeg", variants: [] });
    const gif = accepted(await upload(author, { fileName: "động.gif", body: await animatedGif(200, 100, 4) }));
    expect(gif).toMatchObject({ mimeType: "image/gif", width: 200, height: 100 });
    expect((await sharp(await readFile(path.join(storageDir, gif.storageKey)), { animated: true }).metadata()).pages).toBe(4);
  });

  it("stores identical content once on disk but keeps each upload's own name", async () => {
    const bytes = await picture(600, 400);
    const first = accepted(await upload(author, { fileName: "a.jpg", body: bytes }));
    const files = await storedFiles();
    const second = accepted(await upload(author, { fileName: "ảnh khác tên.jpg", body: bytes }));
    expect(second.id).not.toBe(first.id);
    expect(second).toMatchObject({ storageKey: first.storageKey, originalName: "ảnh khác tên.jpg" });
    expect(await storedFiles()).toEqual(files);
  });
});

describe("uploadFile: documents", () => {
  it("keeps a PDF exactly as sent", async () => {
    const bytes = pdf();
    const file = accepted(await upload(author, { fileName: "Kế hoạch năm 2026.pdf", claimedType: "application/pdf", body: bytes }));
    expect(file).toMatchObject({ originalName: "Kế hoạch năm 2026.pdf", mimeType: "application/pdf", size: bytes.length, width: null, height: null, variants: [] });
    expect(await readFile(path.join(storageDir, file.storageKey))).toEqual(bytes);
  });

  it("reads a .docx from a stream", async () => {
    const bytes = docx();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 100) controller.enqueue(bytes.subarray(at, at + 100));
        controller.close();
      },
    });
    const file = accepted(await upload(author, { fileName: "Đề án.docx", body }));
    expect(file.mimeType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(await readFile(path.join(storageDir, file.storageKey))).toEqual(bytes);
  });
});

describe("uploadFile: refusals leave nothing behind", () => {
  it("refuses an image over 10 MB, reading no more of the stream than the limit", async () => {
    const jpegHead = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1]);
    const { stream, state } = countingStream(jpegHead, 1_000_000, 64 * 1024);
    await expectRefusedLeavingNothing(() => upload(author, { fileName: "lớn.jpg", body: stream }), "Ảnh vượt quá 10 MB.", "too-large");
    expect(state.pulled).toBeLessThanOrEqual(IMAGE_MAX_BYTES / (64 * 1024) + 2);

    const padded = Buffer.concat([await picture(64, 64), Buffer.alloc(IMAGE_MAX_BYTES)]);
    await expectRefusedLeavingNothing(() => upload(author, { purpose: "image", fileName: "lớn.jpg", body: padded }), "Ảnh vượt quá 10 MB.", "too-large");
  });

  it("refuses a document over 20 MB", async () => {
    const big = Buffer.concat([pdf(), Buffer.alloc(20 * 1024 * 1024)]);
    await expectRefusedLeavingNothing(() => upload(author, { fileName: "lớn.pdf", body: big }), "Tệp vượt quá 20 MB.", "too-large");
  });

  it("refuses a decompression bomb", async () => {
    await expectRefusedLeavingNothing(
      async () => upload(author, { purpose: "image", fileName: "bom.png", body: await pngClaiming(20_000, 20_000) }),
      "Ảnh “bom.png” quá lớn (400 megapixel khi giải nén); chỉ nhận ảnh tối đa 50 megapixel.",
      "unsupported-type",
    );
  });

  it("refuses bytes that are not what the name says, and SVG dressed as PNG", async () => {
    await expectRefusedLeavingNothing(
      () => upload(author, { fileName: "Đề án.docx", body: pdf() }),
      "Tệp “Đề án.docx” không đúng định dạng: nội dung không phải tài liệu Word.",
      "unsupported-type",
    );
    await expectRefusedLeavingNothing(
      () => upload(author, { purpose: "image", fileName: "logo.png", claimedType: "image/png", body: SVG }),
      "Tệp “logo.png” không đúng định dạng: nội dung không phải ảnh JPEG, PNG, WebP hoặc GIF.",
      "unsupported-type",
    );
    await expectRefusedLeavingNothing(
      () => upload(author, { purpose: "image", fileName: "Kế hoạch.pdf", body: pdf() }),
      "Tệp “Kế hoạch.pdf” không phải ảnh: chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF.",
      "unsupported-type",
    );
    await expectRefusedLeavingNothing(() => upload(author, { fileName: "trống.pdf", body: new Uint8Array(0) }), "Tệp “trống.pdf” rỗng (0 byte).", "invalid");
  });

  it("refuses an author of another unit without reading the file", async () => {
    const { stream, state } = countingStream(pdf(), 10, 1024);
    await expectRefusedLeavingNothing(
      () => upload(outsider, { fileName: "a.pdf", body: stream }),
      "Bạn không có quyền thực hiện thao tác này.",
      "forbidden",
    );
    expect(state.pulled).toBe(0);
    await expectRefusedLeavingNothing(() => uploadFile(null, { unitId, purpose: "image", fileName: "a.jpg", body: pdf() }), "Bạn cần đăng nhập để thực hiện thao tác này.", "forbidden");
  });

  it("refuses a missing unit or an unknown purpose", async () => {
    await expectRefusedLeavingNothing(() => uploadFile(author, { unitId: Number.NaN, purpose: "image", fileName: "a.jpg", body: pdf() }), "Chưa chọn đơn vị.", "invalid");
    await expectRefusedLeavingNothing(() => uploadFile(author, { unitId, purpose: "avatar" as never, fileName: "a.jpg", body: pdf() }), "Mục đích tải lên không hợp lệ.", "invalid");
  });
});

describe("uploadFile: a failure half-way removes this upload's bytes, and only those", () => {
  it("removes the re-encoded sizes when the database refuses the row", async () => {
    // A person the policy lets through but the database does not know: the insert fails.
    const ghost: PolicyActor = { id: 2_000_000_000, portalRoles: [], memberships: [{ unitId, role: "AUTHOR" }] };
    const rows = await db.storedFile.count();
    await expect(upload(ghost, { purpose: "image", fileName: "ảnh.jpg", body: await picture(1000, 700) })).rejects.toThrow();
    expect(await storedFiles()).toEqual([]);
    expect(await db.storedFile.count()).toBe(rows);
  });

  it("keeps bytes another StoredFile already uses", async () => {
    const bytes = await picture(1000, 700);
    const kept = accepted(await upload(author, { fileName: "ảnh.jpg", body: bytes }));
    const files = await storedFiles();
    expect(files).toHaveLength(3);
    const ghost: PolicyActor = { id: 2_000_000_000, portalRoles: [], memberships: [{ unitId, role: "AUTHOR" }] };
    await expect(upload(ghost, { fileName: "cùng ảnh.jpg", body: bytes })).rejects.toThrow();
    expect(await storedFiles()).toEqual(files);
    expect(await db.storedFile.findUnique({ where: { id: kept.id } })).not.toBeNull();
  });

  it("removes what was written when the storage fails on a later size", async () => {
    const disk = new LocalDiskStorage(storageDir);
    let puts = 0;
    const failing: FileStorage = {
      put: async (bytes) => {
        if (++puts === 2) throw new Error("disk full");
        return disk.put(bytes);
      },
      read: (key) => disk.read(key),
      remove: (key) => disk.remove(key),
    };
    const rows = await db.storedFile.count();
    await expect(upload(author, { fileName: "ảnh.jpg", body: await picture(1200, 800) }, failing)).rejects.toThrow("disk full");
    expect(puts).toBe(2);
    expect(await storedFiles()).toEqual([]);
    expect(await db.storedFile.count()).toBe(rows);
  });
});

describe("uploadFile on uploadthing (a local fake)", () => {
  it("stores every size there, and removes them when the database refuses the row", async () => {
    const fake = await startFakeUploadThing();
    try {
      const remote = new UploadThingStorage({ ...fake.options, logLevel: "None" });
      const file = accepted(await upload(author, { fileName: "ảnh.jpg", body: await picture(1100, 700) }, remote));
      expect([...fake.files.keys()].sort()).toEqual([file.storageKey, ...file.variants.map((v) => v.storageKey)].map((key) => key.split("/")[2]).sort());
      expect((await sharp((await remote.read(file.storageKey))!).metadata()).width).toBe(1100);

      const ghost: PolicyActor = { id: 2_000_000_000, portalRoles: [], memberships: [{ unitId, role: "AUTHOR" }] };
      await expect(upload(ghost, { fileName: "khác.jpg", body: await picture(900, 600) }, remote)).rejects.toThrow();
      expect(fake.files.size).toBe(3);
      expect(await storedFiles()).toEqual([]);
    } finally {
      await fake.close();
    }
  });
});
