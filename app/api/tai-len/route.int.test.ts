import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { makeActor, makeUnit, removeUnits } from "@/test-support/fixtures/people";
import { nextHeadersMock, signInAs } from "@/test-support/next-request";
import { picture, SVG } from "@/test-support/uploads/fixtures";

vi.mock("next/headers", () => nextHeadersMock());

const { POST } = await import("./route");

const HOST = "cong.test:3000";
const ORIGIN = `http://${HOST}`;
let storageDir: string;
let previousStorageDir: string | undefined;
let unitId: number;
let otherUnitId: number;
let author: { id: number; sessionVersion: number };
const madeFiles: number[] = [];

beforeAll(async () => {
  previousStorageDir = process.env.STORAGE_DIR;
  storageDir = await mkdtemp(path.join(tmpdir(), "tai-len-route-"));
  process.env.STORAGE_DIR = storageDir;
  unitId = (await makeUnit()).id;
  otherUnitId = (await makeUnit()).id;
  const actor = await makeActor([], [{ unitId, role: "AUTHOR" }]);
  author = { id: actor.id, sessionVersion: 0 };
});

beforeEach(async () => {
  await signInAs(author);
});

afterAll(async () => {
  await db.storedFile.deleteMany({ where: { id: { in: madeFiles } } });
  await removeUnits([unitId, otherUnitId]);
  await rm(storageDir, { recursive: true, force: true });
  if (previousStorageDir === undefined) delete process.env.STORAGE_DIR;
  else process.env.STORAGE_DIR = previousStorageDir;
});

function form(file: { bytes: Uint8Array; name: string; type: string } | null, fields: Record<string, string> = {}) {
  const data = new FormData();
  data.append("unitId", fields.unitId ?? String(unitId));
  data.append("purpose", fields.purpose ?? "attachment");
  if (file) data.append("file", new File([Buffer.from(file.bytes)], file.name, { type: file.type }));
  return data;
}

function post(body: BodyInit, headers: Record<string, string> = {}) {
  return POST(new Request(`${ORIGIN}/api/tai-len`, { method: "POST", body, headers: { host: HOST, origin: ORIGIN, ...headers }, duplex: "half" } as RequestInit));
}

async function json(response: Response) {
  return { status: response.status, body: await response.json() };
}

async function storedCount() {
  const entries = await readdir(storageDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).length;
}

/** A multipart body streamed by hand: the fields, then a file part that never ends, counting pulls. */
function endlessUpload(head: Uint8Array, fields: Record<string, string>) {
  const boundary = "----ranh-gioi-kiem-thu";
  const encoder = new TextEncoder();
  const prefix =
    Object.entries(fields)
      .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join("") + `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="lớn.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`;
  const state = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        state.pulled++;
        controller.enqueue(state.pulled === 1 ? new Uint8Array([...encoder.encode(prefix), ...head]) : new Uint8Array(64 * 1024));
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, state, contentType: `multipart/form-data; boundary=${boundary}` };
}

describe("POST /api/tai-len", () => {
  it("stores a JPEG and answers with the file", async () => {
    const response = await json(await post(form({ bytes: await picture(1000, 600), name: "Ảnh hội nghị.jpg", type: "image/jpeg" }, { purpose: "image" })));
    expect(response).toMatchObject({
      status: 201,
      body: { ok: true, file: { originalName: "Ảnh hội nghị.jpg", mimeType: "image/jpeg", width: 1000, height: 600 } },
    });
    madeFiles.push(response.body.file.id);
    expect(response.body.file.variants.map((v: { width: number; mimeType: string }) => [v.width, v.mimeType])).toEqual([
      [960, "image/webp"],
      [480, "image/webp"],
    ]);
    expect(await db.storedFile.findFirst({ where: { storageKey: response.body.file.storageKey } })).not.toBeNull();
  });

  it("refuses an SVG dressed as a PNG with 415", async () => {
    const before = await storedCount();
    expect(await json(await post(form({ bytes: SVG, name: "logo.png", type: "image/png" }, { purpose: "image" })))).toEqual({
      status: 415,
      body: { ok: false, error: "Tệp “logo.png” không đúng định dạng: nội dung không phải ảnh JPEG, PNG, WebP hoặc GIF." },
    });
    expect(await storedCount()).toBe(before);
  });

  it("answers 401 without a session, and 403 for another unit", async () => {
    const file = { bytes: await picture(50, 50), name: "a.jpg", type: "image/jpeg" };
    await signInAs(null);
    expect(await json(await post(form(file)))).toEqual({ status: 401, body: { ok: false, error: "Bạn cần đăng nhập để tải tệp lên." } });
    await signInAs(author);
    expect(await json(await post(form(file, { unitId: String(otherUnitId) })))).toEqual({
      status: 403,
      body: { ok: false, error: "Bạn không có quyền thực hiện thao tác này." },
    });
  });

  it("refuses a request from another site, or without Origin (CSRF)", async () => {
    const file = { bytes: await picture(50, 50), name: "a.jpg", type: "image/jpeg" };
    const attempts: Record<string, string>[] = [{ origin: "https://ke-gian.example" }, { origin: "" }, { origin: ORIGIN, "sec-fetch-site": "cross-site" }, { origin: "null" }];
    for (const headers of attempts) {
      const response = await post(form(file), headers);
      expect(response.status).toBe(403);
    }
    const proxied = await json(await post(form(file), { "x-forwarded-host": "cong.example.vn", host: "127.0.0.1:3000", origin: "https://cong.example.vn" }));
    expect(proxied.status).toBe(201);
    madeFiles.push(proxied.body.file.id);
  });

  it("refuses a declared Content-Length over the limit before reading anything", async () => {
    const { stream, state, contentType } = endlessUpload(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), { unitId: String(unitId), purpose: "attachment" });
    const response = await post(stream, { "content-type": contentType, "content-length": String(2 * 1024 ** 3) });
    expect(await json(response)).toEqual({ status: 413, body: { ok: false, error: "Tệp vượt quá 20 MB." } });
    expect(response.headers.get("connection")).toBe("close");
    expect(state.pulled).toBe(0);
  });

  it("stops reading an endless image upload soon after 10 MB", async () => {
    const jpegHead = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1]);
    const { stream, state, contentType } = endlessUpload(jpegHead, { unitId: String(unitId), purpose: "attachment" });
    const before = await storedCount();
    expect(await json(await post(stream, { "content-type": contentType }))).toEqual({ status: 413, body: { ok: false, error: "Ảnh vượt quá 10 MB." } });
    // 10 MB is 160 chunks of 64 KB; a few more sit in the stream buffers.
    expect(state.pulled).toBeLessThan(200);
    expect(await storedCount()).toBe(before);
  });

  it("answers 400 for a form without a file, 415 for a body that is not a form", async () => {
    expect(await json(await post(form(null)))).toEqual({ status: 400, body: { ok: false, error: "Chưa chọn tệp để tải lên." } });
    expect((await post(JSON.stringify({ file: "x" }), { "content-type": "application/json" })).status).toBe(415);
    expect((await post("--x\r\nbroken", { "content-type": "multipart/form-data; boundary=x" })).status).toBe(400);
  });
});
