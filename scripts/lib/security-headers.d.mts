// Types for security-headers.mjs (plain JavaScript, run by Node without a build step).
import type { IncomingMessage, ServerResponse } from "node:http";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

export declare const STRICT_TRANSPORT_SECURITY: "strict-transport-security";
export declare const SCRIPTLESS_POLICY: string;
export declare function contentSecurityPolicy(scriptHashes: string[]): string;
export declare function requestIsHttps(req: IncomingMessage, trustedProxies: number): boolean;
export declare function withTransportSecurity(trustedProxies: number, handler: RequestHandler): RequestHandler;
export declare function policyForPage(
  body: Buffer,
  contentEncoding: string | string[] | number | undefined,
  isFrameworkScript: (text: string) => boolean,
  onUnknownScript?: (text: string) => void,
): string | null;
export declare function withPagePolicy(
  handler: RequestHandler,
  options?: { isFrameworkScript?: (text: string) => boolean; onUnknownScript?: (text: string) => void },
): RequestHandler;
