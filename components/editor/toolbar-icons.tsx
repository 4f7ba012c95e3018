// The editor toolbar's icons, drawn as SVG (symbols like ¶ ▦ ❝ ↶ and emoji show as boxes on office PCs
// without the font). Always decoration: each button carries its name in words (aria-label and tooltip).
import type { ReactNode } from "react";

function Svg({ children }: { children: ReactNode }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" className="h-5 w-5">
      {children}
    </svg>
  );
}

export const TOOLBAR_ICONS = {
  paragraph: <Svg><path d="M13 4v16M17 4v16M19 4H9.5a4.5 4.5 0 0 0 0 9H13" /></Svg>,
  heading2: <Svg><path d="M4 6v12M12 6v12M4 12h8" /><path d="M15.5 10.5a2.5 2.5 0 1 1 4.2 1.8L15 18h5" /></Svg>,
  heading3: <Svg><path d="M4 6v12M12 6v12M4 12h8" /><path d="M15.5 8.5h4l-2.5 3.5a3 3 0 1 1-2 5" /></Svg>,
  bold: <Svg><path d="M7 5h6a3.5 3.5 0 0 1 0 7H7zM7 12h7a3.5 3.5 0 0 1 0 7H7z" /></Svg>,
  italic: <Svg><path d="M19 4h-9M14 20H5M15 4 9 20" /></Svg>,
  underline: <Svg><path d="M6 4v6a6 6 0 0 0 12 0V4M4 20h16" /></Svg>,
  link: <Svg><path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71" /><path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71" /></Svg>,
  bulletList: <Svg><path d="M9 6h11M9 12h11M9 18h11" /><circle cx="4.5" cy="6" r="1" /><circle cx="4.5" cy="12" r="1" /><circle cx="4.5" cy="18" r="1" /></Svg>,
  orderedList: <Svg><path d="M10 6h10M10 12h10M10 18h10M4 5h1v4M4 9h2M4 15h2l-2 3h2" /></Svg>,
  quote: <Svg><path d="M3 21c3 0 7-1 7-8V5H3v7h4c0 4-2 6-4 6zM14 21c3 0 7-1 7-8V5h-7v7h4c0 4-2 6-4 6z" /></Svg>,
  rule: <Svg><path d="M3 12h18" /></Svg>,
  table: <Svg><rect x="3" y="4" width="18" height="16" rx="1" /><path d="M3 10h18M3 15h18M9 4v16M15 4v16" /></Svg>,
  undo: <Svg><path d="M9 14 4 9l5-5" /><path d="M4 9h11a5 5 0 0 1 0 10h-3" /></Svg>,
  redo: <Svg><path d="m15 14 5-5-5-5" /><path d="M20 9H9a5 5 0 0 0 0 10h3" /></Svg>,
} as const;
