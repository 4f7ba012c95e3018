import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { resolveUnitSlug } from "@/lib/units/queries";
import { unitFixtures } from "@/test-support/fixtures/units";
import { applyDuePlans } from "./apply-due-plans";
import { applyPlan } from "./apply-plan";
import { createPlan } from "./create-plan";
import { addPlanLine, removePlanLine } from "./edit-plan-line";
import { previewRows } from "./preview-plan";
import type { PlanRow } from "./plan-rows";
import { PLAN_MESSAGES } from "./messages";
import { cancelPlanSchedule, schedulePlan } from "./schedule-plan";
import { updatePlanRows } from "./update-plan-rows";

const INVALID_WHEN = PLAN_MESSAGES.WHEN_PAST;

const fx = unitFixtures("sap-xep");
let admin: PolicyActor;

beforeAll(async () => {
  admin = await fx.admin();
});
afterAll(async () => {
  const planned = await db.unit.findMany({ where: { name: { contains: fx.tag } }, select: { id: true } });
  for (const unit of planned) fx.track(unit.id);
  await fx.cleanUp();
});

/** A district with three communes (one already the successor of an earlier merger), people and articles. */
async function province() {
  const district = await db.unit.update({ where: { id: (await fx.unit("DISTRICT")).id }, data: { approvalLevels: 2 } });
  const one = await db.unit.update({ where: { id: (await fx.unit("COMMUNE", district.id)).id }, data: { allowSelfApproval: true } });
  const two = await fx.unit("COMMUNE", district.id);
  const three = await fx.unit("COMMUNE", district.id);
  const earlier = await db.unit.update({
    where: { id: (await fx.unit("COMMUNE", district.id)).id },
    data: { status: "MERGED", successorId: one.id, mergedAt: new Date("2024-01-01T00:00:00Z") },
  });
  const author = await fx.member(one.id, "AUTHOR");
  const approver = await fx.member(one.id, "APPROVER");
  await db.membership.create({ data: { userId: approver.id, unitId: two.id, role: "APPROVER" } });
  const published = await fx.article(one.id, author.id, new Date("2025-03-01T00:00:00Z"));
  const draft = await fx.article(two.id, author.id, null);
  const pending = await db.article.update({ where: { id: (await fx.article(two.id, author.id, null)).id }, data: { state: "SUBMITTED", submittedAt: new Date() } });
  const older = await db.article.update({ where: { id: (await fx.article(one.id, author.id, new Date("2023-05-01T00:00:00Z"))).id }, data: { originalUnitId: earlier.id } });
  const districtArticle = await fx.article(district.id, approver.id, new Date("2025-02-01T00:00:00Z"));
  await db.comment.create({
    data: { articleId: published.id, authorName: "Bạn đọc", authorEmail: "ban.doc@example.vn", content: "Bài hay.", addressHash: "x", contentHash: "y", state: "APPROVED" },
  });
  return { district, one, two, three, earlier, author, approver, articles: { published, draft, pending, older, districtArticle } };
}

const csvFile = (rows: string[][]) => Buffer.from(csv(rows));
const csv = (rows: string[][]) => ["Đơn vị cũ,Đơn vị mới,Loại đơn vị mới,Đơn vị cấp trên mới", ...rows.map((r) => r.map((c) => `"${c}"`).join(","))].join("\n");

