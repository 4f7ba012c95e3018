import { keptWithPublicPages } from "@/lib/site/kept-with-public-pages";
import { withoutNextRuntime } from "@/scripts/lib/static-html.mjs";
import { pageShell, type PageShell } from "@/lib/site/page-shell";

/** The page whose shell every search is shown in: the empty search form (app/(site)/tim-kiem/[[...form]]/page.tsx). */
export const SEARCH_SHELL_PATH = "/tim-kiem";

/** This server itself, as scripts/server.mjs listens: PORT, on every interface. */
function ownOrigin(): string {
  return `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

export type SearchShell = PageShell & {
  /**
   * The shell's Content-Security-Policy (scripts/lib/security-headers.mjs made it from the shell's
   * inline scripts). A search's page adds no script to it, so it is the page's policy too.
   */
  contentSecurityPolicy: string | null;
};

/**
 * The search page's shell, asked of this server like a reader would ask (the page cache's copy) and
 * kept with the public pages. Without Next's client runtime, always: its flight data describes the
 * empty form, which the runtime would put back in place of the results. The page cache's copy has it
 * cut already (scripts/lib/static-html.mjs), but not under `next dev` or with STATIC_PUBLIC_HTML=0.
 */
export const loadSearchShell = keptWithPublicPages(async (): Promise<SearchShell> => {
  const response = await fetch(`${ownOrigin()}${SEARCH_SHELL_PATH}`, {
    headers: { "accept-encoding": "identity" },
    signal: AbortSignal.timeout(10_000),
  });
  const shell = response.ok ? pageShell(withoutNextRuntime(await response.text()).html) : null;
  if (!shell) throw new Error(`no shell for the search page: ${SEARCH_SHELL_PATH} answered ${response.status}`);
  return { ...shell, contentSecurityPolicy: response.headers.get("content-security-policy") };
});
