// Types for rolling-restart.mjs (plain JavaScript, run by Node without a build step).
export declare function rollingRestart(options: {
  instances: { name: string; url: string; restart: () => Promise<void> }[];
  settleMs?: number;
  readyTimeoutMs?: number;
  log?: (line: string) => void;
}): Promise<void>;
