import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

// Every defence of the comment form on a real PostgreSQL: each refuses with its reason and its
// message, and a refusal stores nothing (no comment, no audit entry).
vi.mock("next/cache", () => ({ unstable_cache: (fn: () => unknown) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));
process.env.NEXTAUTH_SECRET ??= "test-secret-for-comments";

const { db } = await import("@/lib/db");
const { unitFixtures } = await import("@/test-support/fixtures/units");
const { FORM_TOKEN_MAX_AGE_MS, formTokenHash, issueFormToken } = await import("./form-token");
const { COMMENT_SETTING_KEY, DEFAULT_COMMENT_SETTINGS } = await import("./settings");
const { REFUSAL_MESSAGES, submitComment } = await import("./submit-comment");
const { listApprovedComments } = await import("./public-queries");
const { hashAddress } = await import("@/lib/auth/throttle");

type Settings = typeof DEFAULT_COMMENT_SETTINGS;

const fx = unitFixtures("binh-luan");
const DAY = 24 * 60 * 60 * 1000;
let unitId: number;
let writerId: number;
let article: { id: number };
let otherArticle: { id: number };
let savedSetting: unknown;

const unique = () => randomBytes(5).toString("hex");

async function useSettings(change: Partial<Settings>) {
  const value = { ...DEFAULT_COMMENT_SETTINGS, ...change };
  await db.setting.upsert({ where: { key: COMMENT_SETTING_KEY }, create: { key: COMMENT_SETTING_KEY, value }, update: { value } });
}

beforeAll(async () => {
  savedSetting = (await db.setting.findUnique({ where: { key: COMMENT_SETTING_KEY } }))?.value;
  unitId = (await fx.unit("DISTRICT")).id;
  writerId = (await fx.user()).id;
  article = await fx.article(unitId, writerId, new Date(Date.now() - DAY));
  otherArticle = await fx.article(unitId, writerId, new Date(Date.now() - DAY));
});

afterEach(async () => {
  await db.setting.deleteMany({ where: { key: COMMENT_SETTING_KEY } });
});

afterAll(async () => {
  if (savedSetting !== undefined) await db.setting.create({ data: { key: COMMENT_SETTING_KEY, value: savedSetting as object } });
  await fx.cleanUp();
});

/** A form as a reader fills it in, 5 s after it was shown; each call writes new text from a new reader. */
function form(change: Record<string, unknown> = {}, articleId = article.id, now = Date.now()) {
  const id = unique();
  return {
    articleId: String(articleId),
    content: `Tôi muốn hỏi thêm về thủ tục hòa giải ở cơ sở, mã câu hỏi ${id}.`,
    name: "Nguyễn Thị Lan",
    email: `lan.${id}@example.vn`,
    website: "",
    token: issueFormToken(articleId, now - 5000),
    ...change,
  };
}

const reader = () => ({ address: `203.0.113.${Math.floor(Math.random() * 250)}-${unique()}` });

async function stored() {
  return {
    comments: await db.comment.count(),
    audit: await db.auditEntry.count({ where: { action: "comment.submit" } }),
  };
}

/** Submits and expects a refusal with `reason`, leaving no comment and no audit entry behind. */
async function expectRefused(input: Record<string, unknown>, reason: string, context = reader(), message?: string, field?: string) {
  const before = await stored();
  const result = await submitComment(input, context);
  expect(result).toMatchObject({ ok: false, reason });
  if (!result.ok && message) expect(field ? result.fieldErrors?.[field] : result.error).toBe(message);
  expect(await stored()).toEqual(before);
  return result;
}

async function expectStored(input: Record<string, unknown>, context = reader()) {
  const result = await submitComment(input, context);
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  return result.ok ? result.value.id : 0;
}

describe("a comment that passes every defence", () => {
  it("waits for moderation, is not shown to readers, and is recorded without the email", async () => {
    const input = form({ content: "  Đề nghị tổ chức thêm buổi tuyên truyền\r\n\r\n\r\nở thôn Tây Hà.  ", name: "  Trần   Văn Bình ", email: " Binh.Tran@Example.VN " });
    const address = `198.51.100.7-${unique()}`;
    const id = await expectStored(input, { address });
    const comment = await db.comment.findUniqueOrThrow({ where: { id } });
    expect(comment).toMatchObject({
      articleId: article.id,
      state: "PENDING",
      authorName: "Trần Văn Bình",
      authorEmail: "binh.tran@example.vn",
      content: "Đề nghị tổ chức thêm buổi tuyên truyền\n\nở thôn Tây Hà.",
      addressHash: hashAddress(address),
      flaggedWords: [],
    });
    expect(comment.addressHash).not.toContain("198.51.100.7");
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "comment.submit", targetId: String(id) } });
    expect(audit).toMatchObject({ actorId: null, targetType: "Comment", change: { articleId: article.id, state: "PENDING" } });
    expect(JSON.stringify(audit.change)).not.toContain("example.vn");
    expect((await listApprovedComments(article.id)).items.map((c) => c.id)).not.toContain(id);
  });
});

