import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { updateSiteSettings } from "@/lib/settings/update-site-settings";
import { SITE_SETTING_KEY } from "@/lib/site/settings";
import { makeActor } from "@/test-support/fixtures/people";
import type { Prisma } from "@/generated/prisma/client";
import { nextHeadersMock, signInAs } from "@/test-support/next-request";
import { picture } from "@/test-support/uploads/fixtures";
import { uploadFile, type UploadedFile } from "./upload-file";

// Issue 14: the emblem an administrator uploads in Cài đặt is on every public page, so the file route
// serves it (and its smaller sizes) to readers — but only while it is the emblem, and no other
// image an administrator uploaded that way.
vi.mock("next/headers", () => nextHeadersMock());
const { GET } = await import("@/app/tep/[...key]/route");

let storageDir: string;
let previousStorageDir: string | undefined;
let admin: PolicyActor;
let editor: PolicyActor;
let original: Prisma.JsonValue | undefined;
const uploaded: number[] = [];

async function uploadEmblem(width = 1600): Promise<UploadedFile> {
  const result = await uploadFile(admin, { purpose: "site", fileName: "quốc-huy.png", body: await picture(width, width, "png") });
  if (!result.ok) throw new Error(result.error);
  uploaded.push(result.value.id);
  return result.value;
}

async function statusFor(storageKey: string): Promise<number> {
  await signInAs(null);
  const response = await GET(new Request(`http://cong.test/tep/${storageKey}`), { params: Promise.resolve({ key: storageKey.split("/") }) });
  return response.status;
}

beforeAll(async () => {
  previousStorageDir = process.env.STORAGE_DIR;
  storageDir = await mkdtemp(path.join(tmpdir(), "site-files-"));
  process.env.STORAGE_DIR = storageDir;
  admin = await makeActor(["ADMINISTRATOR"]);
  editor = await makeActor(["PROVINCIAL_EDITOR"]);
  original = (await db.setting.findUnique({ where: { key: SITE_SETTING_KEY } }))?.value;
});

afterAll(async () => {
  if (original === undefined) await db.setting.deleteMany({ where: { key: SITE_SETTING_KEY } });
  else await db.setting.update({ where: { key: SITE_SETTING_KEY }, data: { value: original as Prisma.InputJsonValue } });
  await db.storedFile.deleteMany({ where: { id: { in: uploaded } } });
  await rm(storageDir, { recursive: true, force: true });
  if (previousStorageDir === undefined) delete process.env.STORAGE_DIR;
  else process.env.STORAGE_DIR = previousStorageDir;
});

describe("the emblem uploaded in Cài đặt", () => {
  it("is an upload for administrators only, belonging to no unit", async () => {
    const emblem = await uploadEmblem();
    expect(await db.storedFile.findUniqueOrThrow({ where: { id: emblem.id } })).toMatchObject({ unitId: null, uploadedById: admin.id });
    const refused = await uploadFile(editor, { purpose: "site", fileName: "logo.png", body: await picture(200, 200, "png") });
    expect(refused).toMatchObject({ ok: false, reason: "forbidden" });
    const notImage = await uploadFile(admin, { purpose: "site", fileName: "logo.pdf", body: Buffer.from("%PDF-1.4\n") });
    expect(notImage).toMatchObject({ ok: false });
  });

  it("is served to readers with its smaller sizes while it is the emblem, and not after it is replaced", async () => {
    const emblem = await uploadEmblem();
    const other = await uploadEmblem(1400);
    expect(emblem.variants.length).toBeGreaterThan(0);
    expect(await statusFor(emblem.storageKey)).toBe(404);

    expect(await updateSiteSettings(admin, { name: "Cổng", logo: `/tep/${emblem.storageKey}` })).toMatchObject({ ok: true });
    expect(await statusFor(emblem.storageKey)).toBe(200);
    expect(await statusFor(emblem.variants[0].storageKey)).toBe(200);
    // Another image uploaded the same way is not public until it is chosen.
    expect(await statusFor(other.storageKey)).toBe(404);

    expect(await updateSiteSettings(admin, { name: "Cổng", logo: `/tep/${other.storageKey}` })).toMatchObject({ ok: true });
    expect(await statusFor(other.storageKey)).toBe(200);
    expect(await statusFor(emblem.storageKey)).toBe(404);
    expect(await statusFor(emblem.variants[0].storageKey)).toBe(404);
  });

  it("refuses a logo path under /tep/ that is no uploaded image", async () => {
    const result = await updateSiteSettings(admin, { name: "Cổng", logo: "/tep/ab/cd/khong-co.png" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { logo: "Không tìm thấy ảnh logo đã tải lên. Vui lòng tải ảnh lên lại." } });
  });
});
