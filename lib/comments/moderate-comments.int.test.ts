import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Bình luận: the moderation queue, Duyệt / Từ chối / Spam in bulk and Trả lời, on a real PostgreSQL.
// A moderator limited to some units sees and acts only there; refusals change nothing.
vi.mock("next/cache", () => ({ unstable_cache: (fn: () => unknown) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));

const { db } = await import("@/lib/db");
const { unitFixtures } = await import("@/test-support/fixtures/units");
const { moderateComments } = await import("./moderate-comments");
const { replyToComment } = await import("./reply-to-comment");
const { countPendingComments, listModerationQueue } = await import("./queries");
const { parseModerationFilters } = await import("./filters");
const { listApprovedComments } = await import("./public-queries");
type PolicyActor = import("@/lib/policy").PolicyActor;

const fx = unitFixtures("kiem-duyet");
const tag = randomBytes(4).toString("hex");
let mine: { id: number; name: string };
let theirs: { id: number; name: string };
let mineArticle: { id: number };
let theirArticle: { id: number };
let portalModerator: PolicyActor;
let unitModerator: PolicyActor;
let approver: PolicyActor;

async function comment(articleId: number, change: { state?: "PENDING" | "APPROVED" | "REJECTED" | "SPAM"; content?: string; authorName?: string; createdAt?: Date } = {}) {
  const id = randomBytes(4).toString("hex");
  return db.comment.create({
    data: {
      articleId,
      authorName: change.authorName ?? `Bạn đọc ${id}`,
      authorEmail: `ban-doc-${id}@example.vn`,
      content: change.content ?? `Ý kiến thử nghiệm ${tag} ${id}`,
      addressHash: "0".repeat(64),
      contentHash: id.padEnd(64, "0"),
      state: change.state ?? "PENDING",
      createdAt: change.createdAt,
    },
  });
}

const snapshot = (ids: number[]) => db.comment.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
const auditFor = (ids: number[]) => db.auditEntry.findMany({ where: { targetType: "Comment", targetId: { in: ids.map(String) } }, orderBy: { id: "asc" } });

beforeAll(async () => {
  mine = await fx.unit("DISTRICT", null, { name: `Huyện Của Tôi ${tag}` });
  theirs = await fx.unit("DISTRICT", null, { name: `Huyện Khác ${tag}` });
  const writer = await fx.user();
  mineArticle = await fx.article(mine.id, writer.id, new Date());
  theirArticle = await fx.article(theirs.id, writer.id, new Date());
  const portal = await fx.user(["COMMENT_MODERATOR"]);
  portalModerator = { id: portal.id, portalRoles: ["COMMENT_MODERATOR"], memberships: [] };
  const limited = await fx.user();
  await db.membership.create({ data: { userId: limited.id, unitId: mine.id, role: "COMMENT_MODERATOR" } });
  unitModerator = { id: limited.id, portalRoles: [], memberships: [{ unitId: mine.id, role: "COMMENT_MODERATOR" }] };
  approver = await fx.member(mine.id, "APPROVER");
});

afterAll(async () => {
  await fx.cleanUp();
});

describe("Duyệt, Từ chối, Spam in bulk", () => {
  it("approves a batch, records one audit entry per change and shows the comments to readers", async () => {
    const a = await comment(mineArticle.id);
    const b = await comment(mineArticle.id);
    const c = await comment(theirArticle.id);
    const result = await moderateComments(portalModerator, { ids: [a.id, b.id, c.id], decision: "APPROVED" });
    expect(result).toMatchObject({ ok: true, value: { changed: 3, articleIds: expect.arrayContaining([mineArticle.id, theirArticle.id]) } });
    const after = await snapshot([a.id, b.id, c.id]);
    expect(after.every((row) => row.state === "APPROVED" && row.moderatedById === portalModerator.id && row.moderatedAt)).toBe(true);
    expect((await auditFor([a.id, b.id, c.id])).map((entry) => [entry.action, entry.actorId, entry.change])).toEqual(
      [a, b, c].map((row) => ["comment.approve", portalModerator.id, { articleId: row.articleId, before: "PENDING", after: "APPROVED" }]),
    );
    const shown = await listApprovedComments(mineArticle.id);
    expect(shown.items.map((item) => item.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(shown.count).toBe(shown.items.length);
    expect(JSON.stringify(shown)).not.toContain("@example.vn");
  });

  it("takes an approved comment off the page when rejected or marked spam", async () => {
    const a = await comment(mineArticle.id, { state: "APPROVED" });
    const b = await comment(mineArticle.id, { state: "APPROVED" });
    expect(await moderateComments(portalModerator, { ids: [a.id], decision: "REJECTED" })).toMatchObject({ ok: true, value: { changed: 1, articleIds: [mineArticle.id] } });
    expect(await moderateComments(portalModerator, { ids: [String(b.id)], decision: "SPAM" })).toMatchObject({ ok: true, value: { changed: 1 } });
    const shown = (await listApprovedComments(mineArticle.id)).items.map((item) => item.id);
    expect(shown).not.toContain(a.id);
    expect(shown).not.toContain(b.id);
  });

  it("leaves comments already in the state alone, and a pending one marked spam changes nothing readers see", async () => {
    const a = await comment(mineArticle.id, { state: "SPAM" });
    const b = await comment(mineArticle.id);
    expect(await moderateComments(portalModerator, { ids: [a.id, b.id], decision: "SPAM" })).toMatchObject({ ok: true, value: { changed: 1, articleIds: [] } });
    expect((await auditFor([a.id, b.id])).map((entry) => entry.targetId)).toEqual([String(b.id)]);
  });

  it("lets a unit moderator act in their unit, and refuses a batch reaching into another unit whole", async () => {
    const a = await comment(mineArticle.id);
    const b = await comment(theirArticle.id);
    const before = await snapshot([a.id, b.id]);
    expect(await moderateComments(unitModerator, { ids: [a.id, b.id], decision: "APPROVED" })).toEqual({ ok: false, error: "Bạn không có quyền thực hiện thao tác này." });
    expect(await snapshot([a.id, b.id])).toEqual(before);
    expect(await auditFor([a.id, b.id])).toEqual([]);
    expect(await moderateComments(unitModerator, { ids: [a.id], decision: "APPROVED" })).toMatchObject({ ok: true, value: { changed: 1 } });
  });

  it("refuses people who are not moderators, nobody, an empty choice and unknown comments", async () => {
    const a = await comment(mineArticle.id);
    const before = await snapshot([a.id]);
    expect(await moderateComments(approver, { ids: [a.id], decision: "APPROVED" })).toEqual({ ok: false, error: "Bạn không có quyền thực hiện thao tác này." });
    expect(await moderateComments(null, { ids: [a.id], decision: "APPROVED" })).toMatchObject({ ok: false });
    expect(await moderateComments(portalModerator, { ids: [], decision: "APPROVED" })).toEqual({ ok: false, error: "Vui lòng chọn ít nhất một bình luận." });
    expect(await moderateComments(portalModerator, { ids: [a.id], decision: "PENDING" })).toEqual({ ok: false, error: "Thao tác không hợp lệ." });
    expect(await moderateComments(portalModerator, { ids: [a.id, 2_000_000_000], decision: "APPROVED" })).toMatchObject({ ok: false });
    expect(await snapshot([a.id])).toEqual(before);
    expect(await auditFor([a.id])).toEqual([]);
  });
});

describe("Trả lời", () => {
  it("is shown under the approved comment, signed with the name of the unit that owns the article", async () => {
    const a = await comment(mineArticle.id, { state: "APPROVED" });
    const result = await replyToComment(unitModerator, { commentId: a.id, reply: "  Cảm ơn bạn, đơn vị sẽ tổ chức thêm.  " });
    expect(result).toMatchObject({ ok: true, value: { articleId: mineArticle.id, visible: true } });
    expect(await db.comment.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ reply: "Cảm ơn bạn, đơn vị sẽ tổ chức thêm.", repliedById: unitModerator.id });
    const shown = (await listApprovedComments(mineArticle.id)).items.find((item) => item.id === a.id);
    expect(shown?.reply).toMatchObject({ text: "Cảm ơn bạn, đơn vị sẽ tổ chức thêm.", unitName: mine.name });
    expect((await auditFor([a.id])).map((entry) => [entry.action, entry.change])).toEqual([
      ["comment.reply", { articleId: mineArticle.id, before: null, after: "Cảm ơn bạn, đơn vị sẽ tổ chức thêm." }],
    ]);
  });

  it("is removed when sent empty", async () => {
    const a = await comment(mineArticle.id, { state: "APPROVED" });
    await replyToComment(portalModerator, { commentId: a.id, reply: "Trả lời tạm." });
    expect(await replyToComment(portalModerator, { commentId: a.id, reply: " " })).toMatchObject({ ok: true });
    expect(await db.comment.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ reply: null, repliedById: null, repliedAt: null });
    expect((await auditFor([a.id])).map((entry) => entry.action)).toEqual(["comment.reply", "comment.reply.remove"]);
  });

  it("is refused outside the moderator's units, on spam, when too long, and to non-moderators", async () => {
    const other = await comment(theirArticle.id, { state: "APPROVED" });
    const spam = await comment(mineArticle.id, { state: "SPAM" });
    const before = await snapshot([other.id, spam.id]);
    expect(await replyToComment(unitModerator, { commentId: other.id, reply: "Trả lời." })).toEqual({ ok: false, error: "Bạn không có quyền thực hiện thao tác này." });
    expect(await replyToComment(approver, { commentId: spam.id, reply: "Trả lời." })).toEqual({ ok: false, error: "Bạn không có quyền thực hiện thao tác này." });
    expect(await replyToComment(portalModerator, { commentId: spam.id, reply: "Trả lời." })).toEqual({
      ok: false,
      error: "Chỉ trả lời được bình luận đang chờ duyệt hoặc đã duyệt.",
    });
    expect(await replyToComment(portalModerator, { commentId: other.id, reply: "x".repeat(2001) })).toMatchObject({
      ok: false,
      fieldErrors: { reply: "Nội dung trả lời dài tối đa 2.000 ký tự." },
    });
    expect(await snapshot([other.id, spam.id])).toEqual(before);
    expect(await auditFor([other.id, spam.id])).toEqual([]);
  });
});

describe("the queue", () => {
  it("shows a unit moderator only their units' comments, with emails, counted per state", async () => {
    const a = await comment(mineArticle.id, { authorName: `Lê Thị Duyên ${tag}` });
    await comment(theirArticle.id, { authorName: `Lê Thị Duyên ${tag}` });
    const queue = await listModerationQueue(unitModerator, parseModerationFilters({ q: `duyên ${tag}` }));
    expect(queue?.items.map((item) => item.id)).toEqual([a.id]);
    expect(queue?.items[0].authorEmail).toBe(a.authorEmail);
    expect(queue?.counts).toEqual({ PENDING: 1, APPROVED: 0, REJECTED: 0, SPAM: 0 });
    expect(queue?.units.map((unit) => unit.id)).toEqual([mine.id]);
    expect(queue?.articles.map((article) => article.id)).toEqual([mineArticle.id]);
    const all = await listModerationQueue(portalModerator, parseModerationFilters({ q: `DUYÊN ${tag}` }));
    expect(all?.items).toHaveLength(2);
  });

  it("filters by state, unit, article, content and day", async () => {
    const old = await comment(mineArticle.id, { state: "REJECTED", content: `Ý kiến cũ ${tag} ngày xưa`, createdAt: new Date("2026-01-10T03:00:00Z") });
    const filter = (params: Record<string, string>) =>
      listModerationQueue(portalModerator, parseModerationFilters({ q: `cũ ${tag}`, ...params })).then((queue) => queue?.items.map((item) => item.id));
    expect(await filter({ trang_thai: "tu-choi" })).toEqual([old.id]);
    expect(await filter({})).toEqual([]);
    expect(await filter({ trang_thai: "tu-choi", don_vi: String(theirs.id) })).toEqual([]);
    expect(await filter({ trang_thai: "tu-choi", bai_viet: String(mineArticle.id) })).toEqual([old.id]);
    expect(await filter({ trang_thai: "tu-choi", tu_ngay: "2026-01-10", den_ngay: "2026-01-10" })).toEqual([old.id]);
    expect(await filter({ trang_thai: "tu-choi", tu_ngay: "2026-01-11" })).toEqual([]);
    expect(await filter({ trang_thai: "tu-choi", den_ngay: "2026-01-09" })).toEqual([]);
  });

  it("counts what waits for each moderator, and is closed to others", async () => {
    const portal = await countPendingComments(portalModerator);
    const limited = await countPendingComments(unitModerator);
    expect(limited).toBe(await db.comment.count({ where: { state: "PENDING", article: { unitId: mine.id } } }));
    expect(portal).toBe(await db.comment.count({ where: { state: "PENDING" } }));
    expect(await countPendingComments(approver)).toBe(0);
    expect(await listModerationQueue(approver, parseModerationFilters({}))).toBeNull();
  });
});
