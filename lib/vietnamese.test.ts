import { describe, expect, it } from "vitest";
import {
  countWords,
  foldDiacritics,
  formatDate,
  formatDateTime,
  formatFileSize,
  normalizeForSearch,
  parseVietnamDateTime,
  slugify,
  toIsoInVietnam,
  uniqueSlug,
} from "@/lib/vietnamese";

// Every Vietnamese vowel with every tone, grouped by the base letter it folds to.
const VOWELS_BY_BASE: Record<string, string> = {
  a: "aàáảãạăằắẳẵặâầấẩẫậ",
  e: "eèéẻẽẹêềếểễệ",
  i: "iìíỉĩị",
  o: "oòóỏõọôồốổỗộơờớởỡợ",
  u: "uùúủũụưừứửữự",
  y: "yỳýỷỹỵ",
};

describe("foldDiacritics", () => {
  for (const [base, vowels] of Object.entries(VOWELS_BY_BASE)) {
    it(`folds every tone of ${base} in both cases, NFC and NFD`, () => {
      const lower = vowels.normalize("NFC");
      const upper = lower.toUpperCase();
      expect(foldDiacritics(lower)).toBe(base.repeat(lower.length));
      expect(foldDiacritics(upper)).toBe(base.toUpperCase().repeat(upper.length));
      expect(foldDiacritics(lower.normalize("NFD"))).toBe(base.repeat(lower.length));
      expect(foldDiacritics(upper.normalize("NFD"))).toBe(base.toUpperCase().repeat(upper.length));
    });
  }

  it("maps đ to d and Đ to D, also at the start", () => {
    expect(foldDiacritics("Đất đai")).toBe("Dat dai");
    expect(foldDiacritics("ĐỒNG THÁP")).toBe("DONG THAP");
    expect(foldDiacritics("đ")).toBe("d");
  });

  it("folds whole sentences and leaves plain ASCII alone", () => {
    const sentence = "Hội nghị phổ biến, giáo dục pháp luật năm 2024 — Sở Tư pháp";
    expect(foldDiacritics(sentence)).toBe("Hoi nghi pho bien, giao duc phap luat nam 2024 — So Tu phap");
    expect(foldDiacritics(sentence.normalize("NFD"))).toBe(foldDiacritics(sentence));
    expect(foldDiacritics("Law 2024: ok?")).toBe("Law 2024: ok?");
  });
});

describe("slugify", () => {
  it("makes the taught example", () => {
    expect(slugify("Hội nghị triển khai Luật Đất đai 2024")).toBe("hoi-nghi-trien-khai-luat-dat-dai-2024");
  });

  it("gives the same slug for NFD input", () => {
    const title = "Tuyên truyền Luật Giao thông đường bộ";
    expect(slugify(title.normalize("NFD"))).toBe("tuyen-truyen-luat-giao-thong-duong-bo");
  });

  it("collapses punctuation and whitespace and trims hyphens", () => {
    expect(slugify("  «Đề án» 1-2-3:   “Ngày Pháp luật”!!! ")).toBe("de-an-1-2-3-ngay-phap-luat");
    expect(slugify("---Ưu tiên---")).toBe("uu-tien");
  });

  it("cuts at a word boundary within maxLength", () => {
    const slug = slugify("Hướng dẫn thực hiện công tác phổ biến giáo dục pháp luật", 30);
    expect(slug).toBe("huong-dan-thuc-hien-cong-tac");
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slugify("Hướng dẫn thực hiện", 19)).toBe("huong-dan-thuc-hien");
    expect(slugify("Hướng dẫn thực hiện", 18)).toBe("huong-dan-thuc");
  });

  it("cuts inside a single word longer than maxLength", () => {
    expect(slugify("a".repeat(100), 10)).toBe("a".repeat(10));
  });

  it("never returns an empty string", () => {
    expect(slugify("")).toBe("bai-viet");
    expect(slugify("!!! — ???")).toBe("bai-viet");
    expect(slugify("中文")).toBe("bai-viet");
  });
});

describe("uniqueSlug", () => {
  const existsIn = (taken: Set<string>) => async (slug: string) => taken.has(slug);

  it("returns the base when it is free", async () => {
    expect(await uniqueSlug("luat-dat-dai", existsIn(new Set()))).toBe("luat-dat-dai");
  });

  it("numbers from 2 upwards, skipping taken numbers", async () => {
    expect(await uniqueSlug("luat-dat-dai", existsIn(new Set(["luat-dat-dai"])))).toBe("luat-dat-dai-2");
    const taken = new Set(["luat-dat-dai", "luat-dat-dai-2", "luat-dat-dai-3"]);
    expect(await uniqueSlug("luat-dat-dai", existsIn(taken))).toBe("luat-dat-dai-4");
  });

  it("falls back to a random suffix after the numbered attempts", async () => {
    const taken = new Set(["tin", ...Array.from({ length: 10 }, (_, i) => `tin-${i + 2}`)]);
    const slug = await uniqueSlug("tin", existsIn(taken), { maxNumbered: 5 });
    expect(slug).toMatch(/^tin-[a-z0-9]{6}$/);
    expect(taken.has(slug)).toBe(false);
  });

  it("gives up rather than loop forever when everything exists", async () => {
    await expect(uniqueSlug("tin", async () => true, { maxNumbered: 2 })).rejects.toThrow();
  });
});

