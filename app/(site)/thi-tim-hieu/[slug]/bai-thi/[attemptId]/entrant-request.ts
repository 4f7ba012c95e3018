import type { NextRequest } from "next/server";
import { contestCookieName } from "@/lib/contests/entrant-token";
import { isSameOrigin } from "@/lib/http/same-origin";

// What both POST routes of an attempt read: the entrant's secret for the attempt's contest, and the
// body as JSON (the page's script) or as a form (the page without JavaScript). Posts from other sites
// are refused: the cookie is sent with them, the Origin header gives them away.

export function attemptIdOf(value: string): number | null {
  return /^\d{1,9}$/.test(value) ? Number(value) : null;
}

export function entrantToken(request: NextRequest, contestId: number): string | undefined {
  return request.cookies.get(contestCookieName(contestId))?.value;
}

export function fromOurPages(request: NextRequest): boolean {
  return isSameOrigin(request);
}

export function isJson(request: NextRequest): boolean {
  return (request.headers.get("content-type") ?? "").includes("application/json");
}
