// Types for next-cache-handler.mjs (plain JavaScript, loaded by Next from next.config.ts).
export declare function touchesPublicPages(tags: string | string[]): boolean;
export declare function buildKeyPrefix(prefix: string, distDir?: string): string;

export default class PortalCacheHandler {
  constructor(context: { flushToDisk?: boolean; maxMemoryCacheSize?: number; revalidatedTags?: string[]; [key: string]: unknown });
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
}
