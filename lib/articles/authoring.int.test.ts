import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { doc, figure, h2, p } from "@/lib/richtext/build";
import { unitFixtures } from "@/test-support/fixtures/units";
import { createDraft } from "./create-draft";
import { saveArticle } from "./save-article";
import { submitArticle } from "./submit-article";
import { getArticleForEditor, listWorkspaceArticles } from "./workspace-queries";

// Writing, saving and sending an article through the real use cases on PostgreSQL.
const fx = unitFixtures("authoring");
let unitId: number;
let otherUnitId: number;
let categoryId: number;
let author: PolicyActor;
let colleague: PolicyActor;
let approver: PolicyActor;
let outsider: PolicyActor;

const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(" ");
const goodFields = () => ({
  title: "Xã Thử Nghiệm tuyên truyền Luật Hòa giải ở cơ sở cho người dân",
  sapo: `Sáng nay, Ủy ban nhân dân xã tổ chức buổi tuyên truyền ${words(25, "pháp luật")} cho bà con.`,
  body: doc([h2("Nội dung chính"), p(words(200, "hòa giải"))]),
  byline: "Nguyễn Thu Hà",
  source: null,
  categoryId,
  tags: ["Hòa giải cơ sở", "hòa giải cơ sở", "Luật Hòa giải"],
  coverImageId: null,
  coverCaption: null,
  coverAlt: null,
  attachments: [],
});

async function newDraft(writer = author) {
  const result = await createDraft(writer, { unitId });
  if (!result.ok) throw new Error(result.error);
  return result.value.id;
}
const readArticle = (id: number) => db.article.findUniqueOrThrow({ where: { id }, include: { tags: true, attachments: true } });

beforeAll(async () => {
  unitId = (await fx.unit("COMMUNE")).id;
  otherUnitId = (await fx.unit("COMMUNE")).id;
  categoryId = (await db.category.create({ data: { name: `Chuyên mục ${fx.tag}`, slug: `cm-${fx.tag}` } })).id;
  author = await fx.member(unitId, "AUTHOR");
  colleague = await fx.member(unitId, "AUTHOR");
  approver = await fx.member(unitId, "APPROVER");
  outsider = await fx.member(otherUnitId, "AUTHOR");
});
afterAll(async () => {
  await fx.cleanUp();
  await db.tag.deleteMany({ where: { articles: { none: {} }, slug: { in: ["hoa-giai-co-so", "luat-hoa-giai"] } } }).catch(() => {});
  await db.category.delete({ where: { id: categoryId } }).catch(() => {});
});

describe("Viết bài mới", () => {
  it("creates an empty draft in the writer's unit, with its creation recorded", async () => {
    const id = await newDraft();
    const article = await db.article.findUniqueOrThrow({ where: { id }, include: { events: true } });
    expect(article).toMatchObject({ state: "DRAFT", unitId, originalUnitId: unitId, writerId: author.id, version: 1 });
    expect(article.events.map((e) => e.action)).toEqual(["CREATE"]);
  });

  it("refuses a draft in a unit the writer does not belong to, and creates nothing", async () => {
    const before = await db.article.count({ where: { unitId: otherUnitId } });
    expect(await createDraft(author, { unitId: otherUnitId })).toEqual({ ok: false, error: "Bạn không có quyền thực hiện thao tác này." });
    expect(await db.article.count({ where: { unitId: otherUnitId } })).toBe(before);
  });
});

