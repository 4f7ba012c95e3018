// Types for server-action.mjs (plain JavaScript, run by Node without a build step).
export declare function serverActionId(options: { distDir: string; file: string; name: string; page?: string }): string;
export declare function encodeActionArguments(args: unknown[]): string;
export declare function decodeActionAnswer(text: string): unknown;
export declare function callServerAction(options: {
  pageUrl: string;
  actionId: string;
  args: unknown[];
  origin: string;
  cookie?: string;
  signal?: AbortSignal;
}): Promise<{ status: number; result: unknown }>;
