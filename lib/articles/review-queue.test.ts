import { describe, expect, it } from "vitest";
import { describeWait } from "./review-queue";

describe("how long an article has waited", () => {
  const now = new Date("2026-11-28T10:00:00Z");
  it.each([
    ["2026-11-28T09:55:00Z", "5 phút"],
    ["2026-11-28T07:00:00Z", "3 giờ"],
    ["2026-11-25T09:00:00Z", "3 ngày"],
    ["2026-11-28T10:05:00Z", "0 phút"],
  ])("since %s is %s", (since, expected) => {
    expect(describeWait(new Date(since), now)).toBe(expected);
  });
});