describe("the fields", () => {
  it("are checked on the server with a Vietnamese message beside each", async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ content: "   " }, "content", "Vui lòng nhập ý kiến của bạn."],
      [{ content: "Quá ngắn" }, "content", "Ý kiến cần ít nhất 10 ký tự."],
      [{ content: "a".repeat(2001) }, "content", "Ý kiến dài tối đa 2.000 ký tự."],
      [{ name: "" }, "name", "Vui lòng nhập tên của bạn."],
      [{ name: " A " }, "name", "Tên cần ít nhất 2 ký tự."],
      [{ name: "B".repeat(81) }, "name", "Tên dài tối đa 80 ký tự."],
      [{ email: "" }, "email", "Vui lòng nhập email của bạn."],
      [{ email: "lan@" }, "email", "Email không hợp lệ. Ví dụ đúng: ten@example.com"],
      [{ email: undefined }, "email", "Vui lòng nhập email của bạn."],
    ];
    for (const [change, field, message] of cases) await expectRefused(form(change), "invalid", reader(), message, field);
  });

  it("accept the longest content and name allowed", async () => {
    await expectStored(form({ content: `${unique()} ${"ý kiến ".repeat(284)}`.slice(0, 2000), name: "N".repeat(80) }));
  });
});

describe("the honeypot", () => {
  it("refuses a form whose hidden field was filled in", async () => {
    await expectRefused(form({ website: "http://spam.example.com" }), "honeypot", reader(), REFUSAL_MESSAGES.honeypot);
  });

  it("can be turned off", async () => {
    await useSettings({ honeypot: false });
    await expectStored(form({ website: "anything" }));
  });
});

describe("the minimum fill time", () => {
  it("refuses a form sent sooner than 3 s after it was shown", async () => {
    await expectRefused(form({ token: issueFormToken(article.id, Date.now() - 1000) }), "too-fast", reader(), REFUSAL_MESSAGES["too-fast"]);
  });

  it("refuses a missing, forged or borrowed token, and one from yesterday", async () => {
    const real = issueFormToken(article.id, Date.now() - 5000);
    const [version, id, , nonce, signature] = real.split(".");
    await expectRefused(form({ token: undefined }), "token");
    await expectRefused(form({ token: `${version}.${id}.${Date.now() - 60_000}.${nonce}.${signature}` }), "token");
    await expectRefused(form({ token: `${version}.${id}.${Date.now() - 5000}.${"A".repeat(12)}.${signature}` }), "token");
    await expectRefused(form({ token: issueFormToken(otherArticle.id, Date.now() - 5000) }), "token");
    await expectRefused(form({ token: issueFormToken(article.id, Date.now() - 2 * DAY) }), "token-expired");
  });

  it("follows the setting", async () => {
    await useSettings({ minFillSeconds: 10 });
    await expectRefused(form({ token: issueFormToken(article.id, Date.now() - 5000) }), "too-fast");
    await useSettings({ minFillSeconds: 0 });
    await expectStored(form({ token: issueFormToken(article.id, Date.now()) }));
  });
});

