import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { nextCacheMock, nextHeadersMock, runAction, signInAs } from "@/test-support/next-request";
import { withErrorNotice } from "@/lib/workspace/notices";

// Server actions called as Next calls them — the real action function, with a real next-auth session
// token in the cookies — once per role. A refusal must leave the data exactly as it was.
vi.mock("next/headers", () => nextHeadersMock());
vi.mock("next/cache", () => nextCacheMock());

const { db } = await import("@/lib/db");
const { unitFixtures } = await import("@/test-support/fixtures/units");
const { createCategoryAction } = await import("./quan-tri/chuyen-muc/actions");
const { approveAction } = await import("./duyet-bai/actions");
const { createDraftAction } = await import("./bai-viet/actions");

const fx = unitFixtures("roles");
type Person = { id: number; sessionVersion: number };
const people: Record<string, Person> = {};
let unitId: number;

function form(fields: Record<string, string | number>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
}

beforeAll(async () => {
  unitId = (await fx.unit("DISTRICT")).id;
  people.admin = await fx.user(["ADMINISTRATOR"]);
  people.provincialEditor = await fx.user(["PROVINCIAL_EDITOR"]);
  people.commentModerator = await fx.user(["COMMENT_MODERATOR"]);
  people.approver = await fx.user();
  people.author = await fx.user();
  await db.membership.createMany({
    data: [
      { userId: people.approver.id, unitId, role: "APPROVER" },
      { userId: people.author.id, unitId, role: "AUTHOR" },
    ],
  });
});
afterAll(async () => {
  await db.category.deleteMany({ where: { slug: { startsWith: `vai-tro-${fx.tag}` } } });
  await fx.cleanUp();
});

describe("Quản trị → Chuyên mục: createCategoryAction", () => {
  for (const role of ["provincialEditor", "approver", "author", "commentModerator"]) {
    it(`refuses the ${role} and creates nothing`, async () => {
      await signInAs(people[role]);
      const before = await db.category.findMany({ orderBy: { id: "asc" } });
      const outcome = await runAction(() => createCategoryAction(null, form({ name: `Chuyên mục ${role}`, slug: `vai-tro-${fx.tag}-${role}` })));
      expect(outcome).toMatchObject({ result: { ok: false, error: "Bạn không có quyền thực hiện thao tác này." } });
      expect(await db.category.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    });
  }

  it("lets the administrator create one", async () => {
    await signInAs(people.admin);
    const outcome = await runAction(() => createCategoryAction(null, form({ name: "Chuyên mục của quản trị", slug: `vai-tro-${fx.tag}-admin` })));
    expect(outcome).toMatchObject({ result: { ok: true } });
    expect(await db.category.count({ where: { slug: `vai-tro-${fx.tag}-admin` } })).toBe(1);
  });
});

describe("Duyệt bài: approveAction", () => {
  it("refuses the author, the comment moderator and the administrator, leaving the article waiting", async () => {
    const article = await fx.article(unitId, people.author.id, null);
    await db.article.update({ where: { id: article.id }, data: { state: "SUBMITTED" } });
    const before = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    for (const role of ["author", "commentModerator", "admin"]) {
      await signInAs(people[role]);
      const outcome = await runAction(() => approveAction(null, form({ articleId: article.id, baseVersion: before.version })));
      expect(outcome, role).toEqual({ result: { ok: false, error: "Bạn không có quyền thực hiện thao tác này." } });
    }
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toEqual(before);
  });

  it("lets the unit approver publish", async () => {
    const article = await fx.article(unitId, people.author.id, null);
    await db.article.update({ where: { id: article.id }, data: { state: "SUBMITTED" } });
    await signInAs(people.approver);
    const outcome = await runAction(() => approveAction(null, form({ articleId: article.id, baseVersion: 1 })));
    expect(outcome).toEqual({ redirectedTo: `/quan-ly/duyet-bai?xong=da-xuat-ban&bai=${article.id}` });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).state).toBe("PUBLISHED");
  });
});

describe("Viết bài mới: createDraftAction", () => {
  it("refuses the comment moderator and the provincial editor (no unit) and creates nothing", async () => {
    for (const role of ["commentModerator", "provincialEditor"]) {
      await signInAs(people[role]);
      const before = await db.article.count();
      const outcome = await runAction(() => createDraftAction(form({ unitId })));
      expect(outcome).toEqual({ redirectedTo: withErrorNotice("/quan-ly/bai-viet", "Bạn không có quyền thực hiện thao tác này.") });
      expect(await db.article.count()).toBe(before);
    }
  });

  it("opens a new draft for the author", async () => {
    await signInAs(people.author);
    const outcome = await runAction(() => createDraftAction(form({ unitId })));
    expect(outcome).toMatchObject({ redirectedTo: expect.stringMatching(/^\/quan-ly\/bai-viet\/\d+$/) });
  });

  it("treats an expired or missing session as nobody", async () => {
    await signInAs(null);
    const before = await db.article.count();
    expect(await runAction(() => createDraftAction(form({ unitId })))).toEqual({
      redirectedTo: withErrorNotice("/quan-ly/bai-viet", "Phiên đăng nhập đã hết. Vui lòng đăng nhập lại."),
    });
    expect(await db.article.count()).toBe(before);
  });
});
