import Link from "next/link";

const SECTIONS = [
  { href: "/quan-ly/quan-tri/nguoi-dung", label: "Người dùng" },
  { href: "/quan-ly/quan-tri/don-vi", label: "Đơn vị" },
  { href: "/quan-ly/quan-tri/chuyen-muc", label: "Chuyên mục" },
  { href: "/quan-ly/quan-tri/cai-dat", label: "Cài đặt" },
  { href: "/quan-ly/quan-tri/nhat-ky", label: "Nhật ký" },
] as const;

/** The administration sections, the current one marked for screen readers too. */
export function AdminNav({ current }: { current: (typeof SECTIONS)[number]["label"] }) {
  return (
    <nav aria-label="Quản trị" className="border-b border-gray-200">
      <ul className="flex flex-wrap gap-1 text-sm">
        {SECTIONS.map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              aria-current={section.label === current ? "page" : undefined}
              className="inline-block rounded-t px-3 py-2 hover:bg-gray-100 aria-[current=page]:border-b-2 aria-[current=page]:border-brand-700 aria-[current=page]:font-semibold"
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
