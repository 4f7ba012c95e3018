// "Sao chép liên kết": public/js/site.js copies `url` and says so in the status beside the button
// (or, with no clipboard, shows the link to copy by hand). Hidden until the script shows it.
export function CopyLinkButton({ url, className }: { url: string; className: string }) {
  return (
    <>
      {/* suppressHydrationWarning: where React hydrates the page (next dev), the script may have shown it. */}
      <button type="button" hidden data-copy-link={url} suppressHydrationWarning className={className}>
        Sao chép liên kết
      </button>
      <span role="status" className="text-sm text-green-800" />
    </>
  );
}
