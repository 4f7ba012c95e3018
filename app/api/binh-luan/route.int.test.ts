import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashAddress } from "@/lib/auth/throttle";
import { checkFormToken, issueFormToken } from "@/lib/comments/form-token";
import { REFUSAL_MESSAGES } from "@/lib/comments/submit-comment";
import { db } from "@/lib/db";
import { unitFixtures } from "@/test-support/fixtures/units";
import { GET } from "./ma/route";
import { POST } from "./route";

// The comment form's two routes as the article page's script calls them (public/js/binh-luan.js), on
// a real PostgreSQL: a token, then the form posted with it. What a reader notices is the answer and
// whether the comment waits for moderation; what another site's page could do is post nothing.
process.env.NEXTAUTH_SECRET ??= "test-secret-for-comments";

const HOST = "cong.test:3000";
const ORIGIN = `http://${HOST}`;
const fx = unitFixtures("api-binh-luan");
let articleId: number;

beforeAll(async () => {
  const unit = await fx.unit("DISTRICT");
  const writer = await fx.user();
  articleId = (await fx.article(unit.id, writer.id, new Date(Date.now() - 60_000))).id;
});

afterAll(async () => {
  await fx.cleanUp();
});

/** The form as a reader fills it in, 5 s after it was shown (the minimum fill time is 3 s); new text and email each time. */
function filledIn(change: Record<string, string> = {}) {
  const id = randomBytes(5).toString("hex");
  return {
    articleId: String(articleId),
    token: issueFormToken(articleId, Date.now() - 5000),
    content: `Xin hỏi thủ tục đăng ký hòa giải viên ở thôn cần giấy tờ gì, mã ${id}?`,
    name: "Trần Văn Bình",
    email: `binh.${id}@example.vn`,
    website: "",
    ...change,
  };
}

const reader = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomBytes(4).toString("hex")}`;

/** Posts as the page's script does: fetch from our own page, with the address scripts/server.mjs decided. */
function post(fields: Record<string, string>, options: { headers?: Record<string, string>; multipart?: boolean; address?: string } = {}) {
  let body: URLSearchParams | FormData = new URLSearchParams(fields);
  if (options.multipart) {
    body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
  }
  return POST(
    new Request(`${ORIGIN}/api/binh-luan`, {
      method: "POST",
      body,
      headers: { host: HOST, origin: ORIGIN, "sec-fetch-site": "same-origin", "x-pbgdpl-client-address": options.address ?? reader(), ...options.headers },
    }),
  );
}

const storedWith = (email: string) => db.comment.findMany({ where: { authorEmail: email }, select: { state: true, addressHash: true, articleId: true } });

describe("POST /api/binh-luan", () => {
  it("stores an accepted comment once, waiting for moderation, under the reader's hashed address", async () => {
    const form = filledIn();
    const address = reader();
    const answer = await post(form, { address });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(await answer.json()).toEqual({ ok: true });
    expect(await storedWith(form.email)).toEqual([{ state: "PENDING", addressHash: hashAddress(address), articleId }]);

    // The page's FormData as it is (multipart) is taken too.
    const multipart = filledIn();
    expect(await (await post(multipart, { multipart: true })).json()).toEqual({ ok: true });
    expect(await storedWith(multipart.email)).toHaveLength(1);
  });

  it("refuses content that is too short with the Vietnamese messages, and stores nothing", async () => {
    const form = filledIn({ content: "Quá ngắn", email: "khong-phai-email" });
    const before = await db.comment.count();
    const answer = await post(form);
    expect(answer.status).toBe(400);
    expect(await answer.json()).toEqual({
      ok: false,
      error: "Thông tin chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.",
      fieldErrors: { content: "Ý kiến cần ít nhất 10 ký tự.", email: "Email không hợp lệ. Ví dụ đúng: ten@example.com" },
    });
    expect(await db.comment.count()).toBe(before);
  });

  it("refuses a second comment with a token already used, and keeps the first only", async () => {
    const first = filledIn();
    expect(await (await post(first)).json()).toEqual({ ok: true });
    const second = filledIn({ token: first.token });
    const answer = await post(second);
    expect(answer.status).toBe(409);
    expect(await answer.json()).toEqual({ ok: false, error: REFUSAL_MESSAGES["token-used"] });
    expect(await storedWith(first.email)).toHaveLength(1);
    expect(await storedWith(second.email)).toEqual([]);
  });

  it("refuses a post from another site's page (or with no Origin at all), and stores nothing", async () => {
    const attempts: Record<string, string>[] = [
      { origin: "https://trang-khac.example", "sec-fetch-site": "cross-site" },
      { origin: "http://cong.test.trang-khac.example", "sec-fetch-site": "cross-site" },
      { origin: "" },
    ];
    for (const headers of attempts) {
      const form = filledIn();
      const answer = await post(form, { headers });
      expect(answer.status).toBe(403);
      expect(await answer.json()).toEqual({ ok: false, error: "Yêu cầu không hợp lệ: không gửi từ trang của cổng thông tin." });
      expect(await storedWith(form.email)).toEqual([]);
    }
  });

  it("refuses what is not a form, or larger than any comment, without storing it", async () => {
    const json = await POST(
      new Request(`${ORIGIN}/api/binh-luan`, { method: "POST", body: JSON.stringify(filledIn()), headers: { host: HOST, origin: ORIGIN, "content-type": "application/json" } }),
    );
    expect(json.status).toBe(415);
    const huge = filledIn({ content: "x".repeat(40_000) });
    const answer = await post(huge);
    expect(answer.status).toBe(413);
    expect(await storedWith(huge.email)).toEqual([]);
  });
});

describe("GET /api/binh-luan/ma", () => {
  it("gives a token for the article, never cached, signed at the moment it was asked for", async () => {
    const answer = GET(new Request(`${ORIGIN}/api/binh-luan/ma?bai=${articleId}`));
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    const { token } = (await answer.json()) as { token: string };
    expect(checkFormToken(token, articleId, 0)).toMatchObject({ ok: true });
    expect(checkFormToken(token, articleId + 1, 0)).toEqual({ ok: false, reason: "token" });
    // Posted at once, it is too soon: the form was only just shown.
    const form = filledIn({ token });
    expect(await (await post(form)).json()).toEqual({ ok: false, error: REFUSAL_MESSAGES["too-fast"] });
    expect(await storedWith(form.email)).toEqual([]);
  });

  it("answers 400 when `bai` is not an article id", async () => {
    for (const query of ["", "?bai=abc", "?bai=0", "?bai=-3", "?bai=1e5"]) {
      expect(GET(new Request(`${ORIGIN}/api/binh-luan/ma${query}`)).status, query).toBe(400);
    }
  });
});
