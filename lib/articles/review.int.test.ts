import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { doc, p } from "@/lib/richtext/build";
import { unitFixtures } from "@/test-support/fixtures/units";
import { approveArticle } from "./approve-article";
import { featureArticle } from "./feature-article";
import { publishDueArticles } from "./publish-due-articles";
import { returnArticle } from "./return-article";
import { scheduleArticle } from "./schedule-article";
import { ARTICLE_STATES, type ArticleStateName } from "./state-machine";
import { submitArticle } from "./submit-article";
import { takeDownArticle } from "./take-down-article";

// The review workflow through the real use cases on PostgreSQL.
const fx = unitFixtures("review");
let oneLevel: number;
let twoLevel: number;
let selfApproving: number;
let categoryId: number;
let author: PolicyActor;
let approver: PolicyActor;
let secondApprover: PolicyActor;
let twoLevelAuthor: PolicyActor;
let twoLevelApprover: PolicyActor;
let provincialEditor: PolicyActor;
let soleMember: PolicyActor;

const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(" ");

/** A well-formed article in `state`, written by `writer` in `unitId`. */
async function article(unitId: number, writer: PolicyActor, state: ArticleStateName = "SUBMITTED", extra: object = {}) {
  const n = Math.random().toString(36).slice(2, 10);
  return db.article.create({
    data: {
      slug: `nhap-${n}`,
      title: `Tuyên truyền pháp luật về hòa giải cơ sở tại xã số ${n}`,
      sapo: `Xã tổ chức buổi tuyên truyền ${words(25, "pháp luật")}.`,
      body: doc([p(words(200, "hòa giải"))]) as object,
      unitId,
      originalUnitId: unitId,
      writerId: writer.id,
      categoryId,
      state,
      ...extra,
    },
  });
}
const read = (id: number) => db.article.findUniqueOrThrow({ where: { id } });
const events = (id: number) => db.workflowEvent.findMany({ where: { articleId: id }, orderBy: { id: "asc" } }).then((list) => list.map((e) => e.action));

beforeAll(async () => {
  oneLevel = (await fx.unit("DISTRICT")).id;
  twoLevel = (await db.unit.update({ where: { id: (await fx.unit("DISTRICT")).id }, data: { approvalLevels: 2 } })).id;
  selfApproving = (await db.unit.update({ where: { id: (await fx.unit("DISTRICT")).id }, data: { allowSelfApproval: true } })).id;
  categoryId = (await db.category.create({ data: { name: `Chuyên mục ${fx.tag}`, slug: `cm-${fx.tag}` } })).id;
  author = await fx.member(oneLevel, "AUTHOR");
  approver = await fx.member(oneLevel, "APPROVER");
  secondApprover = await fx.member(oneLevel, "APPROVER");
  twoLevelAuthor = await fx.member(twoLevel, "AUTHOR");
  twoLevelApprover = await fx.member(twoLevel, "APPROVER");
  soleMember = await fx.member(selfApproving, "APPROVER");
  const editor = await fx.user(["PROVINCIAL_EDITOR"]);
  provincialEditor = { id: editor.id, portalRoles: ["PROVINCIAL_EDITOR"], memberships: [] };
});
afterAll(async () => {
  await fx.cleanUp();
  await db.category.delete({ where: { id: categoryId } }).catch(() => {});
});

