import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { newsDocx } from "@/lib/articles/import-docx/docx-corpus.fixture";
import { db } from "@/lib/db";
import { unitFixtures } from "@/test-support/fixtures/units";
import { nextHeadersMock, signInAs } from "@/test-support/next-request";

vi.mock("next/headers", () => nextHeadersMock());

const { POST } = await import("./route");

// POST /api/nhap-tu-word as the import page sends it: session, same origin, the unit before the file.
const HOST = "cong.test:3000";
const ORIGIN = `http://${HOST}`;
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const fx = unitFixtures("nhap-word-route");
let unitId: number;
let author: { id: number; sessionVersion: number };
let storageDir: string;
let previousStorageDir: string | undefined;

beforeAll(async () => {
  // The photos go to a folder of this test's own, removed afterwards.
  previousStorageDir = process.env.STORAGE_DIR;
  storageDir = await mkdtemp(path.join(tmpdir(), "nhap-tu-word-route-"));
  process.env.STORAGE_DIR = storageDir;
  unitId = (await fx.unit("COMMUNE")).id;
  author = { id: (await fx.member(unitId, "AUTHOR")).id, sessionVersion: 0 };
});
beforeEach(async () => {
  await signInAs(author);
});
afterAll(async () => {
  await db.article.deleteMany({ where: { unitId } });
  await db.storedFile.deleteMany({ where: { unitId } });
  await fx.cleanUp();
  await rm(storageDir, { recursive: true, force: true });
  if (previousStorageDir === undefined) delete process.env.STORAGE_DIR;
  else process.env.STORAGE_DIR = previousStorageDir;
});

function form(bytes: Buffer | null, name = "bai-viet.docx") {
  const data = new FormData();
  data.append("unitId", String(unitId));
  if (bytes) data.append("file", new File([new Uint8Array(bytes)], name, { type: DOCX }));
  return data;
}

async function post(body: BodyInit, headers: Record<string, string> = {}) {
  const response = await POST(new Request(`${ORIGIN}/api/nhap-tu-word`, { method: "POST", body, headers: { host: HOST, origin: ORIGIN, ...headers } }));
  return { status: response.status, body: await response.json() };
}

describe("POST /api/nhap-tu-word", () => {
  it("makes a draft of the unit from a .docx and answers with it", async () => {
    const answer = await post(form(await newsDocx()));
    expect(answer).toMatchObject({ status: 201, body: { ok: true, draft: { images: 2, refusedImages: 0, sapoProposed: true } } });
    expect(await db.article.findUnique({ where: { id: answer.body.draft.id }, select: { unitId: true, state: true } })).toEqual({ unitId, state: "DRAFT" });
  });

  it("refuses a file that is not Word with 400 and its message, and creates nothing", async () => {
    const before = await db.article.count({ where: { unitId } });
    expect(await post(form(Buffer.from("văn bản thường")))).toEqual({ status: 400, body: { ok: false, error: "Tệp không phải tài liệu Word (.docx). Vui lòng chọn tệp .docx." } });
    expect(await post(form(null))).toEqual({ status: 400, body: { ok: false, error: "Chưa chọn tệp Word để nhập." } });
    expect(await db.article.count({ where: { unitId } })).toBe(before);
  });

  it("answers 401 without a session and 403 from another site, creating nothing", async () => {
    const before = await db.article.count({ where: { unitId } });
    const bytes = await newsDocx();
    await signInAs(null);
    expect((await post(form(bytes))).status).toBe(401);
    await signInAs(author);
    expect((await post(form(bytes), { origin: "https://ke-gian.example" })).status).toBe(403);
    expect(await db.article.count({ where: { unitId } })).toBe(before);
  });

  it("refuses a declared size over 20 MB before reading the body", async () => {
    expect(await post(form(Buffer.from("x")), { "content-length": String(25 * 1024 * 1024) })).toEqual({ status: 413, body: { ok: false, error: "Tệp vượt quá 20 MB." } });
  });
});
