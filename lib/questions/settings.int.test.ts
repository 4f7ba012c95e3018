import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Cài đặt hỏi đáp: routing rules, public holidays and the deadline, each refusal with its message and
// nothing stored (no rule, holiday, setting or audit entry added).
vi.mock("next/cache", () => ({ unstable_cache: (fn: () => unknown) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));

const { db } = await import("@/lib/db");
const { unitFixtures } = await import("@/test-support/fixtures/units");
const { addRoutingRule, removeRoutingRule } = await import("./routing-rules");
const { addHoliday, removeHoliday } = await import("./holidays");
const { updateQuestionSettings } = await import("./update-question-settings");
const { QUESTION_SETTING_KEY, readQuestionSettings } = await import("./settings");
const { addLegalField, listLegalFields, setLegalFieldHidden } = await import("./legal-fields");
const { getQuestionFormOptions } = await import("./public-queries");

const fx = unitFixtures("cai-dat-hoi-dap");
let editor: Awaited<ReturnType<typeof fx.admin>>;
let admin: Awaited<ReturnType<typeof fx.admin>>;
let commune: { id: number };
let unit: { id: number };
let fieldId: number;

beforeAll(async () => {
  const user = await fx.user(["PROVINCIAL_EDITOR"]);
  editor = { id: user.id, portalRoles: ["PROVINCIAL_EDITOR"], memberships: [] };
  admin = await fx.admin();
  commune = await fx.unit("COMMUNE");
  unit = await fx.unit("PROVINCIAL_AGENCY");
  fieldId = (await db.legalField.findFirstOrThrow({ orderBy: { id: "desc" } })).id;
  await db.setting.deleteMany({ where: { key: QUESTION_SETTING_KEY } });
});

afterAll(async () => {
  await db.questionRoutingRule.deleteMany({ where: { OR: [{ unitId: unit.id }, { communeId: commune.id }] } });
  await db.publicHoliday.deleteMany({ where: { date: new Date("2033-09-02T00:00:00Z") } });
  await db.setting.deleteMany({ where: { key: QUESTION_SETTING_KEY } });
  await db.legalField.deleteMany({ where: { slug: { startsWith: "nghia-vu-quan-su-thu-" } } });
  await fx.cleanUp();
});

async function unchanged(run: () => Promise<{ ok: boolean; error?: string; fieldErrors?: Record<string, string> }>, message: string, field?: string) {
  const before = { rules: await db.questionRoutingRule.count(), holidays: await db.publicHoliday.count(), settings: await db.setting.count(), audit: await fx.auditCount() };
  const result = await run();
  expect(result.ok).toBe(false);
  expect(field ? result.fieldErrors?.[field] : result.error).toEqual(message);
  expect({ rules: await db.questionRoutingRule.count(), holidays: await db.publicHoliday.count(), settings: await db.setting.count(), audit: await fx.auditCount() }).toEqual(before);
}

describe("routing rules", () => {
  it("adds one rule per pair, refuses the rest with a reason, and removes", async () => {
    const added = await addRoutingRule(editor, { fieldId: String(fieldId), communeId: String(commune.id), unitId: String(unit.id) });
    expect(added.ok).toBe(true);
    await unchanged(() => addRoutingRule(editor, { fieldId: String(fieldId), communeId: String(commune.id), unitId: String(unit.id) }), expect.stringContaining("Đã có quy tắc cho lựa chọn này") as unknown as string);
    await unchanged(() => addRoutingRule(editor, { fieldId: "", communeId: "", unitId: String(unit.id) }), "Vui lòng chọn lĩnh vực, xã/phường hoặc cả hai.", "fieldId");
    await unchanged(() => addRoutingRule(editor, { fieldId: String(fieldId), communeId: String(unit.id), unitId: String(unit.id) }), "Xã/phường không tồn tại hoặc không còn hoạt động.", "communeId");
    await unchanged(() => addRoutingRule(editor, { fieldId: String(fieldId), unitId: "" }), "Vui lòng chọn đơn vị trả lời.", "unitId");
    const author = await fx.member(unit.id, "AUTHOR");
    await unchanged(() => addRoutingRule(author, { fieldId: String(fieldId), unitId: String(unit.id) }), "Bạn không có quyền thực hiện thao tác này.");
    expect(await removeRoutingRule(editor, { ruleId: added.ok ? String(added.value.id) : "" })).toEqual({ ok: true });
    await unchanged(() => removeRoutingRule(editor, { ruleId: added.ok ? String(added.value.id) : "" }), "Không tìm thấy quy tắc (có thể đã được xoá).");
  });
});

describe("public holidays", () => {
  it("are kept by the administrator only, one per day, typed dd/mm/yyyy", async () => {
    await unchanged(() => addHoliday(editor, { date: "02/09/2033", name: "Quốc khánh" }), "Bạn không có quyền thực hiện thao tác này.");
    expect(await addHoliday(admin, { date: "02/09/2033", name: "Quốc khánh" })).toEqual({ ok: true, value: { date: "2033-09-02" } });
    await unchanged(() => addHoliday(admin, { date: "02/09/2033", name: "Trùng" }), "Ngày này đã có trong danh sách ngày nghỉ.", "date");
    await unchanged(() => addHoliday(admin, { date: "", name: "Không ngày" }), "Vui lòng nhập ngày (dd/mm/yyyy).", "date");
    await unchanged(() => addHoliday(admin, { date: "01/01/2034", name: "" }), "Vui lòng nhập tên ngày nghỉ.", "name");
    expect(await removeHoliday(admin, { date: "2033-09-02" })).toEqual({ ok: true });
  });
});

describe("the deadline", () => {
  it("changes the default for new questions within 1–90 working days", async () => {
    await unchanged(() => updateQuestionSettings(editor, { dueDays: "0", remindDaysBefore: "3" }), "Thời hạn ít nhất 1 ngày làm việc.", "dueDays");
    await unchanged(() => updateQuestionSettings(editor, { dueDays: "91", remindDaysBefore: "3" }), "Thời hạn tối đa 90 ngày làm việc.", "dueDays");
    expect(await updateQuestionSettings(editor, { dueDays: "10", remindDaysBefore: "2" })).toEqual({ ok: true });
    expect(await readQuestionSettings()).toMatchObject({ dueDays: 10, remindDaysBefore: 2 });
  });
});

describe("lĩnh vực", () => {
  const tag = `${process.pid}${Date.now() % 100000}`;
  const offered = async () => (await getQuestionFormOptions()).fields.map((f) => f.name);
  async function fieldsUnchanged(run: () => Promise<{ ok: boolean; error?: string; fieldErrors?: Record<string, string> }>, message: string, field?: string) {
    const before = { fields: await db.legalField.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, hidden: true } }), audit: await fx.auditCount() };
    const result = await run();
    expect(result.ok).toBe(false);
    expect(field ? result.fieldErrors?.[field] : result.error).toEqual(message);
    expect({ fields: await db.legalField.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, hidden: true } }), audit: await fx.auditCount() }).toEqual(before);
  }

  it("are kept by the administrator: a new one is offered to askers, a hidden one no longer, and none is named twice", async () => {
    const name = `Nghĩa vụ quân sự thử ${tag}`;
    await fieldsUnchanged(() => addLegalField(editor, { name }), "Bạn không có quyền thực hiện thao tác này.");
    await fieldsUnchanged(() => addLegalField(admin, { name: " " }), "Tên lĩnh vực cần ít nhất 2 ký tự.", "name");
    const added = await addLegalField(admin, { name: `  ${name}  ` });
    expect(added.ok).toBe(true);
    const id = added.ok ? added.value.id : 0;
    expect(await offered()).toContain(name);
    // The same name typed without diacritics or in capitals is the same field.
    await fieldsUnchanged(() => addLegalField(admin, { name: `NGHIA VU QUAN SU THU ${tag}` }), "Lĩnh vực này đã có trong danh sách (có thể đang ẩn).", "name");

    await fieldsUnchanged(() => setLegalFieldHidden(editor, { fieldId: String(id), hidden: "1" }), "Bạn không có quyền thực hiện thao tác này.");
    expect(await setLegalFieldHidden(admin, { fieldId: String(id), hidden: "1" })).toEqual({ ok: true });
    expect(await offered()).not.toContain(name);
    expect((await listLegalFields()).find((f) => f.id === id)).toEqual({ id, name, hidden: true, questions: 0 });
    await fieldsUnchanged(() => setLegalFieldHidden(admin, { fieldId: String(id), hidden: "1" }), "Không tìm thấy lĩnh vực, hoặc lĩnh vực đã được ẩn.");
    await fieldsUnchanged(() => addLegalField(admin, { name }), "Lĩnh vực này đã có trong danh sách (có thể đang ẩn).", "name");
    expect(await setLegalFieldHidden(admin, { fieldId: String(id), hidden: "0" })).toEqual({ ok: true });
    expect(await offered()).toContain(name);
  });
});
