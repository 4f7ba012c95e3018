// Types for request-log.mjs (plain JavaScript, run by Node without a build step).
import type { AsyncLocalStorage } from "node:async_hooks";
import type { IncomingMessage, ServerResponse } from "node:http";

export type RequestContext = { id: string; cacheTags: string | null; startedAt: number };
export declare const requestContext: AsyncLocalStorage<RequestContext>;
export declare function requestIdFor(req: IncomingMessage, trustedProxies: number): string;
export declare function createLineWriter(stream?: NodeJS.WritableStream, options?: { flushMs?: number; maxBytes?: number }): { write(line: string): void; flush(): void };
export declare function createRequestLog(options: { json: boolean; accessLog: boolean; out?: { write(line: string): void }; err?: { write(line: string): void } }): {
  log(level: string, message: string, fields?: Record<string, unknown>): void;
  captureConsole(): void;
  withRequestLog(trustedProxies: number, handler: (req: IncomingMessage, res: ServerResponse) => unknown): (req: IncomingMessage, res: ServerResponse) => unknown;
  flush(): void;
};
