import { FormField } from "@/components/ui/form-field";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";

/** "Mật khẩu mới" with the policy as its hint, and "Nhập lại mật khẩu mới": every road to a new password. */
export function NewPasswordFields({ errors }: { errors: Record<string, string> }) {
  return (
    <>
      <FormField
        label="Mật khẩu mới"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint={`Ít nhất ${MIN_PASSWORD_LENGTH} ký tự, không chứa email, không dùng mật khẩu phổ biến.`}
        error={errors.newPassword}
      />
      <FormField label="Nhập lại mật khẩu mới" name="confirmPassword" type="password" autoComplete="new-password" error={errors.confirmPassword} />
    </>
  );
}
