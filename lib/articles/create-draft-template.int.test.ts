import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { unitFixtures } from "@/test-support/fixtures/units";
import { createDraft } from "./create-draft";
import { newsTemplate } from "./templates";

// Viết bài mới with a Mẫu tin, through the real use case on PostgreSQL.
const fx = unitFixtures("mau-tin");
let unitId: number;
let author: PolicyActor;

beforeAll(async () => {
  unitId = (await fx.unit("COMMUNE")).id;
  author = await fx.member(unitId, "AUTHOR");
});
afterAll(() => fx.cleanUp());

describe("Viết bài mới from a Mẫu tin", () => {
  it("starts the draft with the template's structure and no hint text", async () => {
    const result = await createDraft(author, { unitId, template: "hoi-nghi" });
    if (!result.ok) throw new Error(result.error);
    const article = await db.article.findUniqueOrThrow({ where: { id: result.value.id } });
    expect(article.body).toEqual(newsTemplate("hoi-nghi").body);
    expect(JSON.stringify(article.body)).not.toContain("báo cáo viên");
    expect(article).toMatchObject({ title: "", sapo: "", state: "DRAFT" });
  });

  it("starts an empty draft when no template is chosen", async () => {
    const result = await createDraft(author, { unitId, template: "" });
    if (!result.ok) throw new Error(result.error);
    const article = await db.article.findUniqueOrThrow({ where: { id: result.value.id } });
    expect(article.body).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
  });

  it("refuses a template that does not exist, and creates nothing", async () => {
    const before = await db.article.count({ where: { unitId } });
    expect(await createDraft(author, { unitId, template: "khong-co" })).toEqual({ ok: false, error: "Mẫu tin không có trong danh sách." });
    expect(await db.article.count({ where: { unitId } })).toBe(before);
  });
});
