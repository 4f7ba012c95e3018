import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { auditEntriesAfter, lastAuditId, makeActor, suffix } from "@/test-support/fixtures/people";
import { CATEGORY_NOT_FOUND, duplicateSlugMessage } from "./category-fields";
import { createCategory } from "./create-category";
import { listCategoriesForAdmin } from "./queries";
import { renameCategory } from "./rename-category";
import { reorderCategory } from "./reorder-category";
import { setCategoryVisibility } from "./set-category-visibility";

const NO_RIGHT = "Bạn không có quyền thực hiện thao tác này.";
const made: number[] = [];

let admin: PolicyActor;
let editor: PolicyActor;

beforeAll(async () => {
  admin = await makeActor(["ADMINISTRATOR"]);
  editor = await makeActor(["PROVINCIAL_EDITOR"]);
});

// Test categories would show on the public site: remove them (nothing refers to them).
afterAll(async () => {
  await db.category.deleteMany({ where: { id: { in: made } } });
});

async function category(name = `Kiểm thử ${suffix()}`) {
  const result = await createCategory(admin, { name });
  if (!result.ok) throw new Error(result.error);
  made.push(result.value.categoryId);
  return result.value;
}

const allCategories = () => db.category.findMany({ orderBy: { id: "asc" } });

/** A refused call: the message, and not one category or audit entry changed. */
async function expectRefusedUnchanged(call: () => Promise<{ ok: boolean }>, message: string, field?: string) {
  const before = await allCategories();
  const audit = await lastAuditId();
  const result = await call();
  expect(result.ok).toBe(false);
  expect(result).toMatchObject(field ? { fieldErrors: { [field]: message } } : { error: message });
  expect(await allCategories()).toEqual(before);
  expect(await auditEntriesAfter(audit)).toEqual([]);
}

describe("createCategory", () => {
  it("adds a category at the end with a slug made from its name", async () => {
    const tag = suffix();
    const audit = await lastAuditId();
    const { categoryId, slug } = await category(`  Hỏi   đáp pháp luật ${tag} `);
    expect(slug).toBe(`hoi-dap-phap-luat-${tag}`);
    const list = await listCategoriesForAdmin();
    expect(list.at(-1)).toEqual({ id: categoryId, name: `Hỏi đáp pháp luật ${tag}`, slug, hidden: false, sortOrder: expect.any(Number), articleCount: 0 });
    expect(await auditEntriesAfter(audit)).toMatchObject([
      { action: "category.create", targetType: "Category", targetId: String(categoryId), change: { before: null, after: { slug, hidden: false } } },
    ]);
  });

  it("takes a typed slug, folded to lower-case ASCII", async () => {
    const tag = suffix();
    const result = await createCategory(admin, { name: "Văn bản mới", slug: ` Văn Bản ${tag} ` });
    expect(result).toMatchObject({ ok: true, value: { slug: `van-ban-${tag}` } });
    if (result.ok) made.push(result.value.categoryId);
  });

  it("refuses an empty name", async () => {
    await expectRefusedUnchanged(() => createCategory(admin, { name: "   " }), "Vui lòng nhập tên chuyên mục.", "name");
    await expectRefusedUnchanged(() => createCategory(admin, {}), "Vui lòng nhập tên chuyên mục.", "name");
  });

  it("refuses a slug already used, typed or made from the name", async () => {
    const { slug } = await category();
    await expectRefusedUnchanged(() => createCategory(admin, { name: "Khác", slug: slug.toUpperCase() }), duplicateSlugMessage(slug), "slug");
    const named = await category(`Tin tức ${suffix()}`);
    await expectRefusedUnchanged(() => createCategory(admin, { name: named.slug.replace(/-/g, " ") }), duplicateSlugMessage(named.slug), "slug");
  });

  it("refuses a slug with no letter or digit", async () => {
    await expectRefusedUnchanged(() => createCategory(admin, { name: "Tên", slug: "---" }), "Đường dẫn phải có chữ hoặc số.", "slug");
  });

  it("refuses someone who is not an administrator", async () => {
    await expectRefusedUnchanged(() => createCategory(editor, { name: `Kiểm thử ${suffix()}` }), NO_RIGHT);
    await expectRefusedUnchanged(() => createCategory(null, { name: `Kiểm thử ${suffix()}` }), "Bạn cần đăng nhập để thực hiện thao tác này.");
  });
});

