import { describe, expect, it } from "vitest";
import { normalizePhone } from "./register-entrant";
import { drawQuestions } from "./start-attempt";

describe("one phone, however it is written", () => {
  it("reads the usual ways of writing a Vietnamese mobile number as one number", () => {
    for (const typed of ["0912345678", "0912 345 678", "0912.345.678", "+84 912 345 678", "84912345678", "(091) 234-5678"]) {
      expect(normalizePhone(typed), typed).toBe("0912345678");
    }
  });

  it("refuses what is not a 10-digit number starting with 0", () => {
    for (const typed of ["912345678", "09123456789", "0012345678", "09123abc78", ""]) expect(normalizePhone(typed), typed).toBeNull();
  });
});

describe("drawing questions", () => {
  it("draws the number asked, each question once, from the pool only", () => {
    const pool = Array.from({ length: 30 }, (_, i) => i + 100);
    for (let run = 0; run < 50; run++) {
      const drawn = drawQuestions(pool, 20);
      expect(drawn).toHaveLength(20);
      expect(new Set(drawn).size).toBe(20);
      expect(drawn.every((id) => pool.includes(id))).toBe(true);
    }
  });

  it("gives entrants different questions in a different order", () => {
    const pool = Array.from({ length: 40 }, (_, i) => i);
    const draws = new Set(Array.from({ length: 20 }, () => drawQuestions(pool, 20).join(",")));
    expect(draws.size).toBeGreaterThan(15);
  });
});
