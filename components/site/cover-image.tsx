import type { CoverImage as Cover } from "@/lib/articles/public-queries";
import { fileUrl } from "@/lib/storage/urls";

type Props = {
  cover: Cover;
  /** The `sizes` attribute: how wide the slot is at each screen width. */
  slot: string;
  /** Above the fold (the lead story, an article's cover): fetched first instead of lazily. */
  priority?: boolean;
  className?: string;
};

/**
 * A cover from the file route with the sizes stored at upload (srcset), so a phone takes the small one.
 * Deliberately not next/image: its optimizer fetches /tep without the reader's cookies (a draft's cover
 * would not show in the preview) and keeps its copies for as long as it likes (a taken-down cover would
 * outlive the take-down); /tep decides both for every size.
 */
export function CoverImage({ cover, slot, priority = false, className }: Props) {
  const candidates = [...cover.sizes, ...(cover.width ? [{ storageKey: cover.storageKey, width: cover.width }] : [])].sort((a, b) => a.width - b.width);
  return (
    // eslint-disable-next-line @next/next/no-img-element -- see above: the file route, not the optimizer, decides who gets the bytes
    <img
      src={fileUrl(cover.storageKey)}
      srcSet={candidates.length > 1 ? candidates.map((c) => `${fileUrl(c.storageKey)} ${c.width}w`).join(", ") : undefined}
      sizes={candidates.length > 1 ? slot : undefined}
      alt={cover.alt}
      width={cover.width ?? 1200}
      height={cover.height ?? 675}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
      className={className}
    />
  );
}