describe("one form token", () => {
  const used = (token: string) => db.usedFormToken.count({ where: { tokenHash: formTokenHash(token) } });

  it("posts one comment; the same token again is refused with a message to reload, and nothing more is stored", async () => {
    const first = form();
    await expectStored(first);
    expect(await used(first.token)).toBe(1);
    // A replay of the same form, and the same token under new text from another address.
    await expectRefused(first, "token-used", reader(), REFUSAL_MESSAGES["token-used"]);
    await expectRefused(form({ token: first.token }), "token-used", reader(), REFUSAL_MESSAGES["token-used"]);
    expect(REFUSAL_MESSAGES["token-used"]).toMatch(/tải lại trang/);
    expect(await used(first.token)).toBe(1);
  });

  it("is not used up by a refused comment", async () => {
    const input = form();
    const address = { address: `192.0.2.50-${unique()}` };
    await useSettings({ addressLimit: 1 });
    await expectStored(form(), address);
    await expectRefused(input, "rate-address", address);
    await expectRefused({ ...input, content: "ngắn" }, "invalid", address);
    expect(await used(input.token)).toBe(0);
    // The same form, sent again from where the limit allows it, goes through.
    await expectStored(input);
    expect(await used(input.token)).toBe(1);
  });

  it("posted 10 times at once, from 10 addresses and with 10 different texts, stores one comment", async () => {
    const token = issueFormToken(article.id, Date.now() - 5000);
    const inputs = Array.from({ length: 10 }, () => form({ token }));
    const before = await stored();
    const results = await Promise.all(inputs.map((input) => submitComment(input, reader())));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.flatMap((r) => (r.ok ? [] : [r.reason]))).toEqual(Array(9).fill("token-used"));
    expect(await stored()).toEqual({ comments: before.comments + 1, audit: before.audit + 1 });
    expect(await used(token)).toBe(1);
  });

  it("leaves no record behind once it has expired anyway", async () => {
    const old = formTokenHash(`het-han-${unique()}`);
    const recent = formTokenHash(`con-han-${unique()}`);
    await db.usedFormToken.createMany({
      data: [
        { tokenHash: old, usedAt: new Date(Date.now() - FORM_TOKEN_MAX_AGE_MS - 60_000) },
        { tokenHash: recent, usedAt: new Date(Date.now() - FORM_TOKEN_MAX_AGE_MS + 60 * 60_000) },
      ],
    });
    await expectStored(form());
    expect(await db.usedFormToken.findMany({ where: { tokenHash: { in: [old, recent] } }, select: { tokenHash: true } })).toEqual([{ tokenHash: recent }]);
    await db.usedFormToken.deleteMany({ where: { tokenHash: recent } });
  });
});

describe("the rate limit per address", () => {
  it("takes 5 comments in 10 minutes from one address and refuses the 6th", async () => {
    const address = { address: `192.0.2.10-${unique()}` };
    for (let i = 0; i < 5; i++) await expectStored(form(), address);
    await expectRefused(form(), "rate-address", address, REFUSAL_MESSAGES["rate-address"]);
    await expectStored(form(), reader());
    // Ten minutes later the address may comment again.
    const later = Date.now() + 11 * 60_000;
    const result = await submitComment(form({}, article.id, later), { ...address, now: new Date(later) });
    expect(result.ok).toBe(true);
  });
});

describe("the rate limit per email", () => {
  it("takes 10 comments a day from one email, whatever its case, and refuses the 11th", async () => {
    const email = `nhieu.${unique()}@example.vn`;
    for (let i = 0; i < 10; i++) await expectStored(form({ email: i % 2 ? email.toUpperCase() : email }));
    await expectRefused(form({ email }), "rate-email", reader(), REFUSAL_MESSAGES["rate-email"]);
  });
});

describe("the limit on links", () => {
  it("takes 2 links and refuses a 3rd", async () => {
    await expectStored(form({ content: `Xem thêm https://moj.gov.vn và www.chinhphu.vn (${unique()})` }));
    await expectRefused(
      form({ content: `Vay nhanh http://a.example.com, http://b.example.com và vaynhanh.xyz (${unique()})` }),
      "links",
      reader(),
      "Ý kiến chứa quá nhiều đường liên kết (tối đa 2).",
      "content",
    );
  });

  it("follows the setting", async () => {
    await useSettings({ maxLinks: 0 });
    await expectRefused(form({ content: `Xem thêm https://moj.gov.vn nhé (${unique()})` }), "links", reader(), "Ý kiến không được chứa đường liên kết.", "content");
  });
});

describe("duplicates", () => {
  it("refuses the same text on the same article, whatever its case, marks and punctuation", async () => {
    const text = `Cảm ơn Sở Tư pháp đã giải đáp rất rõ ràng ${unique()}`;
    await expectStored(form({ content: text }));
    await expectRefused(form({ content: `${text.toUpperCase()}!!!` }), "duplicate", reader(), REFUSAL_MESSAGES.duplicate);
    await expectRefused(form({ content: text.normalize("NFD").replace(/[\u0300-\u036f]/g, "") }), "duplicate");
  });

  it("refuses the same text on another article within a day, and allows it there after", async () => {
    const text = `Bài viết rất hữu ích cho bà con ở xã ${unique()}`;
    await expectStored(form({ content: text }));
    await expectRefused(form({ content: text }, otherArticle.id), "duplicate");
    const later = Date.now() + DAY + 60_000;
    const result = await submitComment(form({ content: text }, otherArticle.id, later), { ...reader(), now: new Date(later) });
    expect(result.ok).toBe(true);
    // On its own article the text stays refused.
    const again = await submitComment(form({ content: text }, article.id, later), { ...reader(), now: new Date(later) });
    expect(again).toMatchObject({ ok: false, reason: "duplicate" });
  });
});

