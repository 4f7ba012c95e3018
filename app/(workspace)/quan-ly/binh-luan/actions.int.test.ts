import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { nextCacheMock, nextHeadersMock, runAction, signInAs } from "@/test-support/next-request";

// The comment server actions as Next calls them: real action functions, a real session token in the
// cookies (workspace); and the public form's route with the reader's address as scripts/server.mjs passes it. Refusals change nothing;
// a change readers can see expires the article's comments tag.
const request = vi.hoisted(() => ({ forwardedFor: "198.51.100.20", clientAddress: "198.51.100.20" }));
vi.mock("next/headers", () => ({
  ...nextHeadersMock(),
  headers: async () => new Headers({ "x-forwarded-for": request.forwardedFor, "x-pbgdpl-client-address": request.clientAddress }),
}));
vi.mock("next/cache", () => ({ ...nextCacheMock(), revalidateTag: vi.fn() }));

const { revalidateTag } = await import("next/cache");
const { db } = await import("@/lib/db");
const { unitFixtures } = await import("@/test-support/fixtures/units");
const { hashAddress } = await import("@/lib/auth/throttle");
const { issueFormToken } = await import("@/lib/comments/form-token");
const { COMMENT_SETTING_KEY } = await import("@/lib/comments/settings");
const { moderateCommentsAction, replyToCommentAction, updateCommentSettingsAction } = await import("./actions");
const { POST: postComment } = await import("@/app/api/binh-luan/route");

const fx = unitFixtures("hanh-dong-binh-luan");
type Person = { id: number; sessionVersion: number };
const people: Record<string, Person> = {};
let articleId: number;
let savedSetting: unknown;

function form(fields: Record<string, string | number | (string | number)[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const one of [value].flat()) data.append(key, String(one));
  return data;
}

async function pendingComment() {
  const id = randomBytes(4).toString("hex");
  return db.comment.create({
    data: { articleId, authorName: `Bạn đọc ${id}`, authorEmail: `doc-gia-${id}@example.vn`, content: `Ý kiến ${id}`, addressHash: "0".repeat(64), contentHash: id },
  });
}

beforeAll(async () => {
  savedSetting = (await db.setting.findUnique({ where: { key: COMMENT_SETTING_KEY } }))?.value;
  const unit = await fx.unit("DISTRICT");
  people.moderator = await fx.user(["COMMENT_MODERATOR"]);
  people.admin = await fx.user(["ADMINISTRATOR"]);
  people.approver = await fx.user();
  await db.membership.create({ data: { userId: people.approver.id, unitId: unit.id, role: "APPROVER" } });
  articleId = (await fx.article(unit.id, people.approver.id, new Date())).id;
});

beforeEach(() => vi.mocked(revalidateTag).mockClear());

afterAll(async () => {
  await db.setting.deleteMany({ where: { key: COMMENT_SETTING_KEY } });
  if (savedSetting !== undefined) await db.setting.create({ data: { key: COMMENT_SETTING_KEY, value: savedSetting as object } });
  await fx.cleanUp();
});

describe("Bình luận: moderateCommentsAction", () => {
  it("lets the comment moderator approve, expires the article's comments and goes back to the queue as it was", async () => {
    const [a, b] = [await pendingComment(), await pendingComment()];
    await signInAs(people.moderator);
    const outcome = await runAction(() =>
      moderateCommentsAction(null, form({ ids: [a.id, b.id], decision: "APPROVED", back: "/quan-ly/binh-luan?q=abc&trang=2" })),
    );
    expect(outcome).toEqual({ redirectedTo: "/quan-ly/binh-luan?q=abc&trang=2&xong=da-duyet-binh-luan&so=2" });
    expect((await db.comment.findMany({ where: { id: { in: [a.id, b.id] } } })).map((c) => c.state)).toEqual(["APPROVED", "APPROVED"]);
    expect(vi.mocked(revalidateTag).mock.calls.map(([tag]) => tag)).toContain(`comments:${articleId}`);
  });

  it("never sends the moderator elsewhere than the queue", async () => {
    const a = await pendingComment();
    await signInAs(people.moderator);
    const outcome = await runAction(() => moderateCommentsAction(null, form({ ids: [a.id], decision: "SPAM", back: "https://evil.example/quan-ly/binh-luan" })));
    expect(outcome).toMatchObject({ redirectedTo: expect.stringMatching(/^\/quan-ly\/binh-luan\?xong=/) });
  });

  it("refuses the unit approver, the administrator and nobody, leaving the comment waiting", async () => {
    const a = await pendingComment();
    const before = await db.comment.findUniqueOrThrow({ where: { id: a.id } });
    for (const role of ["approver", "admin"]) {
      await signInAs(people[role]);
      expect(await runAction(() => moderateCommentsAction(null, form({ ids: [a.id], decision: "APPROVED" }))), role).toEqual({
        result: { ok: false, error: "Bạn không có quyền thực hiện thao tác này." },
      });
    }
    await signInAs(null);
    expect(await runAction(() => moderateCommentsAction(null, form({ ids: [a.id], decision: "APPROVED" })))).toEqual({
      result: { ok: false, error: "Phiên đăng nhập đã hết. Vui lòng đăng nhập lại." },
    });
    expect(await db.comment.findUniqueOrThrow({ where: { id: a.id } })).toEqual(before);
    expect(revalidateTag).not.toHaveBeenCalled();
  });
});

