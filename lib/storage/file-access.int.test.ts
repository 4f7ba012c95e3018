import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { approveArticle } from "@/lib/articles/approve-article";
import { approveCorrection } from "@/lib/articles/approve-correction";
import { submitCorrection } from "@/lib/articles/submit-correction";
import { createDraft } from "@/lib/articles/create-draft";
import { saveArticle } from "@/lib/articles/save-article";
import { submitArticle } from "@/lib/articles/submit-article";
import { takeDownArticle } from "@/lib/articles/take-down-article";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { doc, figure, h2, p } from "@/lib/richtext/build";
import { unitFixtures } from "@/test-support/fixtures/units";
import { nextHeadersMock, signInAs } from "@/test-support/next-request";
import { pdf, picture } from "@/test-support/uploads/fixtures";
import { uploadFile, type UploadedFile } from "./upload-file";

// Issue 12, part 1: an author of another unit once put a draft's confidential attachment id on their
// own draft, saw its key in the editor and downloaded it from /tep without signing in. Both halves
// are checked here through the real use cases and the real file route on PostgreSQL.
vi.mock("next/headers", () => nextHeadersMock());
const { GET } = await import("@/app/tep/[...key]/route");

const fx = unitFixtures("file-access");
let storageDir: string;
let previousStorageDir: string | undefined;
let unitId: number;
let otherUnitId: number;
let categoryId: number;
let writer: PolicyActor;
let colleague: PolicyActor;
let approver: PolicyActor;
let outsider: PolicyActor;
let editor: PolicyActor;

const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(" ");
const fields = (extra: Record<string, unknown> = {}) => ({
  title: "Xã Thử Nghiệm tuyên truyền Luật Hòa giải ở cơ sở cho người dân",
  sapo: `Sáng nay, Ủy ban nhân dân xã tổ chức buổi tuyên truyền ${words(25, "pháp luật")} cho bà con.`,
  body: doc([h2("Nội dung chính"), p(words(200, "hòa giải"))]),
  byline: "Nguyễn Thu Hà",
  source: null,
  categoryId,
  tags: [],
  coverImageId: null,
  coverCaption: null,
  coverAlt: null,
  attachments: [],
  ...extra,
});

async function draftIn(unit: number, author: PolicyActor): Promise<{ id: number; version: number }> {
  const created = await createDraft(author, { unitId: unit });
  if (!created.ok) throw new Error(created.error);
  return { id: created.value.id, version: 1 };
}

async function save(author: PolicyActor, article: { id: number; version: number }, extra: Record<string, unknown>) {
  const result = await saveArticle(author, { articleId: article.id, baseVersion: article.version, kind: "MANUAL", fields: fields(extra) });
  if (result.ok) article.version = result.value.version;
  return result;
}

