// Types for page-cache.mjs (plain JavaScript, run by Node without a build step).
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

export declare const PAGE_CACHE_KEY: unique symbol;

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

export type PageCache = {
  handle(req: IncomingMessage, res: ServerResponse, next: RequestHandler): unknown;
  purge(): void;
  stats(): { entries: number; bytes: number; generation: number };
};

export declare function createPageCache(options?: { maxBytes?: number; maxEntryBytes?: number; ttlMs?: number; now?: () => number }): PageCache;

export declare function shareableResponse(statusCode: number, headers: OutgoingHttpHeaders | Record<string, string | string[]>): boolean;
