import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password-policy";
import { generateTemporaryPassword } from "./temporary-password";

describe("generateTemporaryPassword", () => {
  it("gives 4 groups of 4 unambiguous letters and digits that pass the password policy", () => {
    for (let i = 0; i < 200; i++) {
      const password = generateTemporaryPassword("nguoi.dung@demo.local");
      expect(password).toMatch(/^[A-HJ-NP-Za-km-z2-9]{4}(-[A-HJ-NP-Za-km-z2-9]{4}){3}$/);
      expect(password.length).toBeGreaterThanOrEqual(14);
      expect(passwordProblem(password, "nguoi.dung@demo.local")).toBeNull();
    }
  });

  it("does not repeat itself", () => {
    const passwords = new Set(Array.from({ length: 500 }, () => generateTemporaryPassword("a@b.vn")));
    expect(passwords.size).toBe(500);
  });
});
