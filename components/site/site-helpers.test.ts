import { describe, expect, it } from "vitest";
import { jsonLdText } from "./json-ld";
import { parseListingPath } from "./listing";
import { visiblePages } from "./pagination";

describe("jsonLdText", () => {
  it("cannot end its <script> early, and is still the same JSON", () => {
    const data = { headline: "</script><script>alert(1)</script>", text: "a\u2028b" };
    const text = jsonLdText(data);
    expect(text).not.toContain("<");
    expect(text).not.toContain("\u2028");
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe("visiblePages", () => {
  it("shows the first, the last and the neighbours, with gaps", () => {
    expect(visiblePages(1, 1)).toEqual([1]);
    expect(visiblePages(1, 3)).toEqual([1, 2, 3]);
    expect(visiblePages(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(visiblePages(3, 10)).toEqual([1, 2, 3, 4, null, 10]);
  });
});

describe("parseListingPath", () => {
  it("reads the index, a listing and its pages, and nothing else", () => {
    expect(parseListingPath(undefined)).toEqual({ kind: "index" });
    expect(parseListingPath(["tin-hoat-dong"])).toEqual({ kind: "listing", slug: "tin-hoat-dong", page: 1 });
    expect(parseListingPath(["tin-hoat-dong", "trang", "3"])).toEqual({ kind: "listing", slug: "tin-hoat-dong", page: 3 });
    expect(parseListingPath(["tin-hoat-dong", "trang", "0"])).toBeNull();
    expect(parseListingPath(["tin-hoat-dong", "khac", "2"])).toBeNull();
    expect(parseListingPath(["a", "trang", "2", "x"])).toBeNull();
    expect(parseListingPath(["%E0%A4%A"])).toBeNull();
  });
});
