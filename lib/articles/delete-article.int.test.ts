import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { unitFixtures } from "@/test-support/fixtures/units";
import { deleteArticle, restoreArticle } from "./delete-article";

const fx = unitFixtures("bin");
let unitId: number;
let author: PolicyActor;
let colleague: PolicyActor;
let approver: PolicyActor;

beforeAll(async () => {
  unitId = (await fx.unit("COMMUNE")).id;
  author = await fx.member(unitId, "AUTHOR");
  colleague = await fx.member(unitId, "AUTHOR");
  approver = await fx.member(unitId, "APPROVER");
});
afterAll(() => fx.cleanUp());

const read = (id: number) => db.article.findUniqueOrThrow({ where: { id } });

describe("the bin", () => {
  it("takes the writer's draft to the bin and brings it back in the same state, recording both", async () => {
    const draft = await fx.article(unitId, author.id, null);
    expect(await deleteArticle(author, { articleId: draft.id })).toEqual({ ok: true });
    expect((await read(draft.id)).deletedAt).not.toBeNull();
    expect(await restoreArticle(author, { articleId: draft.id })).toEqual({ ok: true });
    expect(await read(draft.id)).toMatchObject({ deletedAt: null, state: "DRAFT" });
    const events = await db.workflowEvent.findMany({ where: { articleId: draft.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["DELETE", "RESTORE"]);
  });

  it("refuses a colleague's delete and leaves the draft alone; the unit approver may", async () => {
    const draft = await fx.article(unitId, author.id, null);
    expect(await deleteArticle(colleague, { articleId: draft.id })).toEqual({ ok: false, error: "Bạn không có quyền thực hiện thao tác này." });
    expect(await read(draft.id)).toEqual(draft);
    expect(await deleteArticle(approver, { articleId: draft.id })).toEqual({ ok: true });
  });

  it("never deletes what readers have seen", async () => {
    const published = await fx.article(unitId, author.id, new Date());
    expect(await deleteArticle(approver, { articleId: published.id })).toEqual({
      ok: false,
      error: "Không thể xóa bài viết đang ở trạng thái “Đã xuất bản”; chỉ bài nháp hoặc bị trả lại mới được xóa.",
    });
    expect(await read(published.id)).toEqual(published);
  });
});
