import { describe, expect, it } from "vitest";
import { parsePeriod, periodQuery, type PeriodParams } from "./period";

// 2026-03-15 10:00 in Vietnam.
const NOW = new Date("2026-03-15T03:00:00Z");

function period(params: PeriodParams, now = NOW) {
  const result = parsePeriod(params, now);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe("the report period", () => {
  it("is a month from 00:00 of its first day to 00:00 of the next month, Vietnam time", () => {
    const march = period({ ky: "thang", nam: "2026", thang: "3" });
    expect(march.from.toISOString()).toBe("2026-02-28T17:00:00.000Z");
    expect(march.to.toISOString()).toBe("2026-03-31T17:00:00.000Z");
    expect([march.firstDay, march.lastDay, march.label]).toEqual(["2026-03-01", "2026-03-31", "Tháng 03/2026"]);
    expect(march.months).toEqual([{ key: "2026-03", label: "T3/2026" }]);
  });

  it("knows February in leap years and December's turn of the year", () => {
    expect(period({ ky: "thang", nam: "2024", thang: "2" }).lastDay).toBe("2024-02-29");
    expect(period({ ky: "thang", nam: "2026", thang: "2" }).lastDay).toBe("2026-02-28");
    expect(period({ ky: "thang", nam: "2026", thang: "12" }).to.toISOString()).toBe("2026-12-31T17:00:00.000Z");
  });

  it("takes quarters and years", () => {
    const q2 = period({ ky: "quy", nam: "2026", quy: "2" });
    expect([q2.firstDay, q2.lastDay, q2.label]).toEqual(["2026-04-01", "2026-06-30", "Quý 2/2026"]);
    expect(q2.months.map((m) => m.label)).toEqual(["T4/2026", "T5/2026", "T6/2026"]);
    const year = period({ ky: "nam", nam: "2025" });
    expect([year.from.toISOString(), year.to.toISOString(), year.label]).toEqual(["2024-12-31T17:00:00.000Z", "2025-12-31T17:00:00.000Z", "Năm 2025"]);
    expect(year.months).toHaveLength(12);
  });

  it("takes chosen days, both included", () => {
    const custom = period({ ky: "tuy-chon", tu: "2025-12-20", den: "2026-01-05" });
    expect(custom.from.toISOString()).toBe("2025-12-19T17:00:00.000Z");
    expect(custom.to.toISOString()).toBe("2026-01-05T17:00:00.000Z");
    expect(custom.label).toBe("Từ 20/12/2025 đến 05/01/2026");
    expect(custom.months.map((m) => m.key)).toEqual(["2025-12", "2026-01"]);
    expect(period({ ky: "tuy-chon", tu: "2026-03-15", den: "2026-03-15" }).to.toISOString()).toBe("2026-03-15T17:00:00.000Z");
  });

  it("reads days as the form's boxes send them, day first: 05/03 is 5 March of this year", () => {
    const typed = period({ ky: "tuy-chon", tu: "20/12/2025", den: "05/03" });
    expect(typed.label).toBe("Từ 20/12/2025 đến 05/03/2026");
    expect(periodQuery(typed)).toEqual({ ky: "tuy-chon", tu: "2025-12-20", den: "2026-03-05" });
    const impossible = parsePeriod({ ky: "tuy-chon", tu: "30/02/2026", den: "05/03/2026" }, NOW);
    expect(impossible).toMatchObject({ ok: false, fieldErrors: { tu: "Từ ngày: Ngày 30/02/2026 không có: tháng 2 năm 2026 chỉ có 28 ngày." } });
  });

  it("defaults to the current month in Vietnam, even when it is still the previous day in UTC", () => {
    expect(period({}).label).toBe("Tháng 03/2026");
    // 31/03 at 20:00 UTC is already 1 April in Vietnam.
    expect(period({}, new Date("2026-03-31T20:00:00Z")).label).toBe("Tháng 04/2026");
    expect(period({ ky: "quy" }).label).toBe("Quý 1/2026");
    expect(period({ ky: "nam" }).label).toBe("Năm 2026");
  });

  it("refuses impossible periods with a message for the field", () => {
    const cases: [PeriodParams, string][] = [
      [{ ky: "thang", nam: "2026", thang: "13" }, "thang"],
      [{ ky: "quy", nam: "2026", quy: "5" }, "quy"],
      [{ ky: "nam", nam: "1990" }, "nam"],
      [{ ky: "tuy-chon", tu: "2026-02-30", den: "2026-03-01" }, "tu"],
      [{ ky: "tuy-chon", tu: "2026-03-10", den: "2026-03-01" }, "den"],
      [{ ky: "tuy-chon", tu: "2020-01-01", den: "2026-03-01" }, "den"],
      [{ ky: "tuy-chon" }, "tu"],
    ];
    for (const [params, field] of cases) {
      const result = parsePeriod(params, NOW);
      expect(result.ok, JSON.stringify(params)).toBe(false);
      if (!result.ok) expect(result.fieldErrors[field], JSON.stringify(params)).toBeTruthy();
    }
  });

  it("writes back the query that names it", () => {
    expect(periodQuery(period({ ky: "thang", nam: "2026", thang: "3", quy: "4" }))).toEqual({ ky: "thang", nam: "2026", thang: "3" });
    expect(periodQuery(period({ ky: "tuy-chon", tu: "2026-03-01", den: "2026-03-09" }))).toEqual({ ky: "tuy-chon", tu: "2026-03-01", den: "2026-03-09" });
  });
});
