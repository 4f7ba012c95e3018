import { describe, expect, it } from "vitest";
import { diffWords, hasChanges } from "./text-diff";

describe("word diff", () => {
  it("finds nothing between equal texts, also across Unicode forms", () => {
    const text = "Luật Đất đai năm 2024 có hiệu lực";
    expect(hasChanges(diffWords(text, text.normalize("NFD")))).toBe(false);
  });

  it("marks a corrected word as removed and added, keeping the rest", () => {
    expect(diffWords("Hội nghị có 150 đại biểu tham dự.", "Hội nghị có 200 đại biểu tham dự.")).toEqual([
      { kind: "same", text: "Hội nghị có " },
      { kind: "removed", text: "150" },
      { kind: "added", text: "200" },
      { kind: "same", text: " đại biểu tham dự." },
    ]);
  });

  it("shows an added sentence and a removed one", () => {
    const parts = diffWords("Câu một. Câu hai.", "Câu một. Câu ba mới. Câu hai.");
    expect(parts.filter((p) => p.kind === "added").map((p) => p.text).join("")).toBe("ba mới. Câu ");
    expect(diffWords("A B C", "A C")).toEqual([
      { kind: "same", text: "A " },
      { kind: "removed", text: "B " },
      { kind: "same", text: "C" },
    ]);
  });

  it("rebuilds both texts from the parts", () => {
    const before = "Người dân được trợ giúp pháp lý miễn phí tại xã.";
    const after = "Người dân thuộc diện chính sách được trợ giúp pháp lý miễn phí tại trụ sở xã.";
    const parts = diffWords(before, after);
    expect(parts.filter((p) => p.kind !== "added").map((p) => p.text).join("")).toBe(before);
    expect(parts.filter((p) => p.kind !== "removed").map((p) => p.text).join("")).toBe(after);
  });
});
