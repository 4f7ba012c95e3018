import Link from "next/link";
import type { PublicCategory } from "@/lib/site/directory";

export function SiteHeader({ siteName, logo, categories }: { siteName: string; logo?: string; categories: PublicCategory[] }) {
  return (
    <header className="no-print border-b-4 border-brand-600 bg-brand-700 text-white">
      <a
        href="#noi-dung"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-800"
      >
        Bỏ qua, đến nội dung chính
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4">
        <Link href="/" className="flex min-w-0 items-center gap-3 text-lg font-bold leading-tight sm:text-xl">
          {/* eslint-disable-next-line @next/next/no-img-element -- the logo may be an SVG the administrator named by path */}
          {logo && <img src={logo} alt="" width={48} height={48} className="h-12 w-12 shrink-0 object-contain" />}
          <span className="min-w-0">{siteName}</span>
        </Link>
        <div className="flex w-full items-center gap-4 text-sm sm:w-auto">
          <form action="/tim-kiem" method="get" role="search" aria-label="Tìm kiếm nhanh" className="flex min-w-0 flex-1 sm:flex-none">
            <label htmlFor="o-tim-kiem" className="sr-only">
              Tìm kiếm
            </label>
            <input
              id="o-tim-kiem"
              name="q"
              type="search"
              placeholder="Tìm kiếm…"
              className="w-full min-w-0 rounded-l border-0 bg-white px-3 py-1.5 text-ink placeholder:text-gray-600 sm:w-56"
            />
            <button type="submit" className="shrink-0 whitespace-nowrap rounded-r bg-brand-800 px-3 py-1.5 font-semibold hover:bg-brand-600">
              Tìm kiếm
            </button>
          </form>
          <Link href="/dang-nhap" className="shrink-0 underline-offset-4 hover:underline">
            Đăng nhập
          </Link>
        </div>
      </div>
      <nav aria-label="Chuyên mục" className="bg-brand-800">
        <ul className="mx-auto flex max-w-6xl gap-x-5 overflow-x-auto whitespace-nowrap px-4 py-2 text-sm font-semibold">
          <li>
            <Link href="/" className="hover:underline">Trang chủ</Link>
          </li>
          {categories.map((category) => (
            <li key={category.id}>
              <Link href={`/chuyen-muc/${category.slug}`} className="hover:underline">
                {category.name}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/don-vi" className="hover:underline">Đơn vị</Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