describe("Lưu nháp", () => {
  it("stores every field, one tag per spelling, the plain text, and a revision", async () => {
    const id = await newDraft();
    const result = await saveArticle(author, { articleId: id, baseVersion: 1, kind: "MANUAL", fields: goodFields() });
    expect(result).toMatchObject({ ok: true, value: { version: 2 } });
    const article = await readArticle(id);
    expect(article).toMatchObject({ title: goodFields().title, byline: "Nguyễn Thu Hà", categoryId, version: 2 });
    expect(article.bodyText.startsWith("Nội dung chính\nhòa giải")).toBe(true);
    expect(article.tags).toHaveLength(2);
    expect(await db.articleRevision.count({ where: { articleId: id, kind: "MANUAL", version: 2 } })).toBe(1);
  });

  it("refuses a save based on an older version, names who saved and when, keeps the refused text, and changes nothing", async () => {
    const id = await newDraft();
    expect((await saveArticle(author, { articleId: id, baseVersion: 1, kind: "MANUAL", fields: goodFields() })).ok).toBe(true);
    const before = await readArticle(id);
    const mine = { ...goodFields(), title: "Bản của tôi soạn song song, chưa kịp lưu trước" };
    const result = await saveArticle(author, { articleId: id, baseVersion: 1, kind: "AUTOSAVE", fields: mine });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.conflict).toMatchObject({ version: 2, savedByName: `Người thử ${fx.tag}` });
    expect(result.conflict!.savedAt).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(await readArticle(id)).toEqual(before);
    const kept = await db.articleRevision.findFirstOrThrow({ where: { articleId: id, kind: "CONFLICT" } });
    expect(kept).toMatchObject({ title: mine.title, version: 1, authorId: author.id });
  });

  it("lets exactly one of two simultaneous saves from the same version through", async () => {
    const id = await newDraft();
    const results = await Promise.all(
      ["Bản A", "Bản B"].map((title) => saveArticle(author, { articleId: id, baseVersion: 1, kind: "MANUAL", fields: { ...goodFields(), title } })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.conflict)).toHaveLength(1);
    expect((await readArticle(id)).version).toBe(2);
  });

  it("folds autosaves into one revision, so the history stays readable", async () => {
    const id = await newDraft();
    let version = 1;
    for (const title of ["Một", "Một hai", "Một hai ba"]) {
      const result = await saveArticle(author, { articleId: id, baseVersion: version, kind: "AUTOSAVE", fields: { ...goodFields(), title } });
      if (!result.ok) throw new Error(result.error);
      version = result.value.version;
    }
    const revisions = await db.articleRevision.findMany({ where: { articleId: id } });
    expect(revisions.map((r) => [r.kind, r.title])).toEqual([["AUTOSAVE", "Một hai ba"]]);
  });

  it("refuses a colleague's and an outsider's save, and changes nothing", async () => {
    const id = await newDraft();
    const before = await readArticle(id);
    for (const someone of [colleague, outsider]) {
      const result = await saveArticle(someone, { articleId: id, baseVersion: 1, kind: "MANUAL", fields: goodFields() });
      expect(result).toEqual({ ok: false, error: "Bạn không có quyền sửa bài viết này." });
    }
    expect(await readArticle(id)).toEqual(before);
  });

  it("opens a draft for its writer and the unit's approver, not for a fellow author (whose list does not show it either)", async () => {
    const id = await newDraft();
    expect(await getArticleForEditor(author, id)).not.toBeNull();
    expect(await getArticleForEditor(approver, id)).not.toBeNull();
    expect(await getArticleForEditor(colleague, id)).toBeNull();
    expect((await listWorkspaceArticles(colleague, {})).articles.map((a) => a.id)).not.toContain(id);
    // Once published, the unit's authors may read it in the workspace too.
    await db.article.update({ where: { id }, data: { state: "PUBLISHED", publishedAt: new Date() } });
    expect(await getArticleForEditor(colleague, id)).toMatchObject({ canEdit: false });
    expect((await listWorkspaceArticles(colleague, {})).articles.map((a) => a.id)).toContain(id);
  });

  it("stores hostile rich text cleaned to the allowlist", async () => {
    const id = await newDraft();
    const body = {
      type: "doc",
      content: [
        { type: "paragraph", attrs: { onclick: "alert(1)" }, content: [{ type: "text", text: "Xem", marks: [{ type: "link", attrs: { href: "JaVaScRiPt:alert(1)" } }] }] },
        { type: "script", content: [{ type: "text", text: "alert(2)" }] },
        figure("https://evil.example/x.png", "ảnh", "chú thích"),
      ],
    };
    expect((await saveArticle(author, { articleId: id, baseVersion: 1, kind: "MANUAL", fields: { ...goodFields(), body } })).ok).toBe(true);
    const stored = JSON.stringify((await readArticle(id)).body);
    expect(stored).not.toMatch(/javascript|onclick|script|evil\.example/i);
    expect(stored).toContain("Xem");
  });

  it("refuses an over-deep document with a Vietnamese message and keeps the stored text", async () => {
    const id = await newDraft();
    let node: object = { type: "paragraph", content: [{ type: "text", text: "sâu" }] };
    for (let i = 0; i < 40; i++) node = { type: "blockquote", content: [node] };
    const before = await readArticle(id);
    const result = await saveArticle(author, { articleId: id, baseVersion: 1, kind: "MANUAL", fields: { ...goodFields(), body: { type: "doc", content: [node] } } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/[àáảãạăâđêôơư]/);
    expect(await readArticle(id)).toEqual(before);
  });

  it("refuses a hidden category and an attachment that does not exist", async () => {
    const id = await newDraft();
    const hidden = await db.category.create({ data: { name: `Ẩn ${fx.tag}`, slug: `an-${fx.tag}`, hidden: true } });
    const before = await readArticle(id);
    const withHidden = await saveArticle(author, { articleId: id, baseVersion: 1, kind: "MANUAL", fields: { ...goodFields(), categoryId: hidden.id } });
    expect(withHidden).toMatchObject({ ok: false, fieldErrors: { categoryId: "Chuyên mục không còn sử dụng. Vui lòng chọn chuyên mục khác." } });
    const withGhost = await saveArticle(author, { articleId: id, baseVersion: 1, kind: "MANUAL", fields: { ...goodFields(), attachments: [{ fileId: 987654321 }] } });
    expect(withGhost).toMatchObject({ ok: false, fieldErrors: { attachments: "Có tệp đính kèm không dùng được cho bài viết này. Vui lòng tải tệp lên lại." } });
    expect(await readArticle(id)).toEqual(before);
    await db.category.delete({ where: { id: hidden.id } });
  });
});

