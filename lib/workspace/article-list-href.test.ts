import { describe, expect, it } from "vitest";
import { articleListHref } from "./article-list-href";

describe("the article list's addresses", () => {
  it("keeps 'only mine' and the state on the next page", () => {
    expect(articleListHref({ state: "DRAFT", mine: true, page: 2 })).toBe("/quan-ly/bai-viet?trang_thai=DRAFT&cua-toi&trang=2");
  });

  it("keeps the bin on the next page", () => {
    expect(articleListHref({ bin: true, page: 3 })).toBe("/quan-ly/bai-viet?thung-rac&trang=3");
  });

  it("page 1 and no filter are the plain list", () => {
    expect(articleListHref({ page: 1 })).toBe("/quan-ly/bai-viet");
    expect(articleListHref({ state: "PUBLISHED" })).toBe("/quan-ly/bai-viet?trang_thai=PUBLISHED");
  });
});
