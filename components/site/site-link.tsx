import type { AnchorHTMLAttributes } from "react";

/**
 * A link between public pages: a plain <a>, not next/link. Each next/link is a client component
 * that hydrates, watches the viewport and prefetches the pages it points to — on a home page of
 * a hundred links, work and data a cheap phone on a slow connection pays for before the reader
 * taps anything. Public pages come from the page cache in milliseconds, so an ordinary navigation
 * is fast enough, and the page needs less JavaScript and a smaller RSC payload.
 */
export function SiteLink(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} />;
}
