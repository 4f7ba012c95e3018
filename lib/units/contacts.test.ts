import { describe, expect, it } from "vitest";
import { telHref, unitEmailField, unitPhoneField } from "./contacts";

describe("telHref", () => {
  it.each([
    ["0274 3822 123", "tel:02743822123"],
    ["(0274) 3.822.123", "tel:02743822123"],
    ["+84 274 3822 123", "tel:+842743822123"],
  ])("dials %j as %s", (phone, href) => expect(telHref(phone)).toBe(href));
});

describe("contact fields", () => {
  it("keep a phone as written, trimmed, and an empty one as none", () => {
    expect(unitPhoneField.parse("  0274  3822 123 ")).toBe("0274 3822 123");
    expect(unitPhoneField.parse("")).toBeNull();
    expect(unitPhoneField.parse(undefined)).toBeNull();
  });

  it("keep an email in lower case", () => {
    expect(unitEmailField.parse(" SoTuPhap@BinhDuong.gov.vn ")).toBe("sotuphap@binhduong.gov.vn");
    expect(unitEmailField.safeParse("sotuphap@").success).toBe(false);
  });
});