async function upload(actor: PolicyActor, unit: number, kind: "pdf" | "image"): Promise<UploadedFile> {
  const body = kind === "pdf" ? pdf(`mat-${Math.random()}`) : await picture(1600, 900);
  const result = await uploadFile(actor, { unitId: unit, purpose: kind === "pdf" ? "attachment" : "image", fileName: kind === "pdf" ? "Kế hoạch nội bộ.pdf" : "ảnh.jpg", body });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Every checklist warning code, acknowledged: these tests are about files, not the news format. */
const allWarnings = ["title.length", "title.capitals", "sapo.length", "sapo.repeated", "images.caption", "links.http", "body.short"];

async function publish(article: { id: number; version: number }) {
  const submitted = await submitArticle(writer, { articleId: article.id, baseVersion: article.version, acknowledgedWarnings: allWarnings });
  if (!submitted.ok) throw new Error(submitted.error);
  const current = await db.article.findUniqueOrThrow({ where: { id: article.id } });
  const approved = await approveArticle(approver, { articleId: article.id, baseVersion: current.version });
  if (!approved.ok) throw new Error(approved.error);
}

/** What `GET /tep/<key>` answers the person signed in (or nobody). */
async function fetchFile(storageKey: string, as: PolicyActor | null) {
  await signInAs(as ? { id: as.id, sessionVersion: 0 } : null);
  const response = await GET(new Request(`http://cong.test/tep/${storageKey}`), { params: Promise.resolve({ key: storageKey.split("/") }) });
  return { status: response.status, cacheControl: response.headers.get("cache-control"), body: Buffer.from(await response.arrayBuffer()) };
}

beforeAll(async () => {
  previousStorageDir = process.env.STORAGE_DIR;
  storageDir = await mkdtemp(path.join(tmpdir(), "file-access-"));
  process.env.STORAGE_DIR = storageDir;
  unitId = (await fx.unit("COMMUNE")).id;
  otherUnitId = (await fx.unit("COMMUNE")).id;
  categoryId = (await db.category.create({ data: { name: `Chuyên mục ${fx.tag}`, slug: `cm-${fx.tag}` } })).id;
  writer = await fx.member(unitId, "AUTHOR");
  colleague = await fx.member(unitId, "AUTHOR");
  approver = await fx.member(unitId, "APPROVER");
  outsider = await fx.member(otherUnitId, "AUTHOR");
  const editorUser = await fx.user(["PROVINCIAL_EDITOR"]);
  editor = { id: editorUser.id, portalRoles: ["PROVINCIAL_EDITOR"], memberships: [] };
});

afterAll(async () => {
  await db.article.deleteMany({ where: { unitId: { in: [unitId, otherUnitId] } } });
  await db.storedFile.deleteMany({ where: { unitId: { in: [unitId, otherUnitId] } } });
  await fx.cleanUp();
  await db.category.delete({ where: { id: categoryId } }).catch(() => {});
  await rm(storageDir, { recursive: true, force: true });
  if (previousStorageDir === undefined) delete process.env.STORAGE_DIR;
  else process.env.STORAGE_DIR = previousStorageDir;
});

describe("putting a file on an article", () => {
  it("refuses another unit's draft attachment, cover or body image on an outsider's draft, and stores nothing", async () => {
    const secret = await upload(writer, unitId, "pdf");
    const secretImage = await upload(writer, unitId, "image");
    const confidential = await draftIn(unitId, writer);
    expect((await save(writer, confidential, { attachments: [{ fileId: secret.id, title: null }], coverImageId: secretImage.id, coverCaption: "Ảnh", coverAlt: "Ảnh" })).ok).toBe(true);

    const own = await draftIn(otherUnitId, outsider);
    const before = await db.article.findUniqueOrThrow({ where: { id: own.id }, include: { attachments: true, fileKeys: true } });
    expect(await save(outsider, own, { attachments: [{ fileId: secret.id, title: null }] })).toEqual({
      ok: false,
      error: "Thông tin chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.",
      fieldErrors: { attachments: "Có tệp đính kèm không dùng được cho bài viết này. Vui lòng tải tệp lên lại." },
    });
    expect(await save(outsider, own, { coverImageId: secretImage.id, coverCaption: "Ảnh", coverAlt: "Ảnh" })).toMatchObject({
      ok: false,
      fieldErrors: { coverImageId: "Ảnh đại diện không dùng được cho bài viết này. Vui lòng tải ảnh lên lại." },
    });
    const stolenImage = doc([p(words(200, "hòa giải")), figure(`/tep/${secretImage.variants[0].storageKey}`, "Ảnh", "Chú thích")]);
    expect(await save(outsider, own, { body: stolenImage })).toMatchObject({
      ok: false,
      fieldErrors: { body: "Có ảnh trong nội dung không dùng được cho bài viết này. Vui lòng tải ảnh lên lại." },
    });
    // A file id that does not exist gets the same answer, so ids cannot be probed.
    expect(await save(outsider, own, { attachments: [{ fileId: 2_000_000_000, title: null }] })).toMatchObject({
      fieldErrors: { attachments: "Có tệp đính kèm không dùng được cho bài viết này. Vui lòng tải tệp lên lại." },
    });
    expect(await db.article.findUniqueOrThrow({ where: { id: own.id }, include: { attachments: true, fileKeys: true } })).toEqual(before);
  });

  it("refuses a person's own upload made for another unit", async () => {
    const both = await fx.member(unitId, "AUTHOR");
    await db.membership.create({ data: { userId: both.id, unitId: otherUnitId, role: "AUTHOR" } });
    const bothActor: PolicyActor = { ...both, memberships: [...both.memberships, { unitId: otherUnitId, role: "AUTHOR" }] };
    const forUnit = await upload(bothActor, unitId, "pdf");
    const draft = await draftIn(otherUnitId, bothActor);
    expect(await save(bothActor, draft, { attachments: [{ fileId: forUnit.id, title: null }] })).toMatchObject({ ok: false });
    const forOther = await upload(bothActor, otherUnitId, "pdf");
    expect((await save(bothActor, draft, { attachments: [{ fileId: forOther.id, title: null }] })).ok).toBe(true);
  });

  it("lets a colleague and the approver keep files already on the article, and anyone reuse a published file", async () => {
    const attachment = await upload(writer, unitId, "pdf");
    const article = await draftIn(unitId, writer);
    expect((await save(writer, article, { attachments: [{ fileId: attachment.id, title: "Kế hoạch" }] })).ok).toBe(true);
    await db.article.update({ where: { id: article.id }, data: { state: "SUBMITTED" } });
    // The approver edits the submitted article: the writer's file stays on it.
    expect((await save(approver, article, { attachments: [{ fileId: attachment.id, title: "Kế hoạch đã sửa" }] })).ok).toBe(true);
    await db.article.update({ where: { id: article.id }, data: { state: "DRAFT" } });
    await publish(article);

    // Readers can already download it, so an outsider may cite the same file on their own article.
    const own = await draftIn(otherUnitId, outsider);
    expect((await save(outsider, own, { attachments: [{ fileId: attachment.id, title: null }] })).ok).toBe(true);
  });
});

describe("GET /tep/<key>", () => {
  it("serves a draft's attachment and each size of its cover only to those who may view the article, until it is published and while it is", async () => {
    const attachment = await upload(writer, unitId, "pdf");
    const cover = await upload(writer, unitId, "image");
    const article = await draftIn(unitId, writer);
    expect((await save(writer, article, { attachments: [{ fileId: attachment.id, title: null }], coverImageId: cover.id, coverCaption: "Ảnh", coverAlt: "Ảnh" })).ok).toBe(true);
    const keys = [attachment.storageKey, cover.storageKey, ...cover.variants.map((v) => v.storageKey)];
    expect(cover.variants.length).toBeGreaterThan(0);

    for (const key of keys) {
      expect((await fetchFile(key, null)).status).toBe(404);
      expect((await fetchFile(key, outsider)).status).toBe(404);
      // A fellow author of the unit does not see a colleague's draft, nor its files.
      expect((await fetchFile(key, colleague)).status).toBe(404);
      for (const staff of [writer, approver, editor]) {
        const answer = await fetchFile(key, staff);
        expect(answer.status).toBe(200);
        expect(answer.cacheControl).toBe("private, no-cache");
      }
    }
    const ownDownload = await fetchFile(attachment.storageKey, writer);
    expect(ownDownload.body.subarray(0, 5).toString()).toBe("%PDF-");

    await publish(article);
    for (const key of keys) {
      const answer = await fetchFile(key, null);
      expect(answer.status).toBe(200);
      expect(answer.cacheControl).toBe("public, max-age=300");
    }

    const takenDown = await takeDownArticle(approver, { articleId: article.id, reason: "Thông tin chưa chính xác" });
    expect(takenDown.ok).toBe(true);
    for (const key of keys) {
      expect((await fetchFile(key, null)).status).toBe(404);
      expect((await fetchFile(key, outsider)).status).toBe(404);
      expect((await fetchFile(key, approver)).status).toBe(200);
    }
  });

  it("stops serving a file to readers once a correction removes it from the published article", async () => {
    const first = await upload(writer, unitId, "pdf");
    const article = await draftIn(unitId, writer);
    expect((await save(writer, article, { attachments: [{ fileId: first.id, title: null }] })).ok).toBe(true);
    await publish(article);
    expect((await fetchFile(first.storageKey, null)).status).toBe(200);

    // A correction is only a proposal: readers keep the published file until it is approved.
    const current = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    article.version = current.version;
    const second = await upload(writer, unitId, "pdf");
    expect((await save(writer, article, { attachments: [{ fileId: second.id, title: null }] })).ok).toBe(true);
    expect((await fetchFile(first.storageKey, null)).status).toBe(200);
    expect((await fetchFile(second.storageKey, null)).status).toBe(404);
    expect((await fetchFile(second.storageKey, approver)).status).toBe(200);

    const sent = await submitCorrection(writer, { articleId: article.id, baseVersion: article.version, acknowledgedWarnings: allWarnings });
    expect(sent.ok).toBe(true);
    const waiting = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(await approveCorrection(approver, { articleId: article.id, baseVersion: waiting.version })).toMatchObject({ ok: true });
    expect((await fetchFile(first.storageKey, null)).status).toBe(404);
    expect((await fetchFile(second.storageKey, null)).status).toBe(200);
    // Its staff can still open the file an earlier revision showed.
    expect((await fetchFile(first.storageKey, writer)).status).toBe(200);
  });

  it("answers 404 alike for a key nobody stored", async () => {
    expect((await fetchFile("a".repeat(64) + ".pdf", writer)).status).toBe(404);
  });
});
