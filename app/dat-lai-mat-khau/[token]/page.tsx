import type { Metadata } from "next";
import Link from "next/link";
import { checkResetLink } from "@/lib/auth/reset-password-with-link";
import { ResetPasswordForm } from "./reset-password-form";

// The link's secret is in this page's address: no search engine keeps it, and no Referer carries it.
export const metadata: Metadata = { title: "Đặt lại mật khẩu", robots: { index: false }, referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await checkResetLink(token);
  return (
    <main id="noi-dung" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <Link href="/dang-nhap" className="mb-6 text-sm text-brand-700 underline">← Về trang Đăng nhập</Link>
      <h1 className="mb-2 text-2xl font-bold">Đặt lại mật khẩu</h1>
      {link.ok ? (
        <>
          <p className="mb-6 text-sm text-muted">
            Đặt mật khẩu mới cho tài khoản <strong>{link.email}</strong>. Sau khi đặt, mọi phiên đăng nhập cũ của tài khoản đều kết thúc.
          </p>
          <ResetPasswordForm token={token} email={link.email} />
        </>
      ) : (
        <>
          <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">{link.error}</p>
          <p className="mt-4 text-sm">
            <Link href="/quen-mat-khau" className="text-brand-700 underline">Yêu cầu liên kết mới</Link>
          </p>
        </>
      )}
    </main>
  );
}