describe("Bình luận: replyToCommentAction", () => {
  it("stores the moderator's answer and expires the page when the comment is shown", async () => {
    const a = await pendingComment();
    await db.comment.update({ where: { id: a.id }, data: { state: "APPROVED" } });
    await signInAs(people.moderator);
    const outcome = await runAction(() => replyToCommentAction(null, form({ commentId: a.id, reply: "Cảm ơn bạn.", back: "/quan-ly/binh-luan?trang_thai=da-duyet" })));
    expect(outcome).toMatchObject({ redirectedTo: expect.stringMatching(/^\/quan-ly\/binh-luan\?trang_thai=da-duyet&xong=/) });
    expect((await db.comment.findUniqueOrThrow({ where: { id: a.id } })).reply).toBe("Cảm ơn bạn.");
    expect(vi.mocked(revalidateTag).mock.calls.map(([tag]) => tag)).toContain(`comments:${articleId}`);
  });

  it("refuses the unit approver", async () => {
    const a = await pendingComment();
    await signInAs(people.approver);
    expect(await runAction(() => replyToCommentAction(null, form({ commentId: a.id, reply: "Trả lời." })))).toEqual({
      result: { ok: false, error: "Bạn không có quyền thực hiện thao tác này." },
    });
    expect((await db.comment.findUniqueOrThrow({ where: { id: a.id } })).reply).toBeNull();
  });
});

describe("Cài đặt bình luận: updateCommentSettingsAction", () => {
  const settings = { honeypot: "on", minFillSeconds: "4", addressLimit: "5", addressWindowMinutes: "10", emailLimit: "10", emailWindowHours: "24", maxLinks: "2", duplicateWindowHours: "24", words: "cá độ", wordAction: "hold", closeAfterDays: "30" };

  it("refuses the comment moderator and lets the administrator save", async () => {
    await db.setting.deleteMany({ where: { key: COMMENT_SETTING_KEY } });
    await signInAs(people.moderator);
    expect(await runAction(() => updateCommentSettingsAction(null, form(settings)))).toEqual({ result: { ok: false, error: "Bạn không có quyền thực hiện thao tác này." } });
    expect(await db.setting.findUnique({ where: { key: COMMENT_SETTING_KEY } })).toBeNull();
    await signInAs(people.admin);
    expect(await runAction(() => updateCommentSettingsAction(null, form(settings)))).toEqual({ result: { ok: true } });
    expect((await db.setting.findUniqueOrThrow({ where: { key: COMMENT_SETTING_KEY } })).value).toMatchObject({ minFillSeconds: 4 });
    await db.setting.deleteMany({ where: { key: COMMENT_SETTING_KEY } });
  });
});

describe("the public form: POST /api/binh-luan", () => {
  const submitComment = async (data: FormData) => {
    const headers = { host: "cong.test", origin: "http://cong.test", "x-forwarded-for": request.forwardedFor, "x-pbgdpl-client-address": request.clientAddress };
    return (await postComment(new Request("http://cong.test/api/binh-luan", { method: "POST", body: data, headers }))).json();
  };
  const reader = (change: Record<string, string> = {}) => {
    const id = randomBytes(4).toString("hex");
    return form({
      articleId,
      content: `Xin cảm ơn bài viết rất hữu ích ${id}`,
      name: "Vũ Minh",
      email: `vu.minh.${id}@example.vn`,
      website: "",
      token: issueFormToken(articleId, Date.now() - 5000),
      ...change,
    });
  };

  it("stores the comment under the hashed address of the client and answers with nothing stored", async () => {
    await signInAs(null);
    request.clientAddress = `198.51.100.${Math.floor(Math.random() * 200)}`;
    request.forwardedFor = `203.0.113.9, ${request.clientAddress}`;
    const data = reader();
    const result = await submitComment(data);
    expect(result).toEqual({ ok: true });
    const stored = await db.comment.findFirstOrThrow({ where: { authorEmail: String(data.get("email")) } });
    expect(stored).toMatchObject({ state: "PENDING", addressHash: hashAddress(request.clientAddress) });
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("answers a refusal with the message and the fields to fix only", async () => {
    const data = reader({ content: "ngắn", email: "sai" });
    const before = await db.comment.count();
    const result = await submitComment(data);
    expect(result).toEqual({
      ok: false,
      error: "Thông tin chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.",
      fieldErrors: { content: "Ý kiến cần ít nhất 10 ký tự.", email: "Email không hợp lệ. Ví dụ đúng: ten@example.com" },
    });
    expect(await submitComment(reader({ website: "x" }))).toEqual({ ok: false, error: "Không gửi được ý kiến. Vui lòng thử lại." });
    expect(await db.comment.count()).toBe(before);
  });
});
