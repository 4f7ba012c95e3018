import { describe, expect, it } from "vitest";
import { hashPassword, UNUSABLE_PASSWORD_HASH, verifyPassword } from "./password";

describe("password hashing", () => {
  it("accepts the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("Demo@12345");
    expect(hash.startsWith("scrypt$")).toBe(true);
    expect(await verifyPassword("Demo@12345", hash)).toBe(true);
    expect(await verifyPassword("demo@12345", hash)).toBe(false);
  });

  it("salts every hash, so equal passwords do not give equal hashes", async () => {
    expect(await hashPassword("Mật khẩu an toàn")).not.toBe(await hashPassword("Mật khẩu an toàn"));
  });

  it("treats NFC and NFD spellings of a Vietnamese password as the same password", async () => {
    const hash = await hashPassword("Hòa Bình 2026!");
    expect(await verifyPassword("Hòa Bình 2026!".normalize("NFD"), hash)).toBe(true);
  });

  it("never matches the placeholder hash used for unknown accounts", async () => {
    expect(await verifyPassword("", UNUSABLE_PASSWORD_HASH)).toBe(false);
    expect(await verifyPassword("Demo@12345", UNUSABLE_PASSWORD_HASH)).toBe(false);
  });

  it("refuses a malformed stored hash instead of throwing", async () => {
    expect(await verifyPassword("x", "plain-text")).toBe(false);
  });
});
