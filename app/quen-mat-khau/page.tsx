import type { Metadata } from "next";
import Link from "next/link";
import { RESET_LINK_MINUTES } from "@/lib/auth/password-reset-token";
import { emailConfigured } from "@/lib/notifications/email";
import { getSiteSettings, helpdeskOf } from "@/lib/site/settings";
import { ForgotPasswordForm } from "./forgot-password-form";
import { HelpdeskContact } from "./helpdesk-contact";

export const metadata: Metadata = { title: "Quên mật khẩu?", robots: { index: false } };

// Whether email can be sent is read at request time: the build does not know the server's SMTP_URL.
export const dynamic = "force-dynamic";

export default async function ForgotPasswordPage() {
  const helpdesk = helpdeskOf(await getSiteSettings());
  return (
    <main id="noi-dung" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <Link href="/dang-nhap" className="mb-6 text-sm text-brand-700 underline">← Về trang Đăng nhập</Link>
      <h1 className="mb-2 text-2xl font-bold">Quên mật khẩu?</h1>
      {emailConfigured() ? (
        <>
          <p className="mb-6 text-sm text-muted">
            Nhập email bạn dùng để đăng nhập. Cổng thông tin sẽ gửi tới email đó một liên kết để đặt mật khẩu mới, dùng được
            một lần trong {RESET_LINK_MINUTES} phút.
          </p>
          <ForgotPasswordForm />
          <div className="mt-8 border-t border-gray-200 pt-4 text-sm">
            <p className="mb-1">Không còn dùng được email đó?</p>
            <HelpdeskContact helpdesk={helpdesk} />
          </div>
        </>
      ) : (
        <div className="space-y-3 text-sm">
          <p>Cổng thông tin hiện chưa gửi thư tự động, nên không thể gửi liên kết đặt lại mật khẩu qua email.</p>
          <p>Quản trị cổng thông tin sẽ cấp cho bạn một mật khẩu tạm thời; bạn đặt mật khẩu mới ngay khi đăng nhập.</p>
          <HelpdeskContact helpdesk={helpdesk} />
        </div>
      )}
    </main>
  );
}
