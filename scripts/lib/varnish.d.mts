// Types for varnish.mjs (plain JavaScript, run by Node without a build step).
import type { IncomingMessage, ServerResponse } from "node:http";

export declare function varnishPurgeUrls(value?: string): string[];
export declare function purgeHeaderValues(tags: string[]): string[];
export declare function purgeVarnishTags(tags: string[], options?: { urls?: string[] }): Promise<void>;
export declare function xkeyValue(nextCacheTags: string | null | undefined): string;
export declare function withXkeyHeader(
  context: { getStore(): { cacheTags: string | null; startedAt: number } | undefined },
  handler: (req: IncomingMessage, res: ServerResponse) => unknown,
): (req: IncomingMessage, res: ServerResponse) => unknown;
export declare const EVERY_PAGE_TAG: string;
export declare function purgeEveryPage(options?: { urls?: string[] }): Promise<void>;
