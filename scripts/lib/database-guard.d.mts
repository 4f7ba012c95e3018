// Types for database-guard.mjs (plain JavaScript, run by Node without a build step).
import type { IncomingMessage, ServerResponse } from "node:http";

export declare const UNAVAILABLE_HTML: string;

export declare function createDatabaseGuard(options: {
  probe: { reachable(): Promise<boolean> };
  deadlineMs?: number;
  exempt?: (url: string) => boolean;
  onChange?: (down: boolean) => void;
}): {
  handle(req: IncomingMessage, res: ServerResponse, next: (req: IncomingMessage, res: ServerResponse) => unknown): Promise<unknown>;
  check(): Promise<boolean>;
  isDown(): boolean;
};
