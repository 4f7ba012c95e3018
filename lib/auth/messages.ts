// Shared by the server (which returns the codes) and the sign-in form (which shows the text).
export type SignInFailure = "EMPTY" | "INVALID" | "THROTTLED";

export const SIGN_IN_MESSAGES: Record<SignInFailure | "DEFAULT", string> = {
  EMPTY: "Vui lòng nhập email và mật khẩu.",
  INVALID: "Email hoặc mật khẩu không đúng.",
  THROTTLED: "Bạn đã đăng nhập sai quá nhiều lần. Vì an toàn, vui lòng thử lại sau 15 phút.",
  DEFAULT: "Không đăng nhập được. Vui lòng thử lại.",
};