describe("the word list", () => {
  it("holds a comment with a listed word for review, flagged", async () => {
    await useSettings({ words: ["cá độ", "lô đề"], wordAction: "hold" });
    const id = await expectStored(form({ content: `Ở thôn tôi có tụ điểm CÁ  ĐỘ bóng đá ${unique()}` }));
    expect(await db.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "PENDING", flaggedWords: ["cá độ"] });
  });

  it("refuses it when set to refuse", async () => {
    await useSettings({ words: ["cá độ"], wordAction: "refuse" });
    await expectRefused(form({ content: `Ở thôn tôi có tụ điểm cá độ bóng đá ${unique()}` }), "words", reader(), "Ý kiến có từ ngữ không phù hợp. Vui lòng sửa lại.", "content");
    await expectRefused(form({ name: "Cá độ online", content: `Nội dung bình thường ${unique()}` }), "words");
  });
});

describe("an article's comments", () => {
  it("can be turned off per article", async () => {
    const closed = await fx.article(unitId, writerId, new Date());
    await db.article.update({ where: { id: closed.id }, data: { commentsEnabled: false } });
    await expectRefused(form({}, closed.id), "comments-off", reader(), REFUSAL_MESSAGES["comments-off"]);
  });

  it("close 30 days after publication, or as set", async () => {
    const old = await fx.article(unitId, writerId, new Date(Date.now() - 31 * DAY));
    await expectRefused(form({}, old.id), "closed", reader(), REFUSAL_MESSAGES.closed);
    await useSettings({ closeAfterDays: 60 });
    await expectStored(form({}, old.id));
    await useSettings({ closeAfterDays: 0 });
    await expectStored(form({}, old.id));
  });

  it("cannot be added to an article readers cannot see", async () => {
    const draft = await fx.article(unitId, writerId, null);
    await expectRefused(form({}, draft.id), "not-found");
    const binned = await fx.article(unitId, writerId, new Date());
    await db.article.update({ where: { id: binned.id }, data: { deletedAt: new Date() } });
    await expectRefused(form({}, binned.id), "not-found");
    await expectRefused(form({ articleId: "abc" }), "not-found");
  });
});

describe("under concurrency", () => {
  async function race(inputs: Record<string, unknown>[], contexts: { address: string }[]) {
    const results = await Promise.all(inputs.map((input, i) => submitComment(input, contexts[i])));
    return { stored: results.filter((r) => r.ok).length, reasons: results.flatMap((r) => (r.ok ? [] : [r.reason])) };
  }

  it("20 comments at once from one address store exactly 5", async () => {
    const address = { address: `192.0.2.99-${unique()}` };
    const before = await db.comment.count({ where: { addressHash: hashAddress(address.address) } });
    const outcome = await race(Array.from({ length: 20 }, () => form()), Array(20).fill(address));
    expect(outcome).toEqual({ stored: 5, reasons: Array(15).fill("rate-address") });
    expect(await db.comment.count({ where: { addressHash: hashAddress(address.address) } })).toBe(before + 5);
  });

  it("20 comments at once from one email store exactly 10", async () => {
    const email = `song.song.${unique()}@example.vn`;
    const outcome = await race(Array.from({ length: 20 }, () => form({ email })), Array.from({ length: 20 }, reader));
    expect(outcome).toEqual({ stored: 10, reasons: Array(10).fill("rate-email") });
    expect(await db.comment.count({ where: { authorEmail: email } })).toBe(10);
  });

  it("20 copies of one text at once store exactly 1", async () => {
    const content = `Cùng một ý kiến gửi nhiều lần ${unique()}`;
    const outcome = await race(Array.from({ length: 20 }, () => form({ content })), Array.from({ length: 20 }, reader));
    expect(outcome).toEqual({ stored: 1, reasons: Array(19).fill("duplicate") });
    expect(await db.comment.count({ where: { content } })).toBe(1);
  });
});
