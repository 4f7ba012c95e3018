// The section menu of the public header. Below 1024 px it is a drawer behind the "Chuyên mục" button;
// from 1024 px the same list (server HTML, passed as children) is shown inline. Public pages carry no
// React in the browser: public/js/site.js opens the drawer (focus kept inside, Esc, "Đóng" or the
// shade closes it and gives focus back to the button) and marks the page being read. Without the
// script the button is a link to the menu, which :target shows in place.

/** The drawer's classes, closed and open, for the script to swap (kept here for Tailwind to see). */
const DRAWER = { closed: "hidden lg:block", open: "fixed inset-0 z-50 flex lg:static lg:block" };
const PANEL = {
  closed: "contents",
  open: "h-full w-80 max-w-[85vw] overflow-y-auto bg-brand-800 shadow-xl lg:h-auto lg:w-auto lg:max-w-none lg:shadow-none",
};

// suppressHydrationWarning: where React does hydrate a public page (next dev), the script may already
// have changed these attributes.
export function CategoryDrawer({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a
        href="#menu-chuyen-muc"
        data-drawer-button
        suppressHydrationWarning
        className="flex min-h-11 items-center gap-2 px-4 py-2 text-sm font-semibold lg:hidden"
      >
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" fill="currentColor">
          <rect x="2" y="4" width="16" height="2" rx="1" />
          <rect x="2" y="9" width="16" height="2" rx="1" />
          <rect x="2" y="14" width="16" height="2" rx="1" />
        </svg>
        Chuyên mục
      </a>
      <div
        id="menu-chuyen-muc"
        data-drawer
        data-dialog-label="Chuyên mục"
        data-closed-class={DRAWER.closed}
        data-open-class={DRAWER.open}
        suppressHydrationWarning
        className={`${DRAWER.closed} target:block`}
      >
        <div data-drawer-panel data-closed-class={PANEL.closed} data-open-class={PANEL.open} suppressHydrationWarning className={PANEL.closed}>
          <div data-drawer-only hidden suppressHydrationWarning className="flex items-center justify-between border-b border-white/20 px-4 py-3 lg:hidden">
            <p className="font-bold">Chuyên mục</p>
            <button type="button" data-drawer-close className="min-h-11 rounded border border-white/60 px-3 text-sm font-semibold">
              Đóng
            </button>
          </div>
          {children}
        </div>
        <div data-drawer-only data-drawer-close hidden aria-hidden="true" suppressHydrationWarning className="flex-1 bg-black/50 lg:hidden" />
      </div>
    </>
  );
}
