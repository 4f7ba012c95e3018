// Shared by the server (which returns the codes) and the sign-in form (which shows the text).
// A throttled attempt travels as "THROTTLED:<minutes>", through next-auth's error parameter.
export type SignInFailure = "EMPTY" | "INVALID" | `THROTTLED:${number}`;

export type Helpdesk = { phone?: string; email?: string };

export const SIGN_IN_MESSAGES = {
  EMPTY: "Vui lòng nhập email và mật khẩu.",
  INVALID: "Email hoặc mật khẩu không đúng.",
  DEFAULT: "Không đăng nhập được. Vui lòng thử lại.",
};

export function throttled(minutes: number): SignInFailure {
  return `THROTTLED:${Math.max(1, Math.ceil(minutes))}`;
}

/** "điện thoại …, email …" from the site settings, or null when the administrator set neither. */
export function helpdeskContact(helpdesk: Helpdesk): string | null {
  const parts = [helpdesk.phone && `điện thoại ${helpdesk.phone}`, helpdesk.email && `email ${helpdesk.email}`].filter(Boolean);
  return parts.length ? parts.join(", ") : null;
}

/** The sentence that sends someone who cannot get in to a person who can help. */
export function helpdeskSentence(helpdesk: Helpdesk): string {
  const contact = helpdeskContact(helpdesk);
  return contact
    ? `liên hệ bộ phận hỗ trợ của cổng thông tin: ${contact}`
    : "liên hệ quản trị cổng thông tin của đơn vị bạn";
}

/**
 * What the sign-in form shows for a code. Unknown emails are throttled exactly like accounts, and the
 * text never speaks of an account, so it reveals nothing about whether one exists.
 */
export function signInMessage(code: string | null | undefined, helpdesk: Helpdesk): string {
  if (code === "EMPTY" || code === "INVALID") return SIGN_IN_MESSAGES[code];
  const wait = /^THROTTLED:(\d{1,4})$/.exec(code ?? "");
  if (wait) {
    return (
      `Đã có quá nhiều lần đăng nhập không thành công. Vì an toàn, vui lòng thử lại sau ${Number(wait[1])} phút, ` +
      `hoặc ${helpdeskSentence(helpdesk)}.`
    );
  }
  return SIGN_IN_MESSAGES.DEFAULT;
}
