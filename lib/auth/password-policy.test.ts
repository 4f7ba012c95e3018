import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

const EMAIL = "nguyen.van.an@tuphap.gov.vn";

describe("the password policy", () => {
  it("accepts a long, personal password", () => {
    expect(passwordProblem("Sông Hồng chảy về biển 2026", EMAIL)).toBeNull();
  });

  it.each([
    ["Ngắn@1", "Mật khẩu phải có ít nhất 10 ký tự."],
    ["123456789", "Mật khẩu phải có ít nhất 10 ký tự."],
    [EMAIL, "Mật khẩu không được trùng hoặc chứa địa chỉ email của bạn."],
    ["NGUYEN.VAN.AN@TUPHAP.GOV.VN", "Mật khẩu không được trùng hoặc chứa địa chỉ email của bạn."],
    ["nguyen.van.an2026!", "Mật khẩu không được trùng hoặc chứa địa chỉ email của bạn."],
    ["Matkhau@123", "Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác."],
    ["1234567890", "Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác."],
    ["aaaaaaaaaaaa", "Mật khẩu không được chỉ gồm một ký tự lặp lại."],
  ])("refuses %s", (password, message) => {
    expect(passwordProblem(password, EMAIL)).toBe(message);
  });

  it("counts Vietnamese letters as one character each, whatever their Unicode form", () => {
    const nineLetters = "Đường Huế".normalize("NFD"); // 9 letters, more code points in NFD
    expect(passwordProblem(nineLetters, EMAIL)).toBe("Mật khẩu phải có ít nhất 10 ký tự.");
  });
});
