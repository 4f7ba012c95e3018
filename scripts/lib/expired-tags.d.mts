// Types for expired-tags.mjs (plain JavaScript, run by Node without a build step).
export declare function noteExpired(tags: string | string[], at?: number): void;
export declare function expiredSince(tags: string | string[] | null | undefined, since: number): boolean;
