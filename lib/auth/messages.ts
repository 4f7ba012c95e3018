// Shared by the server (which returns the codes) and the sign-in form (which shows the text).
export type SignInFailure = "EMPTY" | "INVALID";

export const SIGN_IN_MESSAGES: Record<SignInFailure | "DEFAULT", string> = {
  EMPTY: "Vui lòng nhập email và mật khẩu.",
  INVALID: "Email hoặc mật khẩu không đúng.",
  DEFAULT: "Không đăng nhập được. Vui lòng thử lại.",
};
