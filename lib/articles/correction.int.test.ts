import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const expired = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", () => ({ revalidateTag: (tag: string) => void expired.push(tag), revalidatePath: () => {}, unstable_cache: (fn: unknown) => fn }));

import { categoryTag } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { applyChanges } from "@/lib/site/revalidate";
import type { PolicyActor } from "@/lib/policy";
import { doc, p } from "@/lib/richtext/build";
import { unitFixtures } from "@/test-support/fixtures/units";
import { approveCorrection, returnCorrection } from "./approve-correction";
import { saveArticle } from "./save-article";
import { submitCorrection } from "./submit-correction";

// Correcting a published article: readers keep the published text until the correction is approved.
const fx = unitFixtures("correction");
let unitId: number;
let twoLevelId: number;
let categoryId: number;
let writer: PolicyActor;
let approver: PolicyActor;
let twoLevelWriter: PolicyActor;
let twoLevelApprover: PolicyActor;
let editor: PolicyActor;

const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(" ");
const corrected = (title: string) => ({
  title,
  sapo: `Bản sửa đổi bổ sung số liệu ${words(25, "chính xác")}.`,
  body: doc([p(words(200, "đính chính"))]),
  byline: "Nguyễn Thu Hà",
  source: null,
  categoryId,
  tags: [],
  coverImageId: null,
  coverCaption: null,
  coverAlt: null,
  attachments: [],
});
const read = (id: number) => db.article.findUniqueOrThrow({ where: { id } });

async function published(unit: number, by: PolicyActor) {
  const article = await fx.article(unit, by.id, new Date("2026-11-01T02:00:00Z"));
  return db.article.update({ where: { id: article.id }, data: { title: "Tiêu đề đã xuất bản", categoryId } });
}

beforeAll(async () => {
  unitId = (await fx.unit("DISTRICT")).id;
  twoLevelId = (await db.unit.update({ where: { id: (await fx.unit("DISTRICT")).id }, data: { approvalLevels: 2 } })).id;
  categoryId = (await db.category.create({ data: { name: `Chuyên mục ${fx.tag}`, slug: `cm-${fx.tag}` } })).id;
  writer = await fx.member(unitId, "AUTHOR");
  approver = await fx.member(unitId, "APPROVER");
  twoLevelWriter = await fx.member(twoLevelId, "AUTHOR");
  twoLevelApprover = await fx.member(twoLevelId, "APPROVER");
  const user = await fx.user(["PROVINCIAL_EDITOR"]);
  editor = { id: user.id, portalRoles: ["PROVINCIAL_EDITOR"], memberships: [] };
});
afterAll(async () => {
  await fx.cleanUp();
  await db.category.delete({ where: { id: categoryId } }).catch(() => {});
});