describe("renameCategory", () => {
  it("renames and keeps the slug", async () => {
    const { categoryId, slug } = await category("Tên cũ");
    const audit = await lastAuditId();
    expect(await renameCategory(admin, { categoryId: String(categoryId), name: "Tên mới" })).toMatchObject({ ok: true });
    expect(await db.category.findUniqueOrThrow({ where: { id: categoryId } })).toMatchObject({ name: "Tên mới", slug });
    expect((await auditEntriesAfter(audit)).map((a) => [a.action, a.change])).toEqual([["category.rename", { before: { name: "Tên cũ" }, after: { name: "Tên mới" } }]]);
  });

  it("refuses an empty name, an unknown category and a non-administrator", async () => {
    const { categoryId } = await category();
    await expectRefusedUnchanged(() => renameCategory(admin, { categoryId, name: " " }), "Vui lòng nhập tên chuyên mục.", "name");
    await expectRefusedUnchanged(() => renameCategory(admin, { categoryId: 2_000_000_000, name: "Tên" }), CATEGORY_NOT_FOUND);
    await expectRefusedUnchanged(() => renameCategory(editor, { categoryId, name: "Tên" }), NO_RIGHT);
  });
});

describe("reorderCategory", () => {
  const positionOf = async (ids: number[]) =>
    (await listCategoriesForAdmin()).filter((c) => ids.includes(c.id)).map((c) => c.id);

  it("moves up and down, to a position, and keeps every other category in its order", async () => {
    const [a, b, c] = [await category(), await category(), await category()];
    const ids = [a.categoryId, b.categoryId, c.categoryId];
    const othersBefore = (await listCategoriesForAdmin()).filter((x) => !ids.includes(x.id)).map((x) => x.id);

    expect(await reorderCategory(admin, { categoryId: c.categoryId, direction: "up" })).toMatchObject({ ok: true });
    expect(await positionOf(ids)).toEqual([a.categoryId, c.categoryId, b.categoryId]);
    expect(await reorderCategory(admin, { categoryId: a.categoryId, direction: "down" })).toMatchObject({ ok: true });
    expect(await positionOf(ids)).toEqual([c.categoryId, a.categoryId, b.categoryId]);

    expect(await reorderCategory(admin, { categoryId: b.categoryId, position: "1" })).toMatchObject({ ok: true });
    expect((await listCategoriesForAdmin())[0].id).toBe(b.categoryId);
    expect(await reorderCategory(admin, { categoryId: b.categoryId, position: 100_000 })).toMatchObject({ ok: true });
    const list = await listCategoriesForAdmin();
    expect(list.at(-1)!.id).toBe(b.categoryId);
    expect(list.map((x) => x.sortOrder)).toEqual(list.map((_, i) => i + 1));
    expect(list.filter((x) => !ids.includes(x.id)).map((x) => x.id)).toEqual(othersBefore);
  });

  it("does nothing when moving the last one down", async () => {
    const { categoryId } = await category();
    const audit = await lastAuditId();
    expect(await reorderCategory(admin, { categoryId, direction: "down" })).toMatchObject({ ok: true });
    expect(await auditEntriesAfter(audit)).toEqual([]);
  });

  it("refuses a bad position, an unknown category and a non-administrator", async () => {
    const { categoryId } = await category();
    await expectRefusedUnchanged(() => reorderCategory(admin, { categoryId, position: "0" }), "Vị trí phải là một số từ 1 trở lên.", "position");
    await expectRefusedUnchanged(() => reorderCategory(admin, { categoryId, position: "abc" }), "Vị trí phải là một số từ 1 trở lên.", "position");
    await expectRefusedUnchanged(() => reorderCategory(admin, { categoryId }), "Vị trí phải là một số từ 1 trở lên.", "position");
    await expectRefusedUnchanged(() => reorderCategory(admin, { categoryId: 2_000_000_000, direction: "up" }), CATEGORY_NOT_FOUND);
    await expectRefusedUnchanged(() => reorderCategory(editor, { categoryId, direction: "up" }), NO_RIGHT);
  });
});

describe("setCategoryVisibility", () => {
  it("hides and shows", async () => {
    const { categoryId } = await category();
    const audit = await lastAuditId();
    expect(await setCategoryVisibility(admin, { categoryId, hidden: "true" })).toMatchObject({ ok: true });
    expect((await db.category.findUniqueOrThrow({ where: { id: categoryId } })).hidden).toBe(true);
    expect(await setCategoryVisibility(admin, { categoryId, hidden: false })).toMatchObject({ ok: true });
    expect((await db.category.findUniqueOrThrow({ where: { id: categoryId } })).hidden).toBe(false);
    expect((await auditEntriesAfter(audit)).map((a) => [a.action, a.change])).toEqual([
      ["category.hide", { before: { hidden: false }, after: { hidden: true } }],
      ["category.show", { before: { hidden: true }, after: { hidden: false } }],
    ]);
  });

  it("refuses an unknown category and a non-administrator", async () => {
    const { categoryId } = await category();
    await expectRefusedUnchanged(() => setCategoryVisibility(admin, { categoryId: 2_000_000_000, hidden: true }), CATEGORY_NOT_FOUND);
    await expectRefusedUnchanged(() => setCategoryVisibility(editor, { categoryId, hidden: true }), NO_RIGHT);
  });
});