describe("normalizeForSearch", () => {
  it("folds, lower-cases and collapses whitespace", () => {
    expect(normalizeForSearch("  Pháp   LUẬT\n\tĐất đai ")).toBe("phap luat dat dai");
    expect(normalizeForSearch("PHÁP LUẬT".normalize("NFD"))).toBe(normalizeForSearch("phap luat"));
  });
});

describe("dates in Asia/Ho_Chi_Minh", () => {
  it("shows a time just after UTC 17:00 as the next day in Vietnam", () => {
    const date = new Date("2026-11-27T17:30:00Z");
    expect(formatDateTime(date)).toBe("28/11/2026 00:30");
    expect(formatDate(date)).toBe("28/11/2026");
    expect(toIsoInVietnam(date)).toBe("2026-11-28T00:30:00+07:00");
  });

  it("shows a time just before UTC 17:00 as the same day", () => {
    const date = new Date("2026-11-27T16:59:00Z");
    expect(formatDateTime(date)).toBe("27/11/2026 23:59");
    expect(formatDate(date)).toBe("27/11/2026");
  });

  it("crosses a year boundary and prints midnight as 00, not 24", () => {
    expect(formatDateTime(new Date("2025-12-31T17:00:00Z"))).toBe("01/01/2026 00:00");
    expect(toIsoInVietnam("2025-12-31T17:00:00.000Z")).toBe("2026-01-01T00:00:00+07:00");
  });

  it("accepts timestamps and strings, and returns '' for invalid dates", () => {
    expect(formatDate(Date.UTC(2026, 0, 5, 3))).toBe("05/01/2026");
    expect(formatDateTime("not a date")).toBe("");
    expect(formatDate(new Date(NaN))).toBe("");
    expect(toIsoInVietnam(new Date(NaN))).toBe("");
  });

  it("parses a datetime-local value as Vietnam time", () => {
    expect(parseVietnamDateTime("2026-11-28T08:30")?.toISOString()).toBe("2026-11-28T01:30:00.000Z");
    expect(parseVietnamDateTime("2026-11-28T00:30")?.toISOString()).toBe("2026-11-27T17:30:00.000Z");
    expect(parseVietnamDateTime("2026-11-28T08:30:15")?.toISOString()).toBe("2026-11-28T01:30:15.000Z");
  });

  it("round-trips parse and format", () => {
    const parsed = parseVietnamDateTime("2027-02-28T23:45");
    expect(parsed && formatDateTime(parsed)).toBe("28/02/2027 23:45");
    expect(parsed && toIsoInVietnam(parsed)).toBe("2027-02-28T23:45:00+07:00");
  });

  it("refuses malformed values and days that do not exist", () => {
    for (const value of ["", "2026-11-28", "28/11/2026 08:30", "2026-13-01T08:00", "2026-02-30T08:00", "2026-11-28T24:00", "2026-11-28T08:60"]) {
      expect(parseVietnamDateTime(value)).toBeNull();
    }
  });
});

describe("formatFileSize", () => {
  it("writes sizes the Vietnamese way", () => {
    expect(formatFileSize(900)).toBe("900 B");
    expect(formatFileSize(350 * 1024)).toBe("350 KB");
    expect(formatFileSize(1.2 * 1024 * 1024)).toBe("1,2 MB");
    expect(formatFileSize(1536)).toBe("1,5 KB");
    expect(formatFileSize(2 * 1024 * 1024)).toBe("2 MB");
    expect(formatFileSize(3.25 * 1024 ** 3)).toBe("3,3 GB");
  });

  it("moves to the next unit instead of printing 1024", () => {
    expect(formatFileSize(1024)).toBe("1 KB");
    expect(formatFileSize(1024 * 1024 - 1)).toBe("1 MB");
  });

  it("treats empty and nonsense sizes as 0 B", () => {
    expect(formatFileSize(0)).toBe("0 B");
    expect(formatFileSize(-5)).toBe("0 B");
    expect(formatFileSize(Number.NaN)).toBe("0 B");
  });
});

describe("countWords", () => {
  it("counts Vietnamese words separated by any whitespace", () => {
    expect(countWords("Hội nghị triển khai Luật Đất đai 2024")).toBe(8);
    expect(countWords("  Pháp\n\nluật\t  ")).toBe(2);
    expect(countWords("")).toBe(0);
  });

  it("does not count stray punctuation as words", () => {
    expect(countWords("Sở Tư pháp – thông báo …")).toBe(5);
  });
});
