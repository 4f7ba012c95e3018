import { describe, expect, it } from "vitest";
import { addWorkingDays, vietnamDayOf, workingDaysBetween } from "./working-days";
import { normalizeTrackingCode, newTrackingCode } from "./tracking-code";
import { initialsOf, isOverdue } from "./labels";

const NONE = new Set<string>();
// 2026: Thursday 30 April and Friday 1 May are holidays; 2 September (Wednesday) and 1 September
// (the compensatory Tuesday) too.
const HOLIDAYS_2026 = new Set(["2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02"]);

describe("working-day deadlines", () => {
  it("counts from the day after receipt and skips the weekend", () => {
    // Friday 3 July 2026, 10:00 in Vietnam.
    const received = new Date("2026-07-03T03:00:00Z");
    expect(vietnamDayOf(addWorkingDays(received, 1, NONE))).toBe("2026-07-06"); // Monday
    expect(vietnamDayOf(addWorkingDays(received, 5, NONE))).toBe("2026-07-10"); // Friday
    expect(vietnamDayOf(addWorkingDays(received, 15, NONE))).toBe("2026-07-24");
  });

  it("ends at the last moment of the day in Vietnam", () => {
    const due = addWorkingDays(new Date("2026-07-03T03:00:00Z"), 1, NONE);
    expect(due.toISOString()).toBe("2026-07-06T16:59:59.999Z");
  });

  it("uses the Vietnamese calendar day: 23:30 on Sunday in Vietnam is still Sunday", () => {
    const sundayNight = new Date("2026-07-05T16:30:00Z"); // 23:30 Sunday 5 July in Vietnam
    expect(vietnamDayOf(addWorkingDays(sundayNight, 1, NONE))).toBe("2026-07-06");
  });

  it("skips public holidays from the table", () => {
    // Wednesday 29 April 2026: Thursday and Friday are holidays, then the weekend.
    const received = new Date("2026-04-29T02:00:00Z");
    expect(vietnamDayOf(addWorkingDays(received, 1, NONE))).toBe("2026-04-30");
    expect(vietnamDayOf(addWorkingDays(received, 1, HOLIDAYS_2026))).toBe("2026-05-04");
    expect(vietnamDayOf(addWorkingDays(received, 15, HOLIDAYS_2026))).toBe("2026-05-22");
    expect(vietnamDayOf(addWorkingDays(new Date("2026-08-28T02:00:00Z"), 3, HOLIDAYS_2026))).toBe("2026-09-04");
  });

  it("counts the working days left", () => {
    const from = new Date("2026-04-29T02:00:00Z");
    expect(workingDaysBetween(from, new Date("2026-05-04T02:00:00Z"), HOLIDAYS_2026)).toBe(1);
    expect(workingDaysBetween(from, new Date("2026-05-04T02:00:00Z"), NONE)).toBe(3);
    expect(workingDaysBetween(from, new Date("2026-04-28T02:00:00Z"), NONE)).toBe(-1);
  });
});

describe("tracking codes and names", () => {
  it("reads a code however it is typed, and refuses what cannot be one", () => {
    const code = newTrackingCode();
    expect(code).toMatch(/^HD-[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    expect(normalizeTrackingCode(code.toLowerCase().replace(/-/g, " "))).toBe(code);
    expect(normalizeTrackingCode("HD-00000-00000")).toBeNull();
    expect(normalizeTrackingCode("abc")).toBeNull();
  });

  it("shows initials when the asker did not allow the name", () => {
    expect(initialsOf("Nguyễn Văn Ân")).toBe("N.V.Â.");
    expect(initialsOf("  ")).toBe("Ẩn danh");
  });

  it("marks open questions past their deadline overdue, never answered ones", () => {
    const now = new Date("2026-07-10T00:00:00Z");
    expect(isOverdue({ state: "ROUTED", dueAt: new Date("2026-07-09T00:00:00Z") }, now)).toBe(true);
    expect(isOverdue({ state: "ANSWERED", dueAt: new Date("2026-07-09T00:00:00Z") }, now)).toBe(false);
    expect(isOverdue({ state: "NEW", dueAt: new Date("2026-07-11T00:00:00Z") }, now)).toBe(false);
  });
});