describe("Duyệt và xuất bản", () => {
  it("publishes in a one-level unit: public address from the title, date set, published text kept, writer told", async () => {
    const a = await article(oneLevel, author);
    expect(await approveArticle(approver, { articleId: a.id, baseVersion: a.version })).toMatchObject({ ok: true, value: { state: "PUBLISHED" } });
    const after = await read(a.id);
    expect(after.state).toBe("PUBLISHED");
    expect(after.slug).toMatch(/^tuyen-truyen-phap-luat-ve-hoa-giai-co-so-tai-xa-so-/);
    expect(after.publishedAt).not.toBeNull();
    expect(after.publishedRevisionId).not.toBeNull();
    expect(await events(a.id)).toEqual(["APPROVE"]);
    expect(await db.notification.count({ where: { userId: author.id, kind: "article.published" } })).toBeGreaterThan(0);
    expect(await db.auditEntry.count({ where: { targetType: "Article", targetId: String(a.id), action: "article.approve" } })).toBe(1);
  });

  it("refuses to let an approver publish their own article, unless the unit allows self-approval", async () => {
    const own = await article(oneLevel, approver);
    expect(await approveArticle(approver, { articleId: own.id, baseVersion: own.version })).toEqual({
      ok: false,
      error: "Bạn không thể tự duyệt bài viết của mình; đơn vị chưa cho phép tự duyệt.",
    });
    expect(await read(own.id)).toEqual(own);
    const allowed = await article(selfApproving, soleMember);
    expect((await approveArticle(soleMember, { articleId: allowed.id, baseVersion: allowed.version })).ok).toBe(true);
  });

  it("in a two-level unit: the unit approver endorses, only a provincial editor publishes", async () => {
    const a = await article(twoLevel, twoLevelAuthor);
    expect(await approveArticle(twoLevelApprover, { articleId: a.id, baseVersion: 1 })).toMatchObject({ ok: true, value: { state: "ENDORSED" } });
    const endorsed = await read(a.id);
    expect(await approveArticle(twoLevelApprover, { articleId: a.id, baseVersion: endorsed.version })).toEqual({
      ok: false,
      error: "Bài viết đã được đơn vị duyệt và đang chờ biên tập cấp tỉnh xuất bản.",
    });
    expect(await read(a.id)).toEqual(endorsed);
    expect(await approveArticle(provincialEditor, { articleId: a.id, baseVersion: endorsed.version })).toMatchObject({ ok: true, value: { state: "PUBLISHED" } });
    expect(await events(a.id)).toEqual(["ENDORSE", "APPROVE"]);
    expect(await db.notification.count({ where: { userId: provincialEditor.id, kind: "article.waiting" } })).toBeGreaterThan(0);
  });

  it("refuses an approver of another unit and leaves the article as it was", async () => {
    const a = await article(twoLevel, twoLevelAuthor);
    expect(await approveArticle(approver, { articleId: a.id, baseVersion: 1 })).toEqual({ ok: false, error: "Bạn không có quyền thực hiện thao tác này." });
    expect(await read(a.id)).toEqual(a);
  });

  it("when two approvers act at the same moment, exactly one succeeds and the other is told who did what", async () => {
    const a = await article(oneLevel, author);
    const results = await Promise.all([approver, secondApprover].map((who) => approveArticle(who, { articleId: a.id, baseVersion: 1 })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refusal = results.find((r) => !r.ok) as { error: string };
    expect(refusal.error).toMatch(/^Bài viết đang ở trạng thái “Đã xuất bản”: Người thử .+ đã duyệt và xuất bản lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\.$/);
    expect(await events(a.id)).toEqual(["APPROVE"]);
  });

  it("refuses a decision on a version the reviewer has not seen", async () => {
    const a = await article(oneLevel, author, "SUBMITTED", { version: 4 });
    expect((await approveArticle(approver, { articleId: a.id, baseVersion: 3 })).ok).toBe(false);
    expect((await read(a.id)).state).toBe("SUBMITTED");
  });
});

describe("Trả lại", () => {
  it("requires a reason and changes nothing without one", async () => {
    const a = await article(oneLevel, author);
    const result = await returnArticle(approver, { articleId: a.id, baseVersion: 1, reason: "  " });
    expect(result).toMatchObject({ ok: false, error: "Vui lòng ghi lý do trả lại (ít nhất 5 ký tự) để người viết biết cần sửa gì." });
    expect(await read(a.id)).toEqual(a);
  });

  it("sends it back with the reason, which the writer is told; the writer fixes it and sends it again", async () => {
    const a = await article(oneLevel, author);
    const reason = "Sapo còn dài, đề nghị rút gọn và bổ sung ảnh đại diện.";
    expect(await returnArticle(approver, { articleId: a.id, baseVersion: 1, reason })).toMatchObject({ ok: true, value: { state: "RETURNED" } });
    const event = await db.workflowEvent.findFirstOrThrow({ where: { articleId: a.id, action: "RETURN" } });
    expect(event.note).toBe(reason);
    expect(await db.notification.findFirst({ where: { userId: author.id, kind: "article.returned", message: { contains: reason } } })).not.toBeNull();
    const returned = await read(a.id);
    expect(await submitArticle(author, { articleId: a.id, baseVersion: returned.version })).toMatchObject({ ok: true });
    expect((await read(a.id)).state).toBe("SUBMITTED");
  });
});

describe("Gỡ bài", () => {
  it("takes a published article down with a reason and off the home page", async () => {
    const a = await article(oneLevel, author, "PUBLISHED", { publishedAt: new Date(), featuredOrder: 99 });
    expect((await takeDownArticle(approver, { articleId: a.id, reason: "" })).ok).toBe(false);
    expect(await read(a.id)).toEqual(a);
    expect(await takeDownArticle(approver, { articleId: a.id, reason: "Thông tin trong bài chưa chính xác." })).toMatchObject({ ok: true, value: { state: "TAKEN_DOWN" } });
    expect(await read(a.id)).toMatchObject({ state: "TAKEN_DOWN", featuredOrder: null, publishedAt: a.publishedAt });
  });
});

describe("Hẹn giờ xuất bản", () => {
  it("refuses a time in the past and keeps the article waiting", async () => {
    const a = await article(oneLevel, author);
    const result = await scheduleArticle(approver, { articleId: a.id, baseVersion: 1, publishAt: "2020-01-01T08:00" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { publishAt: "Giờ hẹn phải sau thời điểm hiện tại ít nhất 1 phút." } });
    expect(await read(a.id)).toEqual(a);
  });

  it("publishes when due, exactly once even with two workers ticking together", async () => {
    const now = new Date("2026-11-28T01:00:00Z"); // 08:00 in Vietnam
    const a = await article(oneLevel, author);
    expect(await scheduleArticle(approver, { articleId: a.id, baseVersion: 1, publishAt: "2026-11-28T09:30" }, now)).toMatchObject({ ok: true });
    expect((await read(a.id)).scheduledAt?.toISOString()).toBe("2026-11-28T02:30:00.000Z");
    expect((await publishDueArticles(new Date("2026-11-28T02:29:00Z"))).map((change) => change.after?.id)).not.toContain(a.id);
    expect((await read(a.id)).state).toBe("SCHEDULED");

    const due = new Date("2026-11-28T02:31:00Z");
    const [first, second] = await Promise.all([publishDueArticles(due), publishDueArticles(due)]);
    expect([...first, ...second].filter((change) => change.after?.id === a.id)).toHaveLength(1);
    expect(await read(a.id)).toMatchObject({ state: "PUBLISHED", publishedAt: due, scheduledAt: null });
    expect(await events(a.id)).toEqual(["SCHEDULE", "PUBLISH_SCHEDULED"]);
  });
});

describe("every state × review step", () => {
  const steps = {
    approve: (id: number, v: number) => approveArticle(provincialEditor, { articleId: id, baseVersion: v }),
    schedule: (id: number, v: number) => scheduleArticle(provincialEditor, { articleId: id, baseVersion: v, publishAt: "2099-01-01T08:00" }),
    return: (id: number, v: number) => returnArticle(provincialEditor, { articleId: id, baseVersion: v, reason: "Cần bổ sung nguồn tin." }),
    takeDown: (id: number) => takeDownArticle(provincialEditor, { articleId: id, reason: "Gỡ để kiểm tra lại." }),
    submit: (id: number, v: number) => submitArticle(author, { articleId: id, baseVersion: v }),
  };
  const allowed: Record<string, string[]> = {
    approve: ["SUBMITTED"],
    schedule: ["SUBMITTED"],
    return: ["SUBMITTED", "ENDORSED", "SCHEDULED"],
    takeDown: ["PUBLISHED"],
    submit: ["DRAFT", "RETURNED"],
  };
  for (const state of ARTICLE_STATES) {
    for (const [name, run] of Object.entries(steps)) {
      const expected = allowed[name].includes(state);
      it(`${name} from ${state} in a one-level unit is ${expected ? "allowed" : "refused and changes nothing"}`, async () => {
        const a = await article(oneLevel, author, state, state === "PUBLISHED" ? { publishedAt: new Date() } : {});
        const result = await run(a.id, a.version);
        expect(result.ok).toBe(expected);
        if (!expected) expect(await read(a.id)).toEqual(a);
      });
    }
  }
});

describe("Nổi bật", () => {
  it("lets a provincial editor order the home page, and no one else", async () => {
    const a = await article(oneLevel, author, "PUBLISHED", { publishedAt: new Date() });
    const b = await article(oneLevel, author, "PUBLISHED", { publishedAt: new Date() });
    expect(await featureArticle(approver, { articleId: a.id, position: 1 })).toEqual({ ok: false, error: "Bạn không có quyền thực hiện thao tác này." });
    expect(await featureArticle(provincialEditor, { articleId: a.id, position: 1 })).toMatchObject({ ok: true });
    expect(await featureArticle(provincialEditor, { articleId: b.id, position: 1 })).toMatchObject({ ok: true });
    expect((await read(b.id)).featuredOrder).toBe(1);
    expect((await read(a.id)).featuredOrder).toBe(2);
    expect(await featureArticle(provincialEditor, { articleId: b.id, position: null })).toMatchObject({ ok: true });
    expect((await read(a.id)).featuredOrder).toBe(1);
    await featureArticle(provincialEditor, { articleId: a.id, position: null });
    const draft = await article(oneLevel, author, "DRAFT");
    expect(await featureArticle(provincialEditor, { articleId: draft.id, position: 1 })).toEqual({ ok: false, error: "Chỉ bài viết đã xuất bản mới được đưa lên tin nổi bật." });
  });
});
