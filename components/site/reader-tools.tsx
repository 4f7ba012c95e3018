// Lets a reader enlarge the text (remembered on this device), listen to the article through the
// browser's speech synthesis (a Vietnamese voice when the device has one; hidden where there is no
// speech synthesis) and print it. Server HTML: public/js/site.js does the work and shows the buttons,
// so a reader without JavaScript never meets a button that does nothing. The row keeps its height
// while they are hidden, so showing them moves nothing below.

/**
 * The tools for the article found by `articleSelector`: its title and sapo (`[data-doc]`) and the
 * blocks of its body (`[data-doc-than] > *`) are read aloud, in order.
 */
export function ReaderTools({ articleSelector }: { articleSelector: string }) {
  const button =
    "inline-flex min-h-10 min-w-10 items-center justify-center rounded border border-gray-300 bg-white px-3 text-sm font-semibold hover:border-brand-600 hover:text-brand-700 disabled:opacity-50";
  // suppressHydrationWarning: where React does hydrate the page (next dev), the script may already
  // have shown or disabled a button.
  return (
    <div className="no-print" role="group" aria-label="Công cụ đọc bài" data-reader-tools={articleSelector}>
      <div className="flex min-h-10 flex-wrap items-center gap-2">
        <button type="button" hidden data-scale="-1" suppressHydrationWarning className={button}>
          {/* The accessible name starts with the visible text (WCAG 2.5.3), then says what it does. */}
          A−<span className="sr-only"> Giảm cỡ chữ</span>
        </button>
        <button type="button" hidden data-scale="1" suppressHydrationWarning className={button}>
          A+<span className="sr-only"> Tăng cỡ chữ</span>
        </button>
        <button type="button" hidden data-speak aria-pressed="false" suppressHydrationWarning className={button}>
          Nghe đọc bài
        </button>
        <button type="button" hidden data-print suppressHydrationWarning className={button}>
          In bài viết
        </button>
      </div>
      {/* Visible, not only announced: a reader hearing a foreign voice should see why. */}
      <p role="status" data-reader-status className="mt-2 text-sm text-muted" />
    </div>
  );
}
