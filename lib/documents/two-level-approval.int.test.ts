import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeActor, makeUnit, removeUnits, suffix } from "@/test-support/fixtures/people";
import { approveDocument, returnDocument } from "./review-document";
import { saveDocument } from "./save-document";

// Documents follow their unit's approval, as articles do: one level (the unit approver publishes) or
// two (the unit approver endorses, a provincial editor publishes); nobody approves their own document
// unless the unit allows it; a reviewer who comes late is told who did what. On the seeded database.

const tag = suffix();
const unitIds: number[] = [];
const userIds: number[] = [];

async function unitWith(approvalLevels: 1 | 2, allowSelfApproval = false) {
  const unit = await makeUnit();
  unitIds.push(unit.id);
  await db.unit.update({ where: { id: unit.id }, data: { approvalLevels, allowSelfApproval } });
  const author = await makeActor([], [{ unitId: unit.id, role: "AUTHOR" }]);
  const approver = await makeActor([], [{ unitId: unit.id, role: "APPROVER" }]);
  const secondApprover = await makeActor([], [{ unitId: unit.id, role: "APPROVER" }]);
  userIds.push(author.id, approver.id, secondApprover.id);
  return { unitId: unit.id, author, approver, secondApprover };
}

let editor: Awaited<ReturnType<typeof makeActor>>;

beforeAll(async () => {
  editor = await makeActor(["PROVINCIAL_EDITOR"]);
  userIds.push(editor.id);
});

afterAll(async () => {
  await db.legalDocument.deleteMany({ where: { unitId: { in: unitIds } } });
  await db.notification.deleteMany({ where: { userId: { in: userIds } } });
  await removeUnits(unitIds);
});

let counter = 0;
async function submitted(by: { id: number } & Parameters<typeof saveDocument>[0], unitId: number) {
  counter += 1;
  const saved = await saveDocument(by, {
    unitId,
    number: `${counter}/2025/QĐ-UBND-${tag}`,
    type: "QUYET_DINH",
    issuer: `UBND tỉnh ${tag}`,
    issuedOn: "2025-03-01",
    summary: `Quy định thử nghiệm duyệt hai cấp ${tag}`,
    intent: "submit",
  });
  if (!saved.ok) throw new Error(saved.error);
  return saved.value.id;
}

const stateOf = async (id: number) => (await db.legalDocument.findUniqueOrThrow({ where: { id } })).state;
const nameOf = async (userId: number) => (await db.user.findUniqueOrThrow({ where: { id: userId } })).name;

describe("a one-level unit", () => {
  it("publishes on the unit approver's approval, and a second approver is told who published it", async () => {
    const { unitId, author, approver, secondApprover } = await unitWith(1);
    const id = await submitted(author, unitId);
    expect(await approveDocument(approver, { id })).toMatchObject({ ok: true, value: { state: "PUBLISHED" }, changes: { documents: true } });
    expect(await stateOf(id)).toBe("PUBLISHED");

    const late = await approveDocument(secondApprover, { id });
    expect(late.ok).toBe(false);
    if (late.ok) return;
    expect(late.error).toMatch(new RegExp(`^Văn bản đang ở trạng thái “Đã xuất bản”: ${await nameOf(approver.id)} đã duyệt và xuất bản lúc \\d{2}/\\d{2}/\\d{4}`));
    const lateReturn = await returnDocument(secondApprover, { id, reason: "Sai số hiệu" });
    expect(lateReturn).toMatchObject({ ok: false, error: late.error });
    expect(await stateOf(id)).toBe("PUBLISHED");
  });
});

describe("a two-level unit", () => {
  it("is endorsed by the unit approver and published by a provincial editor, who is notified", async () => {
    const { unitId, author, approver, secondApprover } = await unitWith(2);
    const id = await submitted(author, unitId);
    expect(await approveDocument(approver, { id })).toEqual({ ok: true, value: { state: "ENDORSED" } });
    expect(await stateOf(id)).toBe("ENDORSED");
    const notice = await db.notification.findFirst({ where: { userId: editor.id, link: `/quan-ly/van-ban/${id}` } });
    expect(notice?.message).toContain("chờ biên tập cấp tỉnh xuất bản");

    // Another approver of the unit cannot publish what the unit endorsed; they are told who endorsed it.
    const late = await approveDocument(secondApprover, { id });
    expect(late).toMatchObject({ ok: false, error: expect.stringMatching(new RegExp(`^Văn bản đang ở trạng thái “Chờ duyệt cấp tỉnh”: ${await nameOf(approver.id)} đã duyệt và chuyển lên cấp tỉnh lúc`)) });
    expect(await stateOf(id)).toBe("ENDORSED");
    // Nor can the writer send it back to the first level by submitting it again.
    expect(await saveDocument(author, { id, unitId, number: `x-${tag}`, type: "QUYET_DINH", issuer: "x", issuedOn: "2025-03-01", summary: "x", intent: "submit" })).toMatchObject({ ok: false });
    expect(await stateOf(id)).toBe("ENDORSED");

    expect(await approveDocument(editor, { id })).toMatchObject({ ok: true, value: { state: "PUBLISHED" }, changes: { documents: true } });
    expect(await stateOf(id)).toBe("PUBLISHED");
  });

  it("may be returned by the provincial editor from Chờ duyệt cấp tỉnh, with the reason kept", async () => {
    const { unitId, author, approver } = await unitWith(2);
    const id = await submitted(author, unitId);
    await approveDocument(approver, { id });
    expect(await returnDocument(editor, { id, reason: "Thiếu tệp PDF" })).toMatchObject({ ok: true, value: { state: "RETURNED" } });
    const row = await db.legalDocument.findUniqueOrThrow({ where: { id } });
    expect([row.state, row.returnReason]).toEqual(["RETURNED", "Thiếu tệp PDF"]);
  });
});

describe("self-approval", () => {
  it("is refused in a unit that does not allow it, at either level, and allowed where the unit does", async () => {
    const strict = await unitWith(2);
    const own = await submitted(strict.approver, strict.unitId);
    expect(await approveDocument(strict.approver, { id: own })).toEqual({ ok: false, error: "Bạn không thể tự duyệt văn bản của mình; đơn vị chưa cho phép tự duyệt." });
    expect(await stateOf(own)).toBe("SUBMITTED");

    const oneLevel = await unitWith(1);
    const editorsOwn = await submitted(oneLevel.approver, oneLevel.unitId);
    await db.legalDocument.update({ where: { id: editorsOwn }, data: { createdById: editor.id } });
    expect(await approveDocument(editor, { id: editorsOwn })).toEqual({ ok: false, error: "Bạn không thể tự duyệt văn bản của mình; đơn vị chưa cho phép tự duyệt." });
    expect(await stateOf(editorsOwn)).toBe("SUBMITTED");

    const lenient = await unitWith(1, true);
    const mine = await submitted(lenient.approver, lenient.unitId);
    expect(await approveDocument(lenient.approver, { id: mine })).toMatchObject({ ok: true, value: { state: "PUBLISHED" } });
  });
});
