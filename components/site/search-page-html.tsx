import { renderToStaticMarkup } from "react-dom/server";
import { SearchView } from "@/components/site/search-view";
import type { SearchPageData } from "@/lib/search/load";
import { searchPageTitle } from "@/lib/search/params";
import { fillPageShell, type PageShell } from "@/lib/site/page-shell";

/**
 * A search's whole page: its view rendered by React alone, in the shell of the empty search page.
 * For the search route (pages/api/tim-kiem.tsx) only: react-dom/server has no place in the App Router.
 */
export function searchPageHtml(shell: PageShell, data: SearchPageData): string {
  // The shell's title is "Tìm kiếm | <site>" as Next's metadata made it; React escapes the same way.
  const emptyTitle = renderToStaticMarkup(<>{searchPageTitle("")}</>);
  const title = renderToStaticMarkup(<>{searchPageTitle(data.request.query.text)}</>);
  return fillPageShell(shell, {
    title: shell.title.startsWith(emptyTitle) ? title + shell.title.slice(emptyTitle.length) : title,
    main: renderToStaticMarkup(<SearchView data={data} />),
  });
}
