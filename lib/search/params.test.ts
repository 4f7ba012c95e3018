import { describe, expect, it } from "vitest";
import { SEARCH_PARAM_NAMES } from "./param-names";
import { hasCriteria, readSearchRequest, searchHref } from "./params";

describe("readSearchRequest", () => {
  it("reads the words, filters and page", () => {
    const request = readSearchRequest({ q: "pháp luật", "don-vi": "huyen-an-lac", "chuyen-muc": "tin-hoat-dong", trang: "3" });
    expect(request.query.terms).toHaveLength(2);
    expect(request.unitSlug).toBe("huyen-an-lac");
    expect(request.categorySlug).toBe("tin-hoat-dong");
    expect(request.page).toBe(3);
    expect(hasCriteria(request)).toBe(true);
  });

  it("reads days as whole days in Vietnam (UTC+7), the end day included", () => {
    const request = readSearchRequest({ "tu-ngay": "2026-03-01", "den-ngay": "2026-03-01" });
    expect(request.from?.toISOString()).toBe("2026-02-28T17:00:00.000Z");
    expect(request.until?.toISOString()).toBe("2026-03-01T17:00:00.000Z");
    expect(request.problem).toBeNull();
  });

  it("swaps days given the wrong way round and says so", () => {
    const request = readSearchRequest({ "tu-ngay": "2026-03-10", "den-ngay": "2026-03-01" });
    expect(request.fromDay).toBe("2026-03-01");
    expect(request.toDay).toBe("2026-03-10");
    expect(request.from?.toISOString()).toBe("2026-02-28T17:00:00.000Z");
    expect(request.until?.toISOString()).toBe("2026-03-10T17:00:00.000Z");
    expect(request.problem).toMatch(/đổi chỗ/);
  });

  it("ignores malformed values", () => {
    const request = readSearchRequest({ q: ["a", "b"], "don-vi": "../x", "tu-ngay": "2026-02-30", trang: "-1" });
    expect(request.query.text).toBe("a");
    expect(request.unitSlug).toBeNull();
    expect(request.from).toBeNull();
    expect(request.problem).toMatch(/Ngày không hợp lệ/);
    expect(request.page).toBe(1);
    expect(hasCriteria(readSearchRequest({}))).toBe(false);
  });

  it("builds the address of another page of the same search", () => {
    const request = readSearchRequest({ q: "đất đai", "chuyen-muc": "tin-hoat-dong", "tu-ngay": "2026-01-01" });
    expect(searchHref(request, 2)).toBe("/tim-kiem?q=%C4%91%E1%BA%A5t+%C4%91ai&chuyen-muc=tin-hoat-dong&tu-ngay=2026-01-01&trang=2");
    expect(searchHref(request, 1)).not.toContain("trang");
  });
});

describe("the fields that make /tim-kiem a search (next.config.ts sends them to the search route)", () => {
  it("are every field a search writes in its address", () => {
    const request = readSearchRequest({ q: "đất đai", "don-vi": "so-tu-phap", "chuyen-muc": "tin-hoat-dong", "tu-ngay": "2026-01-01", "den-ngay": "2026-02-01" });
    const written = [...new URL(searchHref(request, 2), "http://x").searchParams.keys()];
    expect([...written].sort()).toEqual([...SEARCH_PARAM_NAMES].sort());
  });
});
