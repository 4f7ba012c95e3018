"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavigationLink } from "@/lib/workspace/navigation";

export function WorkspaceNav({ links }: { links: NavigationLink[] }) {
  // Never null in the App Router; the type allows it since pages/ exists (pages/api/tim-kiem.tsx).
  const pathname = usePathname() ?? "";
  return (
    <nav aria-label="Bàn làm việc" className="border-b border-gray-200 bg-white">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4">
        {links.map((link) => {
          const current = link.href === "/quan-ly" ? pathname === link.href : pathname.startsWith(link.href);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className="inline-block border-b-2 border-transparent px-3 py-2 text-sm hover:text-brand-700 aria-[current=page]:border-brand-600 aria-[current=page]:font-semibold"
              >
                {link.label}
                {link.count ? <span className="ml-1 rounded-full bg-brand-700 px-2 text-xs font-bold text-white">{link.count}</span> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
