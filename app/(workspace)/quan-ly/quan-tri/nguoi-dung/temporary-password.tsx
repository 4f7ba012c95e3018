import { useId } from "react";

/** The temporary password right after it was made: it is never stored in clear, so this is the only time. */
export function TemporaryPassword({ email, password }: { email: string; password: string }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="rounded border-2 border-amber-500 bg-amber-50 p-4">
      <h3 id={headingId} className="font-bold text-amber-900">Mật khẩu tạm thời — chỉ hiển thị một lần</h3>
      <p className="mt-2 text-sm">
        Tài khoản: <strong>{email}</strong>
      </p>
      <p className="mt-1 text-sm">
        Mật khẩu: <code className="select-all rounded bg-white px-2 py-1 font-mono text-lg tracking-wide">{password}</code>
      </p>
      <p className="mt-2 text-sm text-amber-900">
        Hãy chép lại và chuyển cho người dùng qua kênh an toàn. Trang này sẽ không hiện lại mật khẩu; người dùng phải đổi
        mật khẩu ở lần đăng nhập đầu tiên.
      </p>
    </section>
  );
}