describe("a reorganisation plan", () => {
  it("previews and applies a merger into a new commune under the province, moving everything and keeping who wrote what", async () => {
    const p = await province();
    const newName = `Xã Hợp Nhất ${fx.tag}`;
    const created = await createPlan(admin, {
      title: `Sắp xếp ${fx.tag}`,
      text: csv([[p.one.slug, newName, "Xã", ""], [p.two.slug, newName, "", ""], [p.district.slug, newName, "", ""], [p.three.slug, p.three.slug, "", ""]]),
    });
    expect(created.ok).toBe(true);
    const planId = created.ok ? created.value.id : 0;

    // A citizen of the second commune asked a question the first commune answers.
    const field = await db.legalField.create({ data: { name: `Lĩnh vực ${fx.tag}`, slug: `linh-vuc-${fx.tag}` } });
    const question = await db.question.create({
      data: {
        code: `SX${fx.tag}`.slice(0, 20), slug: `cau-hoi-${fx.tag}`, askerName: "Người hỏi", consentAt: new Date(), communeId: p.two.id, unitId: p.one.id, fieldId: field.id,
        title: "Hỏi về hộ tịch", content: "Nội dung", dueDays: 10, dueAt: new Date(Date.now() + 864e6), addressHash: "a", contentHash: "c",
      },
    });

    const record = await db.reorganisationPlan.findUniqueOrThrow({ where: { id: planId } });
    const preview = await previewRows(db, record.rows as PlanRow[]);
    expect(preview.problems).toEqual([]);
    expect(preview.receivers).toHaveLength(1);
    expect(preview.receivers[0].records).toEqual(
      expect.arrayContaining([
        { label: "Câu hỏi được phân công", count: 1 },
        { label: "Câu hỏi của người dân trong xã/phường", count: 1 },
      ]),
    );
    const receiver = preview.receivers[0];
    expect(receiver).toMatchObject({ id: null, name: newName, type: "COMMUNE", parentName: null, approvalLevels: 2, allowSelfApproval: false, comments: 1 });
    expect(receiver.articles).toEqual({ published: 3, inProgress: 1, pending: 1, other: 0 });
    expect(receiver.sources.map((s) => s.id)).toEqual([p.one.id, p.two.id, p.district.id]);
    expect(new Set(receiver.members.map((m) => m.userId))).toEqual(new Set([p.author.id, p.approver.id]));
    expect(preview.moves).toEqual([{ id: p.three.id, name: p.three.name, from: p.district.name, to: null }]);

    // A document the second commune posted: it moves, and the documents' cached pages expire with the units'.
    const document = await db.legalDocument.create({
      data: { slug: `vb-${fx.tag}`, number: `01/${fx.tag}`, numberKey: `01${fx.tag}`, type: "Quyết định", issuer: "UBND xã", issuedOn: new Date("2025-01-02"), summary: "Về việc thử", unitId: p.two.id, createdById: admin.id },
    });

    const articleTotal = await db.article.count();
    const applied = await applyPlan(admin, { planId });
    expect(applied.ok).toBe(true);
    expect(applied.ok && applied.changes).toEqual({ units: true, documents: true, questions: true });
    const successor = await db.unit.findFirstOrThrow({ where: { name: newName } });
    fx.track(successor.id);
    expect((await db.legalDocument.findUniqueOrThrow({ where: { id: document.id } })).unitId).toBe(successor.id);
    await db.legalDocument.delete({ where: { id: document.id } });
    expect(await db.question.findUniqueOrThrow({ where: { id: question.id } })).toMatchObject({ unitId: successor.id, communeId: successor.id });
    await db.question.delete({ where: { id: question.id } });
    await db.legalField.delete({ where: { id: field.id } });
    expect(successor).toMatchObject({ type: "COMMUNE", status: "ACTIVE", parentId: null, approvalLevels: 2, allowSelfApproval: false });

    // Articles: owned by the successor, written by the unit that wrote them, dates untouched.
    const moved = await db.article.findMany({ where: { id: { in: Object.values(p.articles).map((a) => a.id) } }, orderBy: { id: "asc" } });
    expect(moved.every((a) => a.unitId === successor.id)).toBe(true);
    expect(moved.map((a) => [a.originalUnitId, a.publishedAt, a.state])).toEqual(
      Object.values(p.articles).sort((a, b) => a.id - b.id).map((a) => [a.originalUnitId, a.publishedAt, a.state]),
    );
    expect(await db.article.count()).toBe(articleTotal);

    // People keep access: their roles are in the successor, once each; none left in the old units.
    const roles = await db.membership.findMany({ where: { unitId: successor.id }, select: { userId: true, role: true } });
    expect(roles).toHaveLength(2);
    expect(roles).toEqual(expect.arrayContaining([{ userId: p.author.id, role: "AUTHOR" }, { userId: p.approver.id, role: "APPROVER" }]));
    expect(await db.membership.count({ where: { unitId: { in: [p.one.id, p.two.id, p.district.id] } } })).toBe(0);

    // The tree: the old units merged into the successor (an earlier merger too), the third commune under the province.
    const units = new Map((await db.unit.findMany({ where: { id: { in: [p.one.id, p.two.id, p.district.id, p.earlier.id, p.three.id] } } })).map((u) => [u.id, u]));
    for (const id of [p.one.id, p.two.id, p.district.id, p.earlier.id]) expect(units.get(id)).toMatchObject({ status: "MERGED", successorId: successor.id });
    expect(units.get(p.three.id)).toMatchObject({ status: "ACTIVE", parentId: null });

    // Every old address leads to the successor in one step.
    for (const unit of [p.one, p.two, p.district, p.earlier]) expect(await resolveUnitSlug(unit.slug)).toEqual({ redirectTo: successor.slug });

    // The plan is kept with what it did, and the audit log has the plan and each unit.
    const kept = await db.reorganisationPlan.findUniqueOrThrow({ where: { id: planId } });
    expect(kept.status).toBe("APPLIED");
    expect(kept.result).toMatchObject({ units: { created: 1, merged: 3, moved: 1 }, moved: { articles: 5 } });
    expect(await db.auditEntry.count({ where: { action: "unit.merge", targetId: { in: [p.one, p.two, p.district].map((u) => String(u.id)) } } })).toBe(3);
    expect(await db.auditEntry.count({ where: { action: "reorganisation.apply", targetId: String(planId) } })).toBe(1);

    // It cannot be applied twice.
    expect(await applyPlan(admin, { planId })).toEqual({ ok: false, error: "Kế hoạch này đã được áp dụng; không thể thay đổi hay áp dụng lại." });
  });

  it("splits a commune: the line without an old unit founds a new commune, shown in the preview and kept in the record", async () => {
    const p = await province();
    const east = `Xã Đông ${fx.tag}`;
    const west = `Xã Tây ${fx.tag}`;
    const created = await createPlan(admin, {
      title: `Chia tách ${fx.tag}`,
      text: csv([[p.one.slug, east, "", p.district.slug], ["", west, "Xã", p.district.slug]]),
    });
    const planId = created.ok ? created.value.id : 0;
    const record = await db.reorganisationPlan.findUniqueOrThrow({ where: { id: planId } });
    const preview = await previewRows(db, record.rows as PlanRow[]);
    expect(preview.problems).toEqual([]);
    expect(preview.receivers).toEqual([]);
    expect(preview.renames).toEqual([{ id: p.one.id, from: p.one.name, to: east, slug: p.one.slug }]);
    expect(preview.founded).toEqual([{ newKey: "2", name: west, type: "COMMUNE", parentName: p.district.name }]);

    const applied = await applyPlan(admin, { planId });
    expect(applied.ok).toBe(true);
    const founded = await db.unit.findFirstOrThrow({ where: { name: west } });
    fx.track(founded.id);
    expect(founded).toMatchObject({ type: "COMMUNE", status: "ACTIVE", parentId: p.district.id, approvalLevels: 1, allowSelfApproval: false });
    // The commune that keeps the history keeps its address, articles and people under its new name.
    expect(await db.unit.findUniqueOrThrow({ where: { id: p.one.id } })).toMatchObject({ name: east, slug: p.one.slug, status: "ACTIVE" });
    expect(await db.article.count({ where: { unitId: p.one.id } })).toBe(2);
    expect(await db.membership.count({ where: { unitId: p.one.id } })).toBe(2);
    const kept = await db.reorganisationPlan.findUniqueOrThrow({ where: { id: planId } });
    expect(kept.result).toMatchObject({ units: { created: 1, renamed: 1, merged: 0 }, founded: [{ id: founded.id, name: west, slug: founded.slug }] });
  });

  it("refuses a plan with errors with the list of its problems, and changes nothing", async () => {
    const p = await province();
    // Uploaded as a form sends it: a File.
    const created = await createPlan(admin, {
      title: `Kế hoạch lỗi ${fx.tag}`,
      sheet: new File([csvFile([[p.one.slug, p.two.slug, "", ""], [p.two.slug, p.one.slug, "", ""], ["xa-khong-ton-tai-" + fx.tag, p.three.slug, "", ""], [p.three.slug, p.three.slug, "", ""], [p.three.slug, p.one.slug, "", ""]])], "ke-hoach.csv", { type: "text/csv" }),
    });
    expect(created.ok).toBe(true);
    const planId = created.ok ? created.value.id : 0;
    const ids = [p.district.id, p.one.id, p.two.id, p.three.id, p.earlier.id];
    const before = await fx.snapshot(ids);
    const result = await applyPlan(admin, { planId });
    expect(result.ok).toBe(false);
    const error = result.ok ? "" : result.error;
    expect(error).toMatch(/^Kế hoạch còn 3 vấn đề nên chưa được áp dụng, không có thay đổi nào:/);
    expect(error).toContain(`Dòng 4: không tìm thấy đơn vị “xa-khong-ton-tai-${fx.tag}”.`);
    expect(error).toContain(`Dòng 6: đơn vị “${p.three.name}” có trong kế hoạch hai lần (dòng 5 và dòng 6).`);
    expect(error).toContain(`Dòng 2: vòng lặp sáp nhập “${p.one.name}” → “${p.two.name}” → “${p.one.name}”.`);
    expect(await fx.snapshot(ids)).toEqual(before);
    expect((await db.reorganisationPlan.findUniqueOrThrow({ where: { id: planId } })).status).toBe("DRAFT");
    expect(await schedulePlan(admin, { planId, effectiveAt: "2099-01-01T00:00" })).toMatchObject({ ok: false, error });
  });

  it("refuses a time already past, and editing a scheduled plan, changing nothing", async () => {
    const p = await province();
    const created = await createPlan(admin, { title: `Sửa ${fx.tag}`, text: csv([[p.two.slug, p.one.slug, "", p.district.slug]]) });
    const planId = created.ok ? created.value.id : 0;
    const now = new Date("2099-06-30T10:00:00Z");
    expect(await schedulePlan(admin, { planId, effectiveAt: "2099-06-30T08:00" }, now)).toEqual({
      ok: false,
      error: INVALID_WHEN,
      fieldErrors: { effectiveAt: INVALID_WHEN },
    });
    expect(await db.reorganisationPlan.findUniqueOrThrow({ where: { id: planId } })).toMatchObject({ status: "DRAFT", effectiveAt: null });
    expect(await schedulePlan(admin, { planId, effectiveAt: "2099-07-01T08:00" }, now)).toMatchObject({ ok: true });
    const edited = await updatePlanRows(admin, { planId, title: "Khác", text: csv([[p.three.slug, p.one.slug, "", p.district.slug]]) });
    expect(edited).toEqual({ ok: false, error: "Chỉ sửa được kế hoạch chưa hẹn giờ áp dụng; hãy hủy hẹn giờ trước." });
    expect(await db.reorganisationPlan.findUniqueOrThrow({ where: { id: planId } })).toMatchObject({ title: `Sửa ${fx.tag}`, status: "SCHEDULED" });
    expect(await cancelPlanSchedule(admin, { planId })).toEqual({ ok: true });
    expect(await updatePlanRows(admin, { planId, title: "Khác", text: csv([[p.three.slug, p.one.slug, "", p.district.slug]]) })).toEqual({ ok: true });
  });

  it("reads the day and 24-hour time typed in the form, refusing 31/02 and AM/PM without scheduling", async () => {
    const p = await province();
    const created = await createPlan(admin, { title: `Gõ giờ ${fx.tag}`, text: csv([[p.two.slug, p.one.slug, "", p.district.slug]]) });
    const planId = created.ok ? created.value.id : 0;
    const now = new Date("2099-06-30T10:00:00Z");
    const unchanged = { status: "DRAFT", effectiveAt: null };
    expect(await schedulePlan(admin, { planId, effectiveAtDate: "31/02/2099", effectiveAtTime: "08:00" }, now)).toEqual({
      ok: false,
      error: "Ngày 31/02/2099 không có: tháng 2 năm 2099 chỉ có 28 ngày.",
      fieldErrors: { effectiveAtDate: "Ngày 31/02/2099 không có: tháng 2 năm 2099 chỉ có 28 ngày." },
    });
    expect(await db.reorganisationPlan.findUniqueOrThrow({ where: { id: planId } })).toMatchObject(unchanged);
    const ampm = "Giờ tính theo 24 giờ, không dùng AM/PM: ví dụ 14:30 cho 2 giờ 30 chiều.";
    expect(await schedulePlan(admin, { planId, effectiveAtDate: "05/12/2099", effectiveAtTime: "8:00 PM" }, now)).toEqual({ ok: false, error: ampm, fieldErrors: { effectiveAtTime: ampm } });
    expect(await db.reorganisationPlan.findUniqueOrThrow({ where: { id: planId } })).toMatchObject(unchanged);
    expect(await schedulePlan(admin, { planId, effectiveAtDate: "30/06/2099", effectiveAtTime: "16:59" }, now)).toMatchObject({ ok: false, fieldErrors: { effectiveAtDate: INVALID_WHEN } });
    // 05/12 is 5 December; 20:00 in Vietnam is 13:00 UTC.
    expect(await schedulePlan(admin, { planId, effectiveAtDate: "05/12/2099", effectiveAtTime: "20:00" }, now)).toEqual({ ok: true, value: { effectiveAt: "05/12/2099 20:00" } });
    expect(await db.reorganisationPlan.findUniqueOrThrow({ where: { id: planId } })).toMatchObject({ status: "SCHEDULED", effectiveAt: new Date("2099-12-05T13:00:00Z") });
    await cancelPlanSchedule(admin, { planId });
  });

  it("is built on screen one line at a time: an empty plan, lines added and removed, refusals change nothing", async () => {
    const p = await province();
    const created = await createPlan(admin, { title: `Trên màn hình ${fx.tag}` });
    expect(created.ok).toBe(true);
    const planId = created.ok ? created.value.id : 0;
    const rowsOf = async () => (await db.reorganisationPlan.findUniqueOrThrow({ where: { id: planId } })).rows as PlanRow[];
    expect(await rowsOf()).toEqual([]);
    expect((await previewRows(db, await rowsOf())).problems).toEqual(["Kế hoạch chưa có dòng nào."]);

    expect(await addPlanLine(admin, { planId, from: p.two.slug, to: ` ${p.one.name} `, type: "", parent: p.district.slug })).toEqual({ ok: true, value: { line: 2 } });
    expect(await addPlanLine(admin, { planId, from: p.three.slug, to: "Xã Không Có Thật", type: "Thôn", parent: "" })).toEqual({ ok: true, value: { line: 3 } });
    expect((await previewRows(db, await rowsOf())).problems).toEqual(["Dòng 3: loại đơn vị “Thôn” không hợp lệ (ghi: Xã, Phường, Huyện hoặc Sở/ban/ngành)."]);
    expect(await removePlanLine(admin, { planId, line: 3 })).toEqual({ ok: true });
    const preview = await previewRows(db, await rowsOf());
    expect(preview.problems).toEqual([]);
    expect(preview.receivers.map((r) => [r.id, r.sources.map((s) => s.id)])).toEqual([[p.one.id, [p.two.id]]]);
    expect(await rowsOf()).toEqual([{ line: 2, from: p.two.slug, to: p.one.name, type: "", parent: p.district.slug }]);

    // A blank new unit, a line already gone and a scheduled plan are refused, and the lines stay as they were.
    const before = await rowsOf();
    expect(await addPlanLine(admin, { planId, from: p.three.slug, to: "  " })).toMatchObject({
      ok: false,
      fieldErrors: { to: "Vui lòng ghi đơn vị mới (tên hoặc địa chỉ trang của đơn vị hiện có, hoặc tên đơn vị mới)." },
    });
    expect(await removePlanLine(admin, { planId, line: 3 })).toEqual({ ok: false, error: "Không tìm thấy dòng này trong kế hoạch; có thể dòng đã được xóa." });
    expect(await schedulePlan(admin, { planId, effectiveAt: "2099-01-01T00:00" })).toMatchObject({ ok: true });
    expect(await addPlanLine(admin, { planId, from: p.three.slug, to: p.one.slug })).toEqual({ ok: false, error: "Chỉ sửa được kế hoạch chưa hẹn giờ áp dụng; hãy hủy hẹn giờ trước." });
    expect(await removePlanLine(admin, { planId, line: 2 })).toEqual({ ok: false, error: "Chỉ sửa được kế hoạch chưa hẹn giờ áp dụng; hãy hủy hẹn giờ trước." });
    const approver = await fx.member(p.one.id, "APPROVER");
    expect(await addPlanLine(approver, { planId, from: p.three.slug, to: p.one.slug })).toMatchObject({ ok: false });
    expect(await rowsOf()).toEqual(before);
    await cancelPlanSchedule(admin, { planId });
  });

  it("refuses anyone but an administrator", async () => {
    const p = await province();
    const approver = await fx.member(p.one.id, "APPROVER");
    expect(await createPlan(approver, { title: "X", text: csv([[p.one.slug, p.two.slug, "", ""]]) })).toMatchObject({ ok: false });
    expect(await db.reorganisationPlan.count({ where: { createdById: approver.id } })).toBe(0);
  });

  it("is applied by the scheduler at the chosen time, not before", async () => {
    const p = await province();
    const created = await createPlan(admin, { title: `Hẹn giờ ${fx.tag}`, text: csv([[p.two.slug, p.one.slug, "", p.district.slug]]) });
    const planId = created.ok ? created.value.id : 0;
    const now = new Date("2099-06-30T10:00:00Z");
    expect(await schedulePlan(admin, { planId, effectiveAt: "2099-07-01T00:00" }, now)).toMatchObject({ ok: true });
    expect((await applyDuePlans(now)).applied).not.toContain(planId);
    expect(await db.unit.findUniqueOrThrow({ where: { id: p.two.id } })).toMatchObject({ status: "ACTIVE" });
    const due = await applyDuePlans(new Date("2099-07-01T00:00:00+07:00"));
    expect(due.applied).toContain(planId);
    expect(await db.unit.findUniqueOrThrow({ where: { id: p.two.id } })).toMatchObject({ status: "MERGED", successorId: p.one.id, mergedAt: new Date("2099-06-30T17:00:00Z") });
    expect((await db.article.findUniqueOrThrow({ where: { id: p.articles.draft.id } })).unitId).toBe(p.one.id);
  });
});
