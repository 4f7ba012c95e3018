import { describe, expect, it } from "vitest";
import { doneNotice, errorNotice, publishedArticleOf, withDoneNotice, withErrorNotice, withPublishedNotice } from "./notices";

process.env.NEXTAUTH_SECRET ??= "test-secret-not-for-production";

const queryOf = (href: string) => Object.fromEntries(new URL(href, "http://x").searchParams);

describe("success notices (?xong=)", () => {
  it("shows the words of a known code, counted where it counts", () => {
    expect(doneNotice(queryOf(withDoneNotice("/quan-ly/duyet-bai", "da-duyet")))).toBe("Đã duyệt bài viết.");
    expect(doneNotice(queryOf(withDoneNotice("/quan-ly/binh-luan?q=abc&trang=2", "da-duyet-binh-luan", 2)))).toBe("Đã duyệt 2 bình luận.");
    expect(doneNotice(queryOf(withDoneNotice("/quan-ly/binh-luan", "da-danh-dau-spam", 1)))).toBe("Đã đánh dấu spam 1 bình luận.");
    expect(withDoneNotice("/quan-ly/binh-luan?q=abc&trang=2", "da-duyet-binh-luan", 2)).toBe("/quan-ly/binh-luan?q=abc&trang=2&xong=da-duyet-binh-luan&so=2");
  });

  it.each([
    ["words instead of a code", { xong: "Tài khoản của bạn sẽ bị khóa. Gọi 0900 000 000 để giữ tài khoản." }],
    ["an old address with the words", { xong: "Đã duyệt bài viết." }],
    ["a name every object has", { xong: "constructor" }],
    ["a count that is not a number", { xong: "da-duyet-binh-luan", so: "2 bình luận. Gọi 0900 000 000" }],
    ["a counted notice without its count", { xong: "da-duyet-binh-luan" }],
    ["the code given twice", { xong: ["da-duyet", "da-go"] }],
    ["nothing", {}],
  ])("shows nothing for %s", (_name, query) => {
    expect(doneNotice(query)).toBeNull();
  });
});

describe("the notice after Duyệt và xuất bản", () => {
  it("carries only the article's id, which the page looks up", () => {
    const href = withPublishedNotice("/quan-ly/duyet-bai", 12);
    expect(href).toBe("/quan-ly/duyet-bai?xong=da-xuat-ban&bai=12");
    expect(doneNotice(queryOf(href))).toBe("Đã duyệt và xuất bản bài viết.");
    expect(publishedArticleOf(queryOf(href))).toBe(12);
  });

  it.each([
    ["another notice", { xong: "da-go", bai: "12" }],
    ["an address instead of an id", { xong: "da-xuat-ban", bai: "https://lua-dao.example" }],
    ["no id", { xong: "da-xuat-ban" }],
  ])("names no article for %s", (_name, query) => {
    expect(publishedArticleOf(query)).toBeNull();
  });
});

describe("refusal notices (?loi=&ky=)", () => {
  it("shows words the server signed", () => {
    const href = withErrorNotice("/quan-ly/bai-viet", "Đơn vị này không còn hoạt động.");
    expect(errorNotice(queryOf(href))).toBe("Đơn vị này không còn hoạt động.");
  });

  it("shows nothing for words without the server's signature, or with another message's", () => {
    const signed = queryOf(withErrorNotice("/quan-ly/bai-viet", "Đơn vị này không còn hoạt động."));
    expect(errorNotice({ loi: "Tài khoản của bạn sẽ bị khóa." })).toBeNull();
    expect(errorNotice({ loi: "Tài khoản của bạn sẽ bị khóa.", ky: signed.ky })).toBeNull();
    const altered = `${signed.ky.slice(0, -1)}${signed.ky.endsWith("A") ? "B" : "A"}`;
    expect(errorNotice({ loi: signed.loi, ky: altered })).toBeNull();
    expect(errorNotice({ loi: signed.loi, ky: "ngan" })).toBeNull();
  });
});
