import Link from "next/link";

export function SiteHeader({ siteName }: { siteName: string }) {
  return (
    <header className="border-b-4 border-brand-600 bg-brand-700 text-white">
      <a
        href="#noi-dung"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-800"
      >
        Bỏ qua, đến nội dung chính
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4">
        <Link href="/" className="text-lg font-bold leading-tight sm:text-xl">
          {siteName}
        </Link>
        <nav aria-label="Tiện ích" className="no-print flex items-center gap-4 text-sm">
          <Link href="/dang-nhap" className="underline-offset-4 hover:underline">Đăng nhập</Link>
        </nav>
      </div>
    </header>
  );
}
