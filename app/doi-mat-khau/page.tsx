import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { signOutEverywhereAction } from "./actions";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Đổi mật khẩu" };

// Outside the workspace layout on purpose: that layout sends people who must change their
// temporary password here, and must not send them in a circle.
export default async function ChangePasswordPage() {
  const actor = await getActor();
  if (!actor) redirect("/dang-nhap");
  return (
    <main id="noi-dung" className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-2xl font-bold">Đổi mật khẩu</h1>
      {actor.mustChangePassword && (
        <p role="status" className="mt-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          Bạn đang dùng mật khẩu tạm thời do quản trị cấp. Vui lòng đặt mật khẩu mới trước khi làm việc.
        </p>
      )}
      <p className="mt-2 text-sm text-muted">Sau khi đổi, mọi thiết bị khác đang đăng nhập tài khoản này sẽ bị đăng xuất; thiết bị này vẫn tiếp tục.</p>
      <div className="mt-6">
        <ChangePasswordForm />
      </div>
      <form action={signOutEverywhereAction} className="mt-10 border-t border-gray-200 pt-6">
        <p className="text-sm text-muted">Nếu nghi ngờ tài khoản bị người khác sử dụng:</p>
        <button type="submit" className="mt-2 rounded border border-gray-400 px-3 py-1 text-sm hover:bg-gray-100">
          Đăng xuất khỏi mọi thiết bị
        </button>
      </form>
    </main>
  );
}
