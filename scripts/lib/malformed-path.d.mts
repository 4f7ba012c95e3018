// Types for malformed-path.mjs (plain JavaScript, run by Node without a build step).
import type { RequestHandler } from "./security-headers.mjs";

export declare function hasReadablePath(url: string | undefined): boolean;
export declare function refuseMalformedPath(handler: RequestHandler): RequestHandler;
