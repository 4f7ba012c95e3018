import { describe, expect, it } from "vitest";
import { signInMessage, throttled } from "./messages";

const helpdesk = { phone: "0200 3812 399", email: "hotro@stp.example.vn" };

describe("sign-in messages", () => {
  it("say how many minutes to wait and whom to contact", () => {
    expect(signInMessage(throttled(4), helpdesk)).toBe(
      "Đã có quá nhiều lần đăng nhập không thành công. Vì an toàn, vui lòng thử lại sau 4 phút, " +
        "hoặc liên hệ bộ phận hỗ trợ của cổng thông tin: điện thoại 0200 3812 399, email hotro@stp.example.vn.",
    );
    expect(signInMessage("THROTTLED:15", { email: "hotro@stp.example.vn" })).toContain("sau 15 phút, hoặc liên hệ bộ phận hỗ trợ của cổng thông tin: email hotro@stp.example.vn.");
    expect(signInMessage("THROTTLED:1", {})).toContain("sau 1 phút, hoặc liên hệ quản trị cổng thông tin của đơn vị bạn.");
  });

  it("round a wait up to whole minutes, at least one", () => {
    expect([throttled(0), throttled(0.2), throttled(2.01)]).toEqual(["THROTTLED:1", "THROTTLED:1", "THROTTLED:3"]);
  });

  it("fall back to a general message for any code they do not know", () => {
    expect(signInMessage("INVALID", helpdesk)).toBe("Email hoặc mật khẩu không đúng.");
    for (const code of [undefined, null, "", "THROTTLED", "THROTTLED:abc", "CredentialsSignin", "<b>x</b>"])
      expect(signInMessage(code, helpdesk)).toBe("Không đăng nhập được. Vui lòng thử lại.");
  });
});
