import { describe, expect, it } from "vitest";
import { hasCriteria, paramsFromPathKey, readSearchRequest, searchHref, searchPathKey } from "./params";

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

describe("search path keys", () => {
  it("turn a search into one path segment and back, keeping only what a search reads", () => {
    const key = searchPathKey(new URLSearchParams("q=ph%C3%A1p++lu%E1%BA%ADt&x=1&trang=2&chuyen-muc=tin-hoat-dong"));
    expect(key).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(paramsFromPathKey(key)).toEqual({ q: "pháp luật", "chuyen-muc": "tin-hoat-dong", trang: "2" });
  });

  it("give the same key for the same search, and a key of its own to an empty one", () => {
    expect(searchPathKey(new URLSearchParams("trang=2&q=a"))).toBe(searchPathKey(new URLSearchParams("q=a&trang=2&utm=x")));
    expect(searchPathKey(new URLSearchParams(""))).toBe("-");
    expect(paramsFromPathKey("-")).toEqual({});
  });

  it("refuse keys no search makes", () => {
    expect(paramsFromPathKey("../etc")).toBeNull();
    expect(paramsFromPathKey("a".repeat(2000))).toBeNull();
    expect(paramsFromPathKey("Zm9vPWJhcg")).toEqual({});
  });
});
