import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Văn bản được trích dẫn of an answer (Hỏi đáp), on a real PostgreSQL: the unit's staff set them while
// drafting, refusals change nothing, the published answer lists them with their effect, and an answer
// citing a document no longer in force appears in Bài cần rà soát for whoever may view the question.
vi.mock("next/cache", () => ({ unstable_cache: (fn: () => unknown) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));

const { db } = await import("@/lib/db");
const { unitFixtures } = await import("@/test-support/fixtures/units");
const { numberKeyOf } = await import("@/lib/documents/search-words");
const { listQuestionCitations } = await import("@/lib/documents/public-queries");
const { setQuestionCitations } = await import("./set-question-citations");
const { listAnswersToReview } = await import("./answers-to-review");
type PolicyActor = import("@/lib/policy").PolicyActor;

const fx = unitFixtures("hoi-dap-trich-dan");
const tag = randomBytes(4).toString("hex").toUpperCase();
let commune: { id: number };
let unit: { id: number };
let otherUnit: { id: number };
let staff: PolicyActor;
let outsider: PolicyActor;
let questionId: number;
let questionSlug: string;
const documentIds: number[] = [];
const number = (n: number) => `${n}/2020/NĐ-${tag}`;

async function document(n: number, state: "PUBLISHED" | "DRAFT", effectSet: "IN_FORCE" | "EXPIRED" | null) {
  const created = await db.legalDocument.create({
    data: {
      slug: `nghi-dinh-${n}-${tag.toLowerCase()}`,
      number: number(n),
      numberKey: numberKeyOf(number(n)),
      type: "NGHI_DINH",
      issuer: "Chính phủ",
      issuedOn: new Date("2020-01-01"),
      effectiveFrom: new Date("2020-02-01"),
      effectSet,
      summary: `Quy định thử nghiệm số ${n}`,
      unitId: unit.id,
      createdById: staff.id,
      state,
      publishedAt: state === "PUBLISHED" ? new Date() : null,
    },
  });
  documentIds.push(created.id);
  return created;
}

beforeAll(async () => {
  commune = await fx.unit("COMMUNE");
  unit = await fx.unit("PROVINCIAL_AGENCY");
  otherUnit = await fx.unit("PROVINCIAL_AGENCY");
  staff = await fx.member(unit.id, "AUTHOR");
  outsider = await fx.member(otherUnit.id, "AUTHOR");
  await document(11, "PUBLISHED", "IN_FORCE");
  await document(12, "PUBLISHED", null);
  await document(13, "DRAFT", null);
  const field = await db.legalField.findFirstOrThrow({ orderBy: { id: "asc" } });
  questionSlug = `cau-hoi-trich-dan-${tag.toLowerCase()}`;
  const question = await db.question.create({
    data: {
      code: `HD-T${tag}`,
      slug: questionSlug,
      state: "ROUTED",
      askerName: "Lê Văn Cường",
      consentAt: new Date(),
      communeId: commune.id,
      fieldId: field.id,
      title: `Hỏi về xử phạt vi phạm hành chính ${tag}`,
      content: "Tôi muốn biết mức phạt theo quy định hiện hành là bao nhiêu.",
      unitId: unit.id,
      routedAt: new Date(),
      dueDays: 15,
      dueAt: new Date(Date.now() + 20 * 86_400_000),
      addressHash: `test-${tag}`,
      contentHash: `test-${tag}`,
    },
  });
  questionId = question.id;
});

afterAll(async () => {
  await db.question.deleteMany({ where: { communeId: commune.id } });
  await db.legalDocument.deleteMany({ where: { id: { in: documentIds } } });
  await fx.cleanUp();
});

const cited = async () => (await db.questionCitation.findMany({ where: { questionId }, orderBy: { sortOrder: "asc" }, select: { documentId: true } })).map((c) => c.documentId);

describe("an answer's cited documents", () => {
  it("lets the unit's staff cite published documents while drafting, in the order given", async () => {
    const result = await setQuestionCitations(staff, { questionId, numbers: [number(12), ` ${number(11)} `] });
    expect(result).toEqual({ ok: true, value: { questionId, numbers: [number(12), number(11)] } });
    expect(await cited()).toEqual([documentIds[1], documentIds[0]]);
  });

  it("refuses a document not published, another unit's staff and an answered question, changing nothing", async () => {
    const before = await cited();
    expect(await setQuestionCitations(staff, { questionId, numbers: [number(11), number(13)] })).toEqual({
      ok: false,
      error: `Không tìm thấy văn bản số ${number(13)} trong thư viện văn bản đã xuất bản.`,
    });
    expect(await setQuestionCitations(outsider, { questionId, numbers: [number(11)] })).toEqual({ ok: false, error: "Không tìm thấy câu hỏi." });
    expect(await cited()).toEqual(before);
  });

  it("shows them under the published answer with their effect, and lists the answer for review once one expires", async () => {
    expect(await listQuestionCitations(questionSlug)).toEqual([]); // not published yet
    await db.question.update({ where: { id: questionId }, data: { state: "ANSWERED", answeredAt: new Date() } });
    expect((await listQuestionCitations(questionSlug)).map((c) => [c.number, c.effect])).toEqual([
      [number(12), "IN_FORCE"],
      [number(11), "IN_FORCE"],
    ]);
    expect(await setQuestionCitations(staff, { questionId, numbers: [] })).toEqual({ ok: false, error: "Câu hỏi đã được trả lời và công bố." });
    expect((await listAnswersToReview(staff)).filter((r) => r.questionId === questionId)).toEqual([]);

    await db.legalDocument.update({ where: { id: documentIds[1] }, data: { effectSet: "EXPIRED" } });
    expect((await listQuestionCitations(questionSlug)).map((c) => c.effect)).toEqual(["EXPIRED", "IN_FORCE"]);
    expect((await listAnswersToReview(staff)).filter((r) => r.questionId === questionId)).toEqual([
      { questionId, title: `Hỏi về xử phạt vi phạm hành chính ${tag}`, state: "ANSWERED", unitName: expect.any(String), documentId: documentIds[1], documentNumber: number(12), effect: "EXPIRED" },
    ]);
    // Another unit's staff may not view the question: not in their review list.
    expect((await listAnswersToReview(outsider)).filter((r) => r.questionId === questionId)).toEqual([]);
  });
});
