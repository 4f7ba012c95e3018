"use client";

// The one client part of the public header. Below 1024 px the section menu (server HTML, passed as
// children) is a drawer behind the "Chuyên mục" button: focus stays inside while it is open, Esc or
// "Đóng" closes it and gives focus back to the button. From 1024 px the same list is shown inline.
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Marks the menu link of the page being read. The layout is cached for every page, so it cannot know
 * the address; an article's section is the category in its breadcrumb.
 */
function markCurrent(menu: HTMLElement, pathname: string) {
  const section = pathname.startsWith("/bai-viet/")
    ? document.querySelector('nav[aria-label="Đường dẫn"] a[href^="/chuyen-muc/"]')?.getAttribute("href")
    : null;
  for (const link of menu.querySelectorAll<HTMLAnchorElement>("a[href]")) {
    const href = link.getAttribute("href")!;
    const page = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
    if (page) link.setAttribute("aria-current", "page");
    else if (href === section) link.setAttribute("aria-current", "true");
    else link.removeAttribute("aria-current");
  }
}

export function CategoryDrawer({ children }: { children: React.ReactNode }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }, []);

  useEffect(() => {
    if (panel.current) markCurrent(panel.current, pathname);
    // A followed link closes the drawer (the new page keeps the header mounted).
    // eslint-disable-next-line react-hooks/set-state-in-effect -- following the router, not rendering
    setOpen(false);
  }, [pathname]);

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    // The page behind must not scroll under the drawer; and a window widened past 1024 px shows the
    // inline menu, so the drawer closes.
    const overflow = document.body.style.overflow;
    document.body.style.overflow = "hidden";
    const wide = window.matchMedia("(min-width: 1024px)");
    const onWide = () => wide.matches && close(false);
    wide.addEventListener("change", onWide);
    return () => {
      document.body.style.overflow = overflow;
      wide.removeEventListener("change", onWide);
    };
  }, [open, close]);

  function onKeyDown(event: React.KeyboardEvent) {
    if (!open) return;
    if (event.key === "Escape") {
      event.preventDefault();
      close(true);
      return;
    }
    if (event.key !== "Tab" || !panel.current) return;
    const focusable = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="menu-chuyen-muc"
        onClick={() => setOpen(true)}
        className="flex min-h-11 items-center gap-2 px-4 py-2 text-sm font-semibold lg:hidden"
      >
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" fill="currentColor">
          <rect x="2" y="4" width="16" height="2" rx="1" />
          <rect x="2" y="9" width="16" height="2" rx="1" />
          <rect x="2" y="14" width="16" height="2" rx="1" />
        </svg>
        Chuyên mục
      </button>
      <div
        id="menu-chuyen-muc"
        onKeyDown={onKeyDown}
        {...(open && { role: "dialog", "aria-modal": true, "aria-label": "Chuyên mục" })}
        className={open ? "fixed inset-0 z-50 flex lg:static lg:block" : "hidden lg:block"}
      >
        <div
          ref={panel}
          className={
            open
              ? "h-full w-80 max-w-[85vw] overflow-y-auto bg-brand-800 shadow-xl lg:h-auto lg:w-auto lg:max-w-none lg:shadow-none"
              : "contents"
          }
        >
          {open && (
            <div className="flex items-center justify-between border-b border-white/20 px-4 py-3 lg:hidden">
              <p className="font-bold">Chuyên mục</p>
              <button type="button" onClick={() => close(true)} className="min-h-11 rounded border border-white/60 px-3 text-sm font-semibold">
                Đóng
              </button>
            </div>
          )}
          {children}
        </div>
        {open && <div aria-hidden="true" onClick={() => close(true)} className="flex-1 bg-black/50 lg:hidden" />}
      </div>
    </>
  );
}
