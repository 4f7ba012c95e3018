import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { doc, p } from "@/lib/richtext/build";
import { unitFixtures } from "@/test-support/fixtures/units";
import { scheduleArticle } from "./schedule-article";

// Hẹn giờ xuất bản as the review form sends it: a day typed dd/mm/yyyy and a 24-hour time, Vietnam time.
const fx = unitFixtures("schedule-typed");
let unitId: number;
let categoryId: number;
let author: PolicyActor;
let approver: PolicyActor;
const NOW = new Date("2026-12-06T01:00:00Z"); // Sunday 06/12/2026 08:00 in Vietnam

async function submitted() {
  const n = Math.random().toString(36).slice(2, 10);
  return db.article.create({
    data: {
      slug: `hen-gio-${n}`,
      title: `Tuyên truyền pháp luật về hòa giải cơ sở tại xã số ${n}`,
      sapo: "Xã tổ chức buổi tuyên truyền pháp luật cho người dân.",
      body: doc([p("Nội dung buổi tuyên truyền.")]) as object,
      unitId,
      originalUnitId: unitId,
      writerId: author.id,
      categoryId,
      state: "SUBMITTED",
    },
  });
}
const read = (id: number) => db.article.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  unitId = (await fx.unit("DISTRICT")).id;
  categoryId = (await db.category.create({ data: { name: `Chuyên mục ${fx.tag}`, slug: `cm-${fx.tag}` } })).id;
  author = await fx.member(unitId, "AUTHOR");
  approver = await fx.member(unitId, "APPROVER");
});
afterAll(async () => {
  await fx.cleanUp();
  await db.category.delete({ where: { id: categoryId } }).catch(() => {});
});

describe("Hẹn giờ xuất bản typed as dd/mm/yyyy and 24-hour time", () => {
  it("reads 07/12 08:30 as 7 December, 08:30 in Vietnam", async () => {
    const a = await submitted();
    const result = await scheduleArticle(approver, { articleId: a.id, baseVersion: 1, publishDate: "07/12", publishTime: "8h30" }, NOW);
    expect(result).toMatchObject({ ok: true, value: { state: "SCHEDULED" } });
    expect((await read(a.id)).scheduledAt?.toISOString()).toBe("2026-12-07T01:30:00.000Z");
  });

  it.each([
    ["an impossible day", { publishDate: "31/02/2027", publishTime: "08:30" }, { publishDate: "Ngày 31/02/2027 không có: tháng 2 năm 2027 chỉ có 28 ngày." }],
    ["an AM/PM time", { publishDate: "07/12/2026", publishTime: "8:30 PM" }, { publishTime: "Giờ tính theo 24 giờ, không dùng AM/PM: ví dụ 14:30 cho 2 giờ 30 chiều." }],
    ["an hour past 23", { publishDate: "07/12/2026", publishTime: "24:00" }, { publishTime: "Giờ phải từ 0 đến 23 (bạn nhập 24 giờ)." }],
    ["nothing typed", { publishDate: "", publishTime: "" }, { publishDate: "Vui lòng nhập ngày (ngày/tháng/năm).", publishTime: "Vui lòng nhập giờ (giờ:phút, 24 giờ)." }],
    ["a time already past", { publishDate: "06/12/2026", publishTime: "07:59" }, { publishDate: "Giờ hẹn phải sau thời điểm hiện tại ít nhất 1 phút (bây giờ là 06/12/2026 08:00)." }],
  ])("refuses %s with a message beside the field and leaves the article waiting", async (_name, typed, fieldErrors) => {
    const a = await submitted();
    const result = await scheduleArticle(approver, { articleId: a.id, baseVersion: 1, ...typed }, NOW);
    expect(result).toMatchObject({ ok: false, fieldErrors });
    expect(await read(a.id)).toEqual(a);
    expect(await db.workflowEvent.count({ where: { articleId: a.id } })).toBe(0);
  });
});
