import { COMMON_PASSWORDS } from "./common-passwords";

export const MIN_PASSWORD_LENGTH = 10;

/** The first rule a new password breaks, in Vietnamese, or null when it is acceptable. */
export function passwordProblem(password: string, email: string): string | null {
  const candidate = password.normalize("NFC");
  if ([...candidate].length < MIN_PASSWORD_LENGTH) return `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`;
  const lowered = candidate.toLowerCase();
  const normalizedEmail = email.trim().toLowerCase();
  const localPart = normalizedEmail.split("@")[0];
  if (lowered === normalizedEmail || (localPart.length >= 4 && lowered.includes(localPart))) {
    return "Mật khẩu không được trùng hoặc chứa địa chỉ email của bạn.";
  }
  if (COMMON_PASSWORDS.has(lowered)) return "Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác.";
  if (/^(.)\1+$/u.test(candidate)) return "Mật khẩu không được chỉ gồm một ký tự lặp lại.";
  return null;
}
