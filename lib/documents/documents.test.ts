import { describe, expect, it } from "vitest";
import { parseDay, readDay } from "./days";
import { effectOf } from "./effect";
import { parseCsv } from "./parse-sheet";
import { documentSearchHref, readDocumentSearch } from "./search-params";
import { numberKeyOf, queryWords, searchWordsFor } from "./search-words";

describe("search words", () => {
  const decree = searchWordsFor({ type: "NGHI_DINH", number: "42/2022/NĐ-CP", issuer: "Chính phủ", summary: "Quản lý thông tin trên môi trường mạng" });

  it("let 'nghi dinh 42', '42/2022/nd-cp' and 'NĐ 42' find Nghị định 42/2022/NĐ-CP", () => {
    for (const query of ["nghi dinh 42", "42/2022/nd-cp", "NĐ 42", "Nghị định 42", "moi truong mang"]) {
      expect(queryWords(query).every((word) => decree.includes(word)), query).toBe(true);
    }
    expect(queryWords("thong tu 42").every((word) => decree.includes(word))).toBe(false);
  });

  it("fold numbers so the same number typed differently is one", () => {
    expect(numberKeyOf(" 42/2022/NĐ-CP")).toBe(numberKeyOf("42/2022/nđ-cp"));
  });
});

describe("days", () => {
  it("read dd/mm/yyyy and yyyy-mm-dd like every workspace date field, refuse days that do not exist", () => {
    expect(parseDay("24/6/2022")).toBe("2022-06-24");
    expect(parseDay("2022-06-24")).toBe("2022-06-24");
    expect(parseDay("24.06.22")).toBe("2022-06-24");
    expect(parseDay("31/02/2022")).toBeNull();
    expect(readDay("31/02/2022")).toEqual({ ok: false, error: "Ngày 31/02/2022 không có: tháng 2 năm 2022 chỉ có 28 ngày." });
    expect(parseDay("hôm qua")).toBeNull();
  });
});

describe("tình trạng hiệu lực", () => {
  const today = "2026-12-06";
  it("is read from the dates unless set by hand", () => {
    expect(effectOf({ effectSet: null, effectiveFrom: "2027-01-01", expiresOn: null }, today)).toBe("NOT_YET");
    expect(effectOf({ effectSet: null, effectiveFrom: "2020-01-01", expiresOn: "2026-12-06" }, today)).toBe("EXPIRED");
    expect(effectOf({ effectSet: null, effectiveFrom: "2020-01-01", expiresOn: "2026-12-07" }, today)).toBe("IN_FORCE");
    expect(effectOf({ effectSet: "PARTLY_EXPIRED", effectiveFrom: "2020-01-01", expiresOn: null }, today)).toBe("PARTLY_EXPIRED");
  });
});

describe("CSV", () => {
  it("reads quoted cells with commas, quotes and line breaks, and semicolon sheets", () => {
    expect(parseCsv('a,"b, c","d ""e"""\r\n1,"x\ny",3')).toEqual([["a", "b, c", 'd "e"'], ["1", "x\ny", "3"]]);
    expect(parseCsv("\uFEFFSố;Loại\n1;Luật")).toEqual([["Số", "Loại"], ["1", "Luật"]]);
  });
});

describe("the address of /van-ban", () => {
  it("reads what it writes and drops what it does not know", () => {
    const search = readDocumentSearch({ q: "nghi dinh 42", loai: "nghi-dinh", nam: "2022", "hieu-luc": "con-hieu-luc", trang: "2" });
    expect(search).toMatchObject({ q: "nghi dinh 42", type: "NGHI_DINH", year: 2022, effect: "IN_FORCE", page: 2 });
    expect(readDocumentSearch(Object.fromEntries(new URLSearchParams(documentSearchHref(search, { page: 2 }).split("?")[1])))).toEqual(search);
    expect(readDocumentSearch({ loai: "sac-lenh", nam: "3000", trang: "-1" })).toMatchObject({ type: null, year: null, page: 1 });
  });
});
