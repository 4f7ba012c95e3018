import { CopyLinkButton } from "./copy-link-button";

/** Share to Facebook and Zalo (their share pages, no script of theirs on ours) and copy the link. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const encoded = encodeURIComponent(url);
  const link =
    "inline-flex min-h-10 items-center rounded border border-gray-300 bg-white px-3 text-sm font-semibold hover:border-brand-600 hover:text-brand-700";
  return (
    <div className="no-print flex flex-wrap items-center gap-2" role="group" aria-label="Chia sẻ bài viết">
      <span className="text-sm text-muted">Chia sẻ:</span>
      <a
        className={link}
        href={`https://www.facebook.com/sharer/sharer.php?u=${encoded}`}
        target="_blank"
        rel="noopener noreferrer"
        aria-label={`Chia sẻ lên Facebook: ${title} (mở cửa sổ mới)`}
      >
        Facebook
      </a>
      <a
        className={link}
        href={`https://sp.zalo.me/share_inline?url=${encoded}`}
        target="_blank"
        rel="noopener noreferrer"
        aria-label={`Chia sẻ qua Zalo: ${title} (mở cửa sổ mới)`}
      >
        Zalo
      </a>
      <CopyLinkButton url={url} className={link} />
    </div>
  );
}
