import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { isTakenDownArticle } from "@/lib/site/article-gate";
import { TAKEN_DOWN_ROUTE } from "@/lib/site/url";
import { mergedUnitRedirect } from "@/lib/units/redirect-gate";

// A first gate for the workspace: people without a session go to Đăng nhập. Every workspace page
// still checks the session itself (getActor), which also refuses deactivated accounts.
const workspaceGate = withAuth({ pages: { signIn: "/dang-nhap" } });

const ARTICLE_PATH = /^\/bai-viet\/([^/]+)\/?$/;

// An App Router page cannot choose the status 410, so the decision is made here, before the
// (cached) article page is looked up, from the process's list of taken-down addresses.
async function articleGate(request: NextRequest): Promise<NextResponse> {
  const match = ARTICLE_PATH.exec(request.nextUrl.pathname);
  if (!match) return NextResponse.next();
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    return NextResponse.next();
  }
  try {
    if (await isTakenDownArticle(slug)) return NextResponse.rewrite(new URL(TAKEN_DOWN_ROUTE, request.url));
  } catch (error) {
    // The database is unreachable: the page (cached, or its own error) answers instead.
    console.error("Không kiểm tra được trạng thái bài viết:", error);
  }
  return NextResponse.next();
}

const UNIT_PATH = /^\/don-vi\/([^/]+)(\/rss)?\/?$/;

// A merged unit's page and feed move for good to its successor: 301, which a page cannot choose.
async function unitGate(request: NextRequest): Promise<NextResponse> {
  const match = UNIT_PATH.exec(request.nextUrl.pathname);
  if (!match) return NextResponse.next();
  try {
    const to = await mergedUnitRedirect(decodeURIComponent(match[1]));
    if (to) {
      const url = new URL(`/don-vi/${encodeURIComponent(to)}${match[2] ?? ""}`, request.url);
      url.search = request.nextUrl.search;
      return NextResponse.redirect(url, 301);
    }
  } catch (error) {
    // A malformed address or an unreachable database: the page answers instead (404, or its own 308).
    console.error("Không kiểm tra được địa chỉ đơn vị:", error);
  }
  return NextResponse.next();
}

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  if (request.nextUrl.pathname.startsWith("/bai-viet/")) return articleGate(request);
  if (request.nextUrl.pathname.startsWith("/don-vi/")) return unitGate(request);
  return workspaceGate(request as NextRequestWithAuth, event);
}

export const config = { matcher: ["/quan-ly", "/quan-ly/:path*", "/bai-viet/:slug", "/don-vi/:slug", "/don-vi/:slug/rss"] };
