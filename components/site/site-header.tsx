import { SiteLink as Link } from "@/components/site/site-link";
import type { PublicCategory } from "@/lib/site/directory";
import { SITE_SECTIONS } from "@/lib/site/sections";
import type { SiteSettings } from "@/lib/site/settings";
import { CategoryDrawer } from "./category-drawer";
import { Masthead } from "./masthead";

const MENU_LINK =
  "block rounded px-3 py-2.5 hover:underline aria-[current=page]:bg-white/15 aria-[current=page]:underline aria-[current=true]:underline lg:px-1 lg:py-1";

export function SiteHeader({ site, categories }: { site: SiteSettings; categories: PublicCategory[] }) {
  return (
    <header className="no-print border-b-4 border-brand-600 bg-brand-700 text-white">
      <a
        href="#noi-dung"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-800"
      >
        Bỏ qua, đến nội dung chính
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="min-w-0 max-w-full">
          <Masthead site={site} />
        </Link>
        <div className="flex w-full items-center gap-4 text-sm md:w-auto">
          <form action="/tim-kiem" method="get" role="search" aria-label="Tìm kiếm nhanh" className="flex min-w-0 flex-1 md:flex-none">
            <label htmlFor="o-tim-kiem" className="sr-only">
              Tìm kiếm
            </label>
            <input
              id="o-tim-kiem"
              name="q"
              type="search"
              placeholder="Tìm kiếm…"
              className="w-full min-w-0 rounded-l border-0 bg-white px-3 py-1.5 text-ink placeholder:text-gray-600 md:w-56"
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
        <CategoryDrawer>
          {/* Server HTML: a column in the drawer, a wrapping row from 1024 px (never a sideways scroll). */}
          <ul className="flex flex-col gap-0.5 p-2 text-sm font-semibold lg:mx-auto lg:max-w-6xl lg:flex-row lg:flex-wrap lg:gap-x-4 lg:gap-y-0 lg:px-4 lg:py-1.5">
            <li>
              <Link href="/" className={MENU_LINK}>Trang chủ</Link>
            </li>
            {categories.map((category) => (
              <li key={category.id}>
                <Link href={`/chuyen-muc/${category.slug}`} className={MENU_LINK}>
                  {category.name}
                </Link>
              </li>
            ))}
            {SITE_SECTIONS.map((section) => (
              <li key={section.href}>
                <Link href={section.href} className={MENU_LINK}>
                  {section.label}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/don-vi" className={MENU_LINK}>Đơn vị</Link>
            </li>
          </ul>
        </CategoryDrawer>
      </nav>
    </header>
  );
}
