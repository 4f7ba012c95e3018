// Types for freezable-proxy.mjs (plain JavaScript, used by the tests).
export declare function startFreezableProxy(options: { targetHost: string; targetPort: number; port?: number }): Promise<{
  port: number;
  freeze(): void;
  thaw(): void;
  close(): Promise<void>;
}>;
