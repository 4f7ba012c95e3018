// Types for static-html.mjs (plain JavaScript, run by Node without a build step).
import type { IncomingMessage, ServerResponse } from "node:http";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

export declare const STATIC_HTML_MAX_BYTES: number;
export declare function publicPageRequest(req: Pick<IncomingMessage, "method" | "url" | "headers">): boolean;
export declare function appRouterAnswer(res: Pick<ServerResponse, "getHeader">): boolean;
export declare function needsRuntime(html: string): boolean;
export declare function withoutNextRuntime(html: string): { html: string; removedHashes: string[] };
export declare function derivedEtag(etag: string | string[] | number | undefined): string | null;
export declare function staticPageBody(body: Buffer, contentEncoding: string | string[] | number | undefined): { body: Buffer; removedHashes: string[] } | null;
export declare function withStaticPublicHtml(
  handler: RequestHandler,
  options?: { maxBytes?: number; onError?: (error: unknown, url: string | undefined) => void },
): RequestHandler;
