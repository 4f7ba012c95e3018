/**
 * A public page as a shell around its content: everything up to and including the opening tag of its
 * <main>, and everything from the closing one. The search route (pages/api/tim-kiem.tsx) puts its
 * results into the shell of the search page Next renders at /tim-kiem, so the masthead, the menu,
 * the footer and the whole <head> — stylesheet, fonts, metadata — are Next's, made once, not copied.
 * Pure.
 */
export type PageShell = {
  /** Up to the end of the opening <main …> tag. */
  start: string;
  /** From </main> to the end. */
  end: string;
  /** The <title>'s text as it stands in the HTML (escaped). */
  title: string;
};

/** The shell of a page, or null when it has no single <main> or no <title>. */
export function pageShell(html: string): PageShell | null {
  const open = /<main\b[^>]*>/i.exec(html);
  const close = html.lastIndexOf("</main>");
  const title = /<title>([^<]*)<\/title>/i.exec(html);
  if (!open || !title || close < open.index || html.indexOf("<main", open.index + 1) !== -1) return null;
  return { start: html.slice(0, open.index + open[0].length), end: html.slice(close), title: title[1] };
}

/**
 * The page with `main` as the content of its <main> and `title` (escaped) wherever the head gave the
 * shell's title: the <title> and the og: and twitter: titles.
 */
export function fillPageShell(shell: PageShell, { title, main }: { title: string; main: string }): string {
  const headEnd = shell.start.indexOf("</head>");
  const head = headEnd < 0 ? shell.start : shell.start.slice(0, headEnd);
  const retitled = head.replaceAll(`<title>${shell.title}</title>`, `<title>${title}</title>`).replaceAll(`content="${shell.title}"`, `content="${title}"`);
  return retitled + (headEnd < 0 ? "" : shell.start.slice(headEnd)) + main + shell.end;
}
