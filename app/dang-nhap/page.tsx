import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { Masthead } from "@/components/site/masthead";
import { getSiteSettings, helpdeskOf } from "@/lib/site/settings";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Đăng nhập" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; "da-dat-lai-mat-khau"?: string }>;
}) {
  if (await getActor()) redirect("/quan-ly");
  const { callbackUrl, "da-dat-lai-mat-khau": passwordReset } = await searchParams;
  const site = await getSiteSettings();
  const next = callbackUrl ? new URL(callbackUrl, "http://x").pathname : undefined;
  return (
    <main id="noi-dung" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      {/* The portal's identity, so staff know whose sign-in this is (issue 14). */}
      <header className="mb-6 border-b-4 border-brand-600 pb-4 text-ink">
        <Link href="/" className="block">
          <Masthead site={site} tone="dark" />
        </Link>
      </header>
      <Link href="/" className="mb-6 text-sm text-brand-700 underline">← Về trang chủ</Link>
      <h1 className="mb-2 text-2xl font-bold">Đăng nhập</h1>
      <p className="mb-6 text-sm text-muted">Dành cho cán bộ đầu mối các sở, ngành, địa phương.</p>
      {passwordReset !== undefined && (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          Đã đặt mật khẩu mới. Vui lòng đăng nhập bằng mật khẩu mới.
        </p>
      )}
      <SignInForm next={next} helpdesk={helpdeskOf(site)} />
      <p className="mt-4 text-center text-sm">
        <Link href="/quen-mat-khau" className="text-brand-700 underline">Quên mật khẩu?</Link>
      </p>
    </main>
  );
}
