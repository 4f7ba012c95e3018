import { describe, expect, it } from "vitest";
import { parseModerationFilters, moderationHref, dayRange } from "./filters";
import { checkFormToken, FORM_TOKEN_MAX_AGE_MS, issueFormToken } from "./form-token";
import { commentSettingsFrom, DEFAULT_COMMENT_SETTINGS } from "./settings";
import { commentContentHash, commentsCloseAt, countLinks, findListedWords, normalizeCommentText, normalizeName } from "./spam-rules";

process.env.NEXTAUTH_SECRET ??= "test-secret-for-comment-tokens";

describe("countLinks", () => {
  it("counts links with a scheme, with www. and bare domain names", () => {
    expect(countLinks("Xem http://a.example.com/x và https://b.vn?q=1")).toBe(2);
    expect(countLinks("Vào www.vay-nhanh.net hoặc vaynhanh.com/dang-ky hay abc.xyz")).toBe(3);
    expect(countLinks("Trang https://vay.example.com có cả www.")).toBe(1);
  });

  it("does not count sentences, decimals, emails or abbreviations", () => {
    expect(countLinks("Luật số 31/2024/QH15 có hiệu lực. Tỷ lệ 98.5% xã đạt chuẩn, tp.HCM, v.v.")).toBe(0);
    expect(countLinks("Liên hệ ten@example.com để hỏi thêm")).toBe(0);
  });
});

describe("findListedWords", () => {
  it("finds whole words and phrases ignoring case and spacing", () => {
    expect(findListedWords("Chơi CASINO  trực tuyến, Cá   Độ bóng đá", ["casino", "cá độ", "lô đề"])).toEqual(["casino", "cá độ"]);
  });

  it("keeps diacritics: a word is not another word without its marks", () => {
    expect(findListedWords("Tôi đi làm ở xã bên", ["đĩ"])).toEqual([]);
    expect(findListedWords("casinos và cá độ", ["casino"])).toEqual([]);
  });

  it("ignores empty entries", () => {
    expect(findListedWords("nội dung bất kỳ", ["", "  "])).toEqual([]);
  });
});

describe("normalising and fingerprinting", () => {
  it("stores text in NFC without invisible characters or runs of blank lines", () => {
    expect(normalizeCommentText("  Xin\u200b chào\r\n\r\n\r\n\r\nbạn \u202e ")).toBe("Xin chào\n\nbạn");
    expect(normalizeCommentText("Luật đất đai".normalize("NFD"))).toBe("Luật đất đai");
    expect(normalizeName("  Nguyễn   Văn\tA ")).toBe("Nguyễn Văn A");
  });

  it("gives the same fingerprint to text differing only in case, marks, punctuation and spacing", () => {
    expect(commentContentHash("Cảm ơn Sở Tư pháp!!!")).toBe(commentContentHash("cam on  so tu phap"));
    expect(commentContentHash("Cảm ơn Sở Tư pháp")).not.toBe(commentContentHash("Cảm ơn Sở Y tế"));
  });
});

describe("commentsCloseAt", () => {
  it("closes N days after publication, never with 0", () => {
    expect(commentsCloseAt("2026-01-01T00:00:00Z", 30)?.toISOString()).toBe("2026-01-31T00:00:00.000Z");
    expect(commentsCloseAt("2026-01-01T00:00:00Z", 0)).toBeNull();
    expect(commentsCloseAt(null, 30)).toBeNull();
  });
});

describe("form tokens", () => {
  const now = Date.UTC(2026, 10, 28, 10);

  it("accepts a token of this article once the minimum time has passed", () => {
    const token = issueFormToken(7, now - 3000);
    expect(checkFormToken(token, 7, 3, now)).toEqual({ ok: true, ageMs: 3000 });
  });

  it("refuses a form sent too soon, too late, for another article or with a changed time or signature", () => {
    expect(checkFormToken(issueFormToken(7, now - 2999), 7, 3, now)).toEqual({ ok: false, reason: "too-fast" });
    expect(checkFormToken(issueFormToken(7, now - FORM_TOKEN_MAX_AGE_MS - 1), 7, 3, now)).toEqual({ ok: false, reason: "token-expired" });
    expect(checkFormToken(issueFormToken(8, now - 5000), 7, 3, now)).toEqual({ ok: false, reason: "token" });
    const [version, id, , signature] = issueFormToken(7, now - 5000).split(".");
    expect(checkFormToken(`${version}.${id}.${now - 60_000}.${signature}`, 7, 3, now)).toEqual({ ok: false, reason: "token" });
    expect(checkFormToken(`${version}.${id}.${now - 5000}.${"A".repeat(43)}`, 7, 3, now)).toEqual({ ok: false, reason: "token" });
    for (const bad of [undefined, "", "x", 42, "v1.7.abc.def"]) expect(checkFormToken(bad, 7, 3, now)).toEqual({ ok: false, reason: "token" });
  });

  it("depends on the server secret", () => {
    const token = issueFormToken(7, now - 5000);
    const secret = process.env.NEXTAUTH_SECRET;
    process.env.NEXTAUTH_SECRET = "another-secret";
    try {
      expect(checkFormToken(token, 7, 3, now)).toEqual({ ok: false, reason: "token" });
    } finally {
      process.env.NEXTAUTH_SECRET = secret;
    }
  });
});

describe("commentSettingsFrom", () => {
  it("uses the defaults for what is missing or damaged, field by field", () => {
    expect(commentSettingsFrom(null)).toEqual(DEFAULT_COMMENT_SETTINGS);
    expect(commentSettingsFrom({ maxLinks: 0, minFillSeconds: -4, words: "x", wordAction: "refuse" })).toEqual({
      ...DEFAULT_COMMENT_SETTINGS,
      maxLinks: 0,
      wordAction: "refuse",
    });
  });
});

describe("moderation filters", () => {
  it("reads the address and writes it back", () => {
    const filters = parseModerationFilters({ trang_thai: "spam", don_vi: "4", bai_viet: "x", tu_ngay: "2026-11-01", den_ngay: "2026-13-01", q: " lừa đảo ", trang: "2" });
    expect(filters).toEqual({ state: "SPAM", unitId: 4, articleId: undefined, from: "2026-11-01", to: undefined, q: "lừa đảo", page: 2 });
    expect(moderationHref(filters, { page: 1 })).toBe("/quan-ly/binh-luan?trang_thai=spam&don_vi=4&tu_ngay=2026-11-01&q=l%E1%BB%ABa+%C4%91%E1%BA%A3o");
    expect(moderationHref(parseModerationFilters({}))).toBe("/quan-ly/binh-luan");
  });

  it("covers whole days in Vietnam time", () => {
    expect(dayRange({ from: "2026-11-01", to: "2026-11-01" })).toEqual({
      gte: new Date("2026-10-31T17:00:00Z"),
      lt: new Date("2026-11-01T17:00:00Z"),
    });
  });
});
