import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { makeActor, makeUnit, suffix } from "@/test-support/fixtures/people";

// Outside Next there is no data cache: each call reads the database.
vi.mock("next/cache", () => ({ unstable_cache: (fn: () => unknown) => fn, revalidateTag: () => {} }));

const { getPublishedDocument } = await import("./public-queries");
const { approveDocument } = await import("./review-document");
const { saveDocument } = await import("./save-document");

// Relations (thay thế, sửa đổi, hướng dẫn) as a unit enters them, by số/ký hiệu, and as readers see
// them on both documents' pages once both are published.

let unitId: number;
let author: Awaited<ReturnType<typeof makeActor>>;
let approver: Awaited<ReturnType<typeof makeActor>>;
const tag = suffix();

beforeAll(async () => {
  unitId = (await makeUnit()).id;
  author = await makeActor([], [{ unitId, role: "AUTHOR" }]);
  approver = await makeActor([], [{ unitId, role: "APPROVER" }]);
});

afterAll(async () => {
  await db.legalDocument.deleteMany({ where: { unitId } });
});

const law = (number: string, extra: Record<string, unknown> = {}) => ({
  unitId, number, type: "LUAT", issuer: `Quốc hội ${tag}`, signer: "", issuedOn: "2024-01-18", effectiveFrom: "", summary: `Luật thử quan hệ ${number}`, ...extra,
});

async function published(number: string, extra: Record<string, unknown> = {}) {
  const saved = await saveDocument(author, { ...law(number, extra), intent: "submit" });
  if (!saved.ok) throw new Error(`${saved.error} ${JSON.stringify(saved.fieldErrors)}`);
  expect((await approveDocument(approver, { id: saved.value.id })).ok).toBe(true);
  return saved.value;
}

const relationsOf = async (slug: string) => (await getPublishedDocument(slug))!.relations.map((r) => `${r.relation}: ${r.typeLabel} ${r.number}`).sort();

describe("relations between documents", () => {
  it("are entered by number and shown both ways once both documents are published", async () => {
    const old = await published(`45/2013/QH-${tag}`);
    // A document still waiting for approval may be named; readers see the relation once it is published.
    const waiting = await saveDocument(author, { ...law(`30/2023/QH-${tag}`), intent: "submit" });
    if (!waiting.ok) throw new Error(waiting.error);
    const replacing = await published(`31/2024/QH-${tag}`, { relationKinds: ["REPLACES", "AMENDS"], relationNumbers: [`45/2013/qh-${tag}`, `30/2023/QH-${tag}`] });

    expect(await relationsOf(replacing.slug)).toEqual([`Thay thế: Luật 45/2013/QH-${tag}`]);
    expect(await relationsOf(old.slug)).toEqual([`Bị thay thế bởi: Luật 31/2024/QH-${tag}`]);

    await approveDocument(approver, { id: waiting.value.id });
    expect(await relationsOf(replacing.slug)).toEqual([`Sửa đổi, bổ sung: Luật 30/2023/QH-${tag}`, `Thay thế: Luật 45/2013/QH-${tag}`]);
    expect(await relationsOf(waiting.value.slug)).toEqual([`Được sửa đổi, bổ sung bởi: Luật 31/2024/QH-${tag}`]);
  });

  it("refuses a number not in the library, the document itself and an unknown kind, saying why and saving nothing", async () => {
    const before = await db.legalDocument.count({ where: { unitId } });
    expect(await saveDocument(author, { ...law(`50/${tag}`), relationKinds: ["GUIDES"], relationNumbers: [`999/${tag}/ND-CP`] }))
      .toMatchObject({ ok: false, fieldErrors: { relations: `Không tìm thấy văn bản số 999/${tag}/ND-CP.` } });
    expect(await saveDocument(author, { ...law(`51/${tag}`), relationKinds: ["REPLACES"], relationNumbers: [`51/${tag}`] }))
      .toMatchObject({ ok: false, fieldErrors: { relations: "Văn bản không thể liên quan đến chính nó." } });
    expect(await saveDocument(author, { ...law(`52/${tag}`), relationKinds: ["REPEALS"], relationNumbers: [`45/2013/QH-${tag}`] }))
      .toMatchObject({ ok: false, error: "Quan hệ văn bản không hợp lệ." });
    expect(await db.legalDocument.count({ where: { unitId } })).toBe(before);
  });

  it("are kept when the document is saved again without changing them, and removed when cleared", async () => {
    const target = await published(`60/${tag}`);
    const guide = await published(`61/${tag}`, { type: "THONG_TU", relationKinds: ["GUIDES"], relationNumbers: [`60/${tag}`] });
    expect(await relationsOf(target.slug)).toEqual([`Được hướng dẫn bởi: Thông tư 61/${tag}`]);
    expect((await saveDocument(approver, { id: guide.id, ...law(`61/${tag}`, { type: "THONG_TU", relationKinds: ["GUIDES"], relationNumbers: [`60/${tag}`] }) })).ok).toBe(true);
    expect(await relationsOf(target.slug)).toEqual([`Được hướng dẫn bởi: Thông tư 61/${tag}`]);
    expect((await saveDocument(approver, { id: guide.id, ...law(`61/${tag}`, { type: "THONG_TU" }) })).ok).toBe(true);
    expect(await relationsOf(target.slug)).toEqual([]);
  });
});
