// Types for held-response.mjs (plain JavaScript, run by Node without a build step).
import type { ServerResponse } from "node:http";

export declare function headerText(value: unknown): string;
export declare function isHtml(res: ServerResponse): boolean;
export declare function applyHeaders(res: ServerResponse, headers: unknown): void;
export declare function asBuffer(chunk: unknown, encoding?: unknown): Buffer | null;
export declare function contentCoders(encoding: string | string[] | number | undefined): { decode(body: Buffer): Buffer; encode(body: Buffer): Buffer } | undefined;
export declare function holdResponse(
  res: ServerResponse,
  options: { hold: () => boolean; send: (body: Buffer, end: (body?: Buffer) => unknown) => unknown; maxBytes?: number },
): void;