describe("correcting a published article", () => {
  it("keeps readers on the published text until the correction is approved, then keeps its address and date", async () => {
    const article = await published(unitId, writer);
    const saved = await saveArticle(writer, { articleId: article.id, baseVersion: 1, kind: "MANUAL", fields: corrected("Tiêu đề đã đính chính sau khi xuất bản") });
    expect(saved).toMatchObject({ ok: true, value: { version: 2 } });
    const waiting = await read(article.id);
    expect(waiting).toMatchObject({ title: "Tiêu đề đã xuất bản", sapo: article.sapo, state: "PUBLISHED", version: 2 });
    expect(waiting.correctionRevisionId).not.toBeNull();

    expect(await submitCorrection(writer, { articleId: article.id, baseVersion: 2 })).toEqual({ ok: true, value: { version: 3 } });
    expect((await read(article.id)).title).toBe("Tiêu đề đã xuất bản");
    // Once sent, the writer waits; the reviewer may still edit.
    expect((await saveArticle(writer, { articleId: article.id, baseVersion: 3, kind: "MANUAL", fields: corrected("Sửa thêm một lần nữa cho rõ ý") })).ok).toBe(false);

    expect(await approveCorrection(approver, { articleId: article.id, baseVersion: 3 })).toMatchObject({ ok: true });
    const after = await read(article.id);
    expect(after).toMatchObject({ title: "Tiêu đề đã đính chính sau khi xuất bản", slug: article.slug, publishedAt: article.publishedAt, correctionRevisionId: null, correctionSubmittedAt: null });
    expect(after.bodyText).toContain("đính chính");
    const events = await db.workflowEvent.findMany({ where: { articleId: article.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["SUBMIT_CORRECTION", "APPROVE_CORRECTION"]);
  });

  it("reports a move to another category, and both category pages let the article go", async () => {
    const article = await published(unitId, writer);
    const other = await db.category.create({ data: { name: `Chuyên mục khác ${fx.tag}`, slug: `cm-khac-${fx.tag}` } });
    try {
      const moved = { ...corrected("Bài viết chuyển sang chuyên mục khác"), categoryId: other.id };
      expect((await saveArticle(writer, { articleId: article.id, baseVersion: 1, kind: "MANUAL", fields: moved })).ok).toBe(true);
      expect((await submitCorrection(writer, { articleId: article.id, baseVersion: 2 })).ok).toBe(true);

      const approved = await approveCorrection(approver, { articleId: article.id, baseVersion: 3 });
      if (!approved.ok) throw new Error(approved.error);
      expect(approved.changes?.articles).toEqual([
        { before: expect.objectContaining({ id: article.id, categoryId }), after: expect.objectContaining({ id: article.id, categoryId: other.id, slug: article.slug }) },
      ]);
      expired.length = 0;
      applyChanges(approved.changes);
      expect(expired).toEqual(expect.arrayContaining([categoryTag(categoryId), categoryTag(other.id)]));
    } finally {
      await db.article.update({ where: { id: article.id }, data: { categoryId } });
      await db.category.delete({ where: { id: other.id } });
    }
  });

  it("returns a correction with a reason, leaving the published text, and lets the writer edit again", async () => {
    const article = await published(unitId, writer);
    await saveArticle(writer, { articleId: article.id, baseVersion: 1, kind: "MANUAL", fields: corrected("Bản sửa chưa đạt yêu cầu về nguồn tin") });
    await submitCorrection(writer, { articleId: article.id, baseVersion: 2 });
    const before = await read(article.id);
    expect(await returnCorrection(approver, { articleId: article.id, baseVersion: 3, reason: "" })).toMatchObject({ ok: false });
    expect(await read(article.id)).toEqual(before);
    expect(await returnCorrection(approver, { articleId: article.id, baseVersion: 3, reason: "Chưa ghi rõ nguồn số liệu." })).toMatchObject({ ok: true });
    expect(await read(article.id)).toMatchObject({ title: "Tiêu đề đã xuất bản", correctionSubmittedAt: null });
    expect((await saveArticle(writer, { articleId: article.id, baseVersion: 4, kind: "MANUAL", fields: corrected("Bản sửa lần hai đã bổ sung nguồn") })).ok).toBe(true);
  });

  it("refuses to approve a correction that was not sent, or by someone without the right", async () => {
    const article = await published(unitId, writer);
    await saveArticle(writer, { articleId: article.id, baseVersion: 1, kind: "MANUAL", fields: corrected("Chưa gửi bản sửa này đi duyệt") });
    expect(await approveCorrection(approver, { articleId: article.id, baseVersion: 2 })).toEqual({ ok: false, error: "Bài viết không có bản sửa đổi nào đang chờ duyệt." });
    await submitCorrection(writer, { articleId: article.id, baseVersion: 2 });
    expect(await approveCorrection(writer, { articleId: article.id, baseVersion: 3 })).toEqual({ ok: false, error: "Bạn không có quyền thực hiện thao tác này." });
    expect((await read(article.id)).title).toBe("Tiêu đề đã xuất bản");
  });

  it("in a two-level unit, leaves the decision to the province", async () => {
    const article = await published(twoLevelId, twoLevelWriter);
    await saveArticle(twoLevelWriter, { articleId: article.id, baseVersion: 1, kind: "MANUAL", fields: corrected("Sửa ở đơn vị hai cấp duyệt bài") });
    await submitCorrection(twoLevelWriter, { articleId: article.id, baseVersion: 2 });
    expect(await approveCorrection(twoLevelApprover, { articleId: article.id, baseVersion: 3 })).toEqual({
      ok: false,
      error: "Bản sửa đổi của đơn vị hai cấp duyệt do biên tập cấp tỉnh duyệt.",
    });
    expect(await approveCorrection(editor, { articleId: article.id, baseVersion: 3 })).toMatchObject({ ok: true });
    expect((await read(article.id)).title).toBe("Sửa ở đơn vị hai cấp duyệt bài");
  });
});
