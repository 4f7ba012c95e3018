// Types for client-address.mjs (plain JavaScript, run by Node without a build step).
import type { IncomingMessage, ServerResponse } from "node:http";

export declare const CLIENT_ADDRESS_HEADER: "x-pbgdpl-client-address";

export declare function trustedProxyCount(value?: string): number;

export declare function normalizeAddress(value: unknown): string;

export declare function clientAddressFrom(request: { forwardedFor?: string | string[]; socketAddress?: string; trustedProxies: number }): string;

export declare function stampClientAddress(req: IncomingMessage, trustedProxies: number): string;

export declare function withClientAddress(
  trustedProxies: number,
  handler: (req: IncomingMessage, res: ServerResponse) => unknown,
): (req: IncomingMessage, res: ServerResponse) => unknown;