describe("Gửi duyệt", () => {
  it("refuses while the checklist has errors, listing them, and leaves the draft as it was", async () => {
    const id = await newDraft();
    const result = await submitArticle(author, { articleId: id, baseVersion: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.checklist?.errors.map((e) => e.message)).toEqual(["Chưa có tiêu đề.", "Chưa có sapo.", "Chưa có nội dung.", "Chưa chọn chuyên mục."]);
    expect((await readArticle(id)).state).toBe("DRAFT");
  });

  it("asks for warnings to be acknowledged, then sends the article and records the step", async () => {
    const id = await newDraft();
    await saveArticle(author, { articleId: id, baseVersion: 1, kind: "MANUAL", fields: { ...goodFields(), title: "Tin ngắn" } });
    const unacknowledged = await submitArticle(author, { articleId: id, baseVersion: 2 });
    expect(unacknowledged).toMatchObject({ ok: false, error: "Vui lòng xem và xác nhận các cảnh báo trước khi gửi duyệt." });
    expect((await readArticle(id)).state).toBe("DRAFT");

    const sent = await submitArticle(author, { articleId: id, baseVersion: 2, acknowledgedWarnings: ["title.length"] });
    expect(sent).toEqual({ ok: true, value: { version: 3 } });
    const article = await db.article.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { id: "asc" } } } });
    expect(article.state).toBe("SUBMITTED");
    expect(article.submittedAt).not.toBeNull();
    expect(article.events.map((e) => [e.action, e.fromState, e.toState])).toEqual([
      ["CREATE", null, "DRAFT"],
      ["SUBMIT", "DRAFT", "SUBMITTED"],
    ]);
    // The unit's approver is told something waits for them.
    expect(await db.notification.count({ where: { userId: approver.id, kind: "article.waiting", link: `/quan-ly/duyet-bai/${id}` } })).toBe(1);
  });

  it("after sending, the writer can no longer edit but the unit approver can", async () => {
    const id = await newDraft();
    await saveArticle(author, { articleId: id, baseVersion: 1, kind: "MANUAL", fields: goodFields() });
    expect((await submitArticle(author, { articleId: id, baseVersion: 2 })).ok).toBe(true);
    const byWriter = await saveArticle(author, { articleId: id, baseVersion: 3, kind: "MANUAL", fields: goodFields() });
    expect(byWriter).toEqual({ ok: false, error: "Bài viết đang ở trạng thái “Chờ duyệt”; bạn không thể sửa lúc này." });
    const byApprover = await saveArticle(approver, { articleId: id, baseVersion: 3, kind: "MANUAL", fields: { ...goodFields(), title: "Tiêu đề do người duyệt biên tập lại cho gọn" } });
    expect(byApprover).toMatchObject({ ok: true, value: { version: 4 } });
  });

  it("refuses sending someone else's draft and sending twice", async () => {
    const id = await newDraft();
    await saveArticle(author, { articleId: id, baseVersion: 1, kind: "MANUAL", fields: goodFields() });
    expect(await submitArticle(colleague, { articleId: id, baseVersion: 2 })).toEqual({ ok: false, error: "Bạn không có quyền thực hiện thao tác này." });
    expect((await submitArticle(author, { articleId: id, baseVersion: 2 })).ok).toBe(true);
    expect(await submitArticle(author, { articleId: id, baseVersion: 3 })).toEqual({
      ok: false,
      error: "Không thể thực hiện thao tác này khi bài viết đang ở trạng thái “Chờ duyệt”.",
    });
  });
});
