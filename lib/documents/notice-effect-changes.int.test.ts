import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeActor, makeUnit, removeUnits, suffix } from "@/test-support/fixtures/people";
import { noticeEffectChanges } from "./notice-effect-changes";
import { approveDocument } from "./review-document";
import { saveDocument } from "./save-document";
import { setDocumentEffect } from "./set-document-effect";

// The scheduler's step for documents whose dates alone change their effect: an expiry by date notifies
// the citing article's people once, even with two instances ticking together; a hand-set expiry already
// notified is not notified again; a document coming into force only refreshes the public pages. The
// "now" given is in 2030, after the dates these documents carry. On the seeded database.

const tag = suffix();
let unitId: number;
let author: Awaited<ReturnType<typeof makeActor>>;
let approver: Awaited<ReturnType<typeof makeActor>>;
let article: { id: number; writerId: number };
const documentIds: number[] = [];

beforeAll(async () => {
  unitId = (await makeUnit()).id;
  author = await makeActor([], [{ unitId, role: "AUTHOR" }]);
  approver = await makeActor([], [{ unitId, role: "APPROVER" }]);
  article = await db.article.findFirstOrThrow({ where: { state: "PUBLISHED", deletedAt: null, citations: { none: {} } }, select: { id: true, writerId: true } });
});

afterAll(async () => {
  await db.articleCitation.deleteMany({ where: { documentId: { in: documentIds } } });
  await db.questionCitation.deleteMany({ where: { documentId: { in: documentIds } } });
  await db.notification.deleteMany({ where: { kind: "document.expired", message: { contains: tag } } });
  await db.legalDocument.deleteMany({ where: { unitId } });
  await removeUnits([unitId]);
});

async function published(number: string, dates: { effectiveFrom?: string; expiresOn?: string }, cited = true) {
  const saved = await saveDocument(author, {
    unitId,
    number: `${number}/${tag}`,
    type: "THONG_TU",
    issuer: `Bộ Tư pháp ${tag}`,
    issuedOn: "2025-01-02",
    ...dates,
    summary: `Thông tư thử nghiệm hiệu lực theo ngày ${tag}`,
    intent: "submit",
  });
  if (!saved.ok) throw new Error(saved.error);
  const approved = await approveDocument(approver, { id: saved.value.id });
  if (!approved.ok) throw new Error(approved.error);
  documentIds.push(saved.value.id);
  if (cited) await db.articleCitation.create({ data: { articleId: article.id, documentId: saved.value.id } });
  return saved.value.id;
}

const noticesAbout = (number: string) => db.notification.count({ where: { userId: article.writerId, kind: "document.expired", message: { contains: `${number}/${tag}` } } });
const seen = async (id: number) => (await db.legalDocument.findUniqueOrThrow({ where: { id }, select: { effectSeen: true } })).effectSeen;

// 01/06/2030, 08:00 in Vietnam; the day before, late evening in Vietnam (still 31/05 there).
const EXPIRY_MORNING = new Date("2030-06-01T01:00:00Z");
const EVE = new Date("2030-05-31T16:00:00Z");

describe("a cited document whose ngày hết hiệu lực passes", () => {
  it("notifies the citing article's writer once, on the day in Vietnam, and records what it saw", async () => {
    const id = await published("01", { expiresOn: "2030-06-01" });
    expect(await seen(id)).toBe("IN_FORCE");
    expect(await noticeEffectChanges(EVE, 10_000)).not.toContain(id);
    expect(await noticesAbout("01")).toBe(0);

    expect(await noticeEffectChanges(EXPIRY_MORNING, 10_000)).toContain(id);
    expect(await seen(id)).toBe("EXPIRED");
    expect(await noticesAbout("01")).toBe(1);

    expect(await noticeEffectChanges(new Date("2030-06-02T01:00:00Z"), 10_000)).not.toContain(id);
    expect(await noticesAbout("01")).toBe(1);
  });

  it("is noticed by one of two instances ticking together, never both", async () => {
    const id = await published("02", { expiresOn: "2030-06-01" });
    const [first, second] = await Promise.all([noticeEffectChanges(EXPIRY_MORNING, 10_000), noticeEffectChanges(EXPIRY_MORNING, 10_000)]);
    expect([...first, ...second].filter((noticed) => noticed === id)).toHaveLength(1);
    expect(await noticesAbout("02")).toBe(1);
  });

  it("is not notified again when an approver already marked it expired by hand", async () => {
    const id = await published("03", { expiresOn: "2030-06-01" });
    expect(await setDocumentEffect(approver, { id, effect: "EXPIRED" })).toMatchObject({ ok: true, value: { articlesToReview: 1 } });
    expect(await noticesAbout("03")).toBe(1);
    expect(await noticeEffectChanges(EXPIRY_MORNING, 10_000)).not.toContain(id);
    expect(await noticesAbout("03")).toBe(1);
  });
});

describe("a document cited by a Hỏi đáp answer", () => {
  it("notifies the answer's writer once when it expires by date", async () => {
    const question = await db.question.findFirstOrThrow({ where: { state: "ANSWERED", answerWriterId: { not: null } }, select: { id: true, title: true, answerWriterId: true } });
    const id = await published("05", { expiresOn: "2030-06-01" }, false);
    await db.questionCitation.create({ data: { questionId: question.id, documentId: id } });
    const aboutAnswer = () =>
      db.notification.count({ where: { userId: question.answerWriterId!, kind: "document.expired", message: { contains: `Câu trả lời cần rà soát: “${question.title}” trích dẫn văn bản 05/${tag}` } } });
    expect(await aboutAnswer()).toBe(0);
    expect(await noticeEffectChanges(EXPIRY_MORNING, 10_000)).toContain(id);
    expect(await aboutAnswer()).toBe(1);
    expect(await noticeEffectChanges(new Date("2030-06-02T01:00:00Z"), 10_000)).not.toContain(id);
    expect(await aboutAnswer()).toBe(1);
  });
});

describe("a document whose ngày có hiệu lực comes", () => {
  it("is noticed (its public pages refresh) without any notification", async () => {
    const id = await published("04", { effectiveFrom: "2030-06-01" });
    expect(await seen(id)).toBe("NOT_YET");
    expect(await noticeEffectChanges(EXPIRY_MORNING, 10_000)).toContain(id);
    expect(await seen(id)).toBe("IN_FORCE");
    expect(await noticesAbout("04")).toBe(0);
  });
});
