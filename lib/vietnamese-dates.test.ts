import { describe, expect, it } from "vitest";
import { dayAsTyped, describeVietnamDateTime, describeVietnamDay, parseVietnamDay, parseVietnamDayAndTime, parseVietnamTime } from "@/lib/vietnamese";

// 6 December 2026, 23:30 in Vietnam (16:30 UTC): "this year" is 2026 even late in the evening.
const NOW = new Date("2026-12-06T16:30:00Z");

describe("parseVietnamDay: day first, whatever the browser's language", () => {
  it("reads 05/12 as 5 December of this year in Vietnam, never 12 May", () => {
    expect(parseVietnamDay("05/12", NOW)).toEqual({ ok: true, value: { year: 2026, month: 12, day: 5 }, iso: "2026-12-05" });
    // On 31 December 17:30 UTC it is already 1 January in Vietnam: "this year" is the new one.
    expect(parseVietnamDay("05/12", new Date("2026-12-31T17:30:00Z"))).toMatchObject({ iso: "2027-12-05" });
  });

  it("accepts the ways officials write a day", () => {
    for (const text of ["05/12/2026", "5/12/2026", " 05-12-2026 ", "05.12.2026", "05/12/26", "5 / 12 / 2026", "2026-12-05"]) {
      expect(parseVietnamDay(text, NOW)).toMatchObject({ ok: true, iso: "2026-12-05" });
    }
    expect(parseVietnamDay("29/02/2028", NOW)).toMatchObject({ ok: true, iso: "2028-02-29" });
  });

  it("refuses impossible days with a Vietnamese message saying why", () => {
    expect(parseVietnamDay("31/02/2026", NOW)).toEqual({ ok: false, error: "Ngày 31/02/2026 không có: tháng 2 năm 2026 chỉ có 28 ngày." });
    expect(parseVietnamDay("29/02/2027", NOW)).toEqual({ ok: false, error: "Ngày 29/02/2027 không có: tháng 2 năm 2027 chỉ có 28 ngày." });
    expect(parseVietnamDay("31/04/2026", NOW)).toMatchObject({ ok: false, error: expect.stringContaining("tháng 4 năm 2026 chỉ có 30 ngày") });
    expect(parseVietnamDay("00/12/2026", NOW)).toMatchObject({ ok: false, error: expect.stringContaining("không có") });
    expect(parseVietnamDay("12/13/2026", NOW)).toMatchObject({ ok: false, error: expect.stringMatching(/^Tháng phải từ 1 đến 12 \(bạn nhập tháng 13\)/) });
    expect(parseVietnamDay("05/12/0026", NOW)).toMatchObject({ ok: false, error: expect.stringContaining("Năm 26 nằm ngoài") });
  });

  it("refuses text that is not a day, and an empty field", () => {
    expect(parseVietnamDay("", NOW)).toEqual({ ok: false, error: "Vui lòng nhập ngày (ngày/tháng/năm)." });
    for (const text of ["mai", "12/05/2026 08:30", "2026/12/05", "5122026", "05//12"]) {
      expect(parseVietnamDay(text, NOW)).toMatchObject({ ok: false, error: expect.stringContaining("ví dụ 05/12/2026") });
    }
  });
});

describe("parseVietnamTime: 24-hour clock", () => {
  it("accepts 08:30, 8:30, 8h30, 8g30, 08.30 and a bare hour", () => {
    for (const text of ["08:30", "8:30", "8h30", "8g30", "08.30", " 8 : 30 "]) expect(parseVietnamTime(text)).toEqual({ ok: true, hour: 8, minute: 30 });
    expect(parseVietnamTime("14")).toEqual({ ok: true, hour: 14, minute: 0 });
    expect(parseVietnamTime("0:00")).toEqual({ ok: true, hour: 0, minute: 0 });
    expect(parseVietnamTime("23:59")).toEqual({ ok: true, hour: 23, minute: 59 });
  });

  it("refuses AM/PM, hours past 23 and minutes past 59 in Vietnamese", () => {
    expect(parseVietnamTime("2:30 PM")).toMatchObject({ ok: false, error: expect.stringContaining("không dùng AM/PM") });
    expect(parseVietnamTime("24:00")).toEqual({ ok: false, error: "Giờ phải từ 0 đến 23 (bạn nhập 24 giờ)." });
    expect(parseVietnamTime("08:60")).toEqual({ ok: false, error: "Phút phải từ 00 đến 59 (bạn nhập 60 phút)." });
    expect(parseVietnamTime("")).toEqual({ ok: false, error: "Vui lòng nhập giờ (giờ:phút, 24 giờ)." });
    expect(parseVietnamTime("sáng")).toMatchObject({ ok: false, error: expect.stringContaining("không phải là giờ") });
  });
});

describe("parseVietnamDayAndTime", () => {
  it("is the instant in Vietnam (UTC+7), whatever the server's zone", () => {
    const parsed = parseVietnamDayAndTime("07/12/2026", "08:30", NOW);
    expect(parsed.ok && parsed.value.toISOString()).toBe("2026-12-07T01:30:00.000Z");
    const midnight = parseVietnamDayAndTime("07/12", "0:15", NOW);
    expect(midnight.ok && midnight.value.toISOString()).toBe("2026-12-06T17:15:00.000Z");
  });

  it("names every wrong field", () => {
    expect(parseVietnamDayAndTime("30/02/2026", "25:00", NOW)).toEqual({
      ok: false,
      fieldErrors: { date: "Ngày 30/02/2026 không có: tháng 2 năm 2026 chỉ có 28 ngày.", time: "Giờ phải từ 0 đến 23 (bạn nhập 25 giờ)." },
    });
    expect(parseVietnamDayAndTime("07/12/2026", "", NOW)).toEqual({ ok: false, fieldErrors: { time: "Vui lòng nhập giờ (giờ:phút, 24 giờ)." } });
  });
});

describe("dates in words", () => {
  it("echoes the choice with the weekday and Vietnam time", () => {
    expect(describeVietnamDateTime(new Date("2026-12-07T01:30:00Z"))).toBe("Thứ Hai, 07/12/2026 lúc 08:30 (giờ Việt Nam)");
    // 17:30 UTC on Saturday is already Sunday 00:30 in Vietnam.
    expect(describeVietnamDateTime(new Date("2026-12-05T17:30:00Z"))).toBe("Chủ nhật, 06/12/2026 lúc 00:30 (giờ Việt Nam)");
    expect(describeVietnamDay({ year: 2026, month: 12, day: 5 })).toBe("Thứ Bảy, 05/12/2026");
    expect(describeVietnamDateTime("not a date")).toBe("");
  });

  it("shows a stored day as it is typed", () => {
    expect(dayAsTyped("2026-12-05")).toBe("05/12/2026");
    expect(dayAsTyped("5/12")).toBe("5/12");
    expect(dayAsTyped(undefined)).toBe("");
  });
});
