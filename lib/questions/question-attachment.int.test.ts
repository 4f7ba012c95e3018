import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Gửi câu hỏi with its optional attachment, on a real PostgreSQL and disk: the file is stored with the
// question in one use case (a refused file stores no question, a refused question no file and no
// bytes), and the file route gives it only to staff who may view the question, never to the public,
// not even once the answer is published.
vi.mock("next/cache", () => ({ unstable_cache: (fn: () => unknown) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));
process.env.NEXTAUTH_SECRET ??= "test-secret-for-questions";
const { nextHeadersMock, signInAs } = await import("@/test-support/next-request");
vi.mock("next/headers", () => nextHeadersMock());

const { db } = await import("@/lib/db");
const { unitFixtures } = await import("@/test-support/fixtures/units");
const { pdf, picture, SHELL } = await import("@/test-support/uploads/fixtures");
const { issueQuestionToken } = await import("./form-subject");
const { QUESTION_ATTACHMENT_TOO_LARGE, QUESTION_REFUSALS, submitQuestion } = await import("./submit-question");
const { formTokenHash } = await import("@/lib/comments/form-token");
const { GET } = await import("@/app/tep/[...key]/route");
type PolicyActor = import("@/lib/policy").PolicyActor;

const fx = unitFixtures("hoi-dap-tep");
const unique = () => randomBytes(5).toString("hex");
let storageDir: string;
let previousStorageDir: string | undefined;
let commune: { id: number };
let unit: { id: number };
let otherUnit: { id: number };
let fieldId: number;
let staff: PolicyActor;
let outsider: PolicyActor;
let editor: PolicyActor;

beforeAll(async () => {
  previousStorageDir = process.env.STORAGE_DIR;
  storageDir = await mkdtemp(path.join(tmpdir(), "question-files-"));
  process.env.STORAGE_DIR = storageDir;
  commune = await fx.unit("COMMUNE");
  unit = await fx.unit("PROVINCIAL_AGENCY");
  otherUnit = await fx.unit("PROVINCIAL_AGENCY");
  // A field no demo routing rule names: these questions wait in triage until the test gives them a unit.
  fieldId = (await db.legalField.findFirstOrThrow({ where: { questionRules: { none: {} }, hidden: false }, orderBy: { id: "asc" } })).id;
  staff = await fx.member(unit.id, "AUTHOR");
  outsider = await fx.member(otherUnit.id, "APPROVER");
  const user = await fx.user(["PROVINCIAL_EDITOR"]);
  editor = { id: user.id, portalRoles: ["PROVINCIAL_EDITOR"], memberships: [] };
});

afterAll(async () => {
  const questions = await db.question.findMany({ where: { communeId: commune.id }, select: { attachmentId: true } });
  await db.question.deleteMany({ where: { communeId: commune.id } });
  await db.storedFile.deleteMany({ where: { id: { in: questions.flatMap((q) => (q.attachmentId ? [q.attachmentId] : [])) } } });
  await fx.cleanUp();
  await rm(storageDir, { recursive: true, force: true });
  if (previousStorageDir === undefined) delete process.env.STORAGE_DIR;
  else process.env.STORAGE_DIR = previousStorageDir;
});

function form(change: Record<string, unknown> = {}) {
  const id = unique();
  return {
    input: {
      name: "Trần Thị Bình",
      email: `binh.${id}@example.vn`,
      communeId: String(commune.id),
      fieldId: String(fieldId),
      title: `Hỏi về hợp đồng thuê nhà ${id}`,
      content: `Tôi gửi kèm hợp đồng thuê nhà, xin hỏi điều khoản phạt cọc có hợp pháp không, mã ${id}.`,
      consent: "on",
      website: "",
      token: issueQuestionToken(Date.now() - 5000),
      ...change,
    },
    address: `10.9.${id}`,
  };
}

async function filesOnDisk(): Promise<number> {
  const entries = await readdir(storageDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).length;
}

const counts = async () => ({ questions: await db.question.count(), files: await db.storedFile.count(), bytes: await filesOnDisk() });

async function fetchFile(storageKey: string, as: PolicyActor | null) {
  await signInAs(as ? { id: as.id, sessionVersion: 0 } : null);
  const response = await GET(new Request(`http://cong.test/tep/${storageKey}`), { params: Promise.resolve({ key: storageKey.split("/") }) });
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
}

describe("the attachment of Gửi câu hỏi", () => {
  it("stores a PDF with the question, under the name the asker gave it", async () => {
    const f = form();
    const bytes = pdf(`hop-dong-${unique()}`);
    const result = await submitQuestion(f.input, { address: f.address, attachment: { fileName: "Hợp đồng thuê nhà.pdf", claimedType: "application/pdf", body: bytes } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const question = await db.question.findUniqueOrThrow({ where: { id: result.value.id }, include: { attachment: true } });
    expect(question.attachment).toMatchObject({ originalName: "Hợp đồng thuê nhà.pdf", mimeType: "application/pdf", size: bytes.length, uploadedById: null, unitId: null });
  });

  it("refuses a file that is not an accepted type, or too large, and stores neither question, row nor bytes", async () => {
    for (const [attachment, message] of [
      [{ fileName: "giay-to.pdf", claimedType: "application/pdf", body: SHELL }, /^(Tệp “giay-to\.pdf” không đúng định dạng|Không nhận tệp “giay-to\.pdf”)/],
      [{ fileName: "lon.pdf", claimedType: "application/pdf", body: Buffer.concat([pdf(), Buffer.alloc(10 * 1024 * 1024)]) }, QUESTION_ATTACHMENT_TOO_LARGE],
    ] as const) {
      const f = form();
      const before = await counts();
      const result = await submitQuestion(f.input, { address: f.address, attachment });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.fieldErrors?.attachment).toBe(result.error);
      expect(result.error).toMatch(message);
      expect(await counts()).toEqual(before);
      // The refused form's token still sends the question once the file is fixed.
      expect(await db.usedFormToken.count({ where: { tokenHash: formTokenHash(f.input.token) } })).toBe(0);
    }
  });

  it("stores no file and no bytes when the question itself is refused (a duplicate)", async () => {
    const first = form();
    expect((await submitQuestion(first.input, { address: first.address })).ok).toBe(true);
    const again = form({ title: first.input.title, content: first.input.content });
    const before = await counts();
    const result = await submitQuestion(again.input, {
      address: again.address,
      attachment: { fileName: "ảnh chụp.jpg", claimedType: "image/jpeg", body: await picture(800, 600) },
    });
    expect(result).toMatchObject({ ok: false, error: QUESTION_REFUSALS.duplicate });
    expect(await counts()).toEqual(before);
  });
});

describe("who may download a question's attachment", () => {
  it("gives it to staff who may view the question, never to the public, not even once answered", async () => {
    const f = form();
    const bytes = pdf(`mat-${unique()}`);
    const result = await submitQuestion(f.input, { address: f.address, attachment: { fileName: "Giấy tờ cá nhân.pdf", body: bytes } });
    if (!result.ok) throw new Error(result.error);
    const question = await db.question.findUniqueOrThrow({ where: { id: result.value.id }, include: { attachment: true } });
    const key = question.attachment!.storageKey;

    // In triage: only portal-wide staff reach it.
    expect((await fetchFile(key, editor)).status).toBe(200);
    expect((await fetchFile(key, staff)).status).toBe(404);
    expect((await fetchFile(key, null)).status).toBe(404);

    await db.question.update({ where: { id: question.id }, data: { unitId: unit.id, state: "ROUTED", routedAt: new Date() } });
    const own = await fetchFile(key, staff);
    expect(own.status).toBe(200);
    expect(own.body.equals(bytes)).toBe(true);
    expect((await fetchFile(key, outsider)).status).toBe(404);
    expect((await fetchFile(key, null)).status).toBe(404);

    // The answer published: the question is public, its attachment is not.
    await db.question.update({ where: { id: question.id }, data: { state: "ANSWERED", answeredAt: new Date() } });
    expect((await fetchFile(key, null)).status).toBe(404);
    expect((await fetchFile(key, outsider)).status).toBe(404);
    expect((await fetchFile(key, staff)).status).toBe(200);
  });
});
