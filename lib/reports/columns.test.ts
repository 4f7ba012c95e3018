import { describe, expect, it } from "vitest";
import { durationHours, formatDuration, nextSort, parseSort, sortParam, sortRows } from "./columns";
import { csvField } from "./export-csv";
import { EMPTY_FIGURES } from "./figures";
import { parseReportQuery, reportQueryString } from "./report-query";

const row = (name: string, order: number, published: number, medianSeconds: number | null) => ({
  name,
  order,
  figures: { ...EMPTY_FIGURES, published, medianSeconds },
});

describe("sorting the report", () => {
  const rows = [row("Xã Bình Minh", 0, 3, 3600), row("Huyện An Lạc", 1, 7, null), row("Sở Y tế", 2, 3, 60)];

  it("reads sap_xep: a column, '-' for descending, anything else the default order", () => {
    expect(parseSort("xuat-ban")).toEqual({ key: "xuat-ban", descending: false });
    expect(parseSort("-trung-vi")).toEqual({ key: "trung-vi", descending: true });
    expect(parseSort("khong-co")).toEqual({ key: null, descending: false });
    expect(sortParam(parseSort(undefined))).toBe("");
  });

  it("sorts by a figure with ties in the default order, and by Vietnamese name", () => {
    expect(sortRows(rows, { key: "xuat-ban", descending: true }).map((r) => r.name)).toEqual(["Huyện An Lạc", "Xã Bình Minh", "Sở Y tế"]);
    expect(sortRows(rows, { key: "don-vi", descending: false }).map((r) => r.name)).toEqual(["Huyện An Lạc", "Sở Y tế", "Xã Bình Minh"]);
    expect(sortRows(rows, { key: null, descending: false }).map((r) => r.name)).toEqual(["Xã Bình Minh", "Huyện An Lạc", "Sở Y tế"]);
  });

  it("puts units without a duration last in both directions", () => {
    expect(sortRows(rows, { key: "trung-vi", descending: false }).map((r) => r.name)).toEqual(["Sở Y tế", "Xã Bình Minh", "Huyện An Lạc"]);
    expect(sortRows(rows, { key: "trung-vi", descending: true }).map((r) => r.name)).toEqual(["Xã Bình Minh", "Sở Y tế", "Huyện An Lạc"]);
  });

  it("links a heading to the other direction, figures first descending", () => {
    expect(nextSort({ key: null, descending: false }, "xuat-ban")).toEqual({ key: "xuat-ban", descending: true });
    expect(nextSort({ key: "xuat-ban", descending: true }, "xuat-ban")).toEqual({ key: "xuat-ban", descending: false });
    expect(nextSort({ key: null, descending: false }, "don-vi")).toEqual({ key: "don-vi", descending: false });
  });

  it("keeps the period, the merged-units toggle and the order in the address", () => {
    const query = parseReportQuery({ ky: "quy", nam: "2026", quy: "2", rieng: "1", sap_xep: "-luot-xem" });
    if (!query.ok) throw new Error(query.error);
    expect(reportQueryString(query.value)).toBe("?ky=quy&nam=2026&quy=2&rieng=1&sap_xep=-luot-xem");
    expect(reportQueryString(query.value, { sort: { key: null, descending: false }, separateMerged: false })).toBe("?ky=quy&nam=2026&quy=2");
  });
});

describe("durations", () => {
  it("reads in Vietnamese", () => {
    expect(formatDuration(null)).toBe("—");
    expect(formatDuration(20)).toBe("dưới 1 phút");
    expect(formatDuration(45 * 60)).toBe("45 phút");
    expect(formatDuration(3 * 3600)).toBe("3 giờ");
    expect(formatDuration(5 * 3600 + 20 * 60)).toBe("5 giờ 20 phút");
    expect(formatDuration(2 * 86400 + 3 * 3600 + 59)).toBe("2 ngày 3 giờ");
    expect(formatDuration(86400)).toBe("1 ngày");
  });

  it("are exported in hours with two decimals", () => {
    expect(durationHours(27360)).toBe(7.6);
    expect(durationHours(100)).toBe(0.03);
    expect(durationHours(null)).toBeNull();
  });
});

describe("CSV fields", () => {
  it("quotes commas, quotes and line breaks, and defuses formulas", () => {
    expect(csvField("Sở Văn hóa, Thể thao và Du lịch")).toBe('"Sở Văn hóa, Thể thao và Du lịch"');
    expect(csvField('Xã "Mới"')).toBe('"Xã ""Mới"""');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField(7.6)).toBe("7.6");
    expect(csvField(null)).toBe("");
  });
});
