// Types for topology.mjs (plain JavaScript, run by Node without a build step).
import type { ChildProcess } from "node:child_process";

export type Instance = {
  name: string;
  port: number;
  url: string;
  process: ChildProcess | null;
  start(): Promise<void>;
  stop(signal?: NodeJS.Signals): Promise<void>;
};

export type Topology = { workDir: string; varnishUrl: string; instances: Instance[]; env: NodeJS.ProcessEnv; stop(): Promise<void>; runId: string };

export declare function freePort(): Promise<number>;
export declare function waitFor(url: string, options?: { timeoutMs?: number; status?: number }): Promise<void>;
export declare function backendsVcl(ports: number[]): string;
export declare function varnishInstalled(): boolean;
export declare function startTopology(options?: {
  instances?: number;
  env?: NodeJS.ProcessEnv;
  workDir?: string;
  varnishPort?: number;
  instancePorts?: number[];
  redisUrl?: string;
  storageDir?: string;
  log?: (line: string) => void;
}): Promise<Topology>;
export declare function startVarnish(options: { workDir: string; port: number; backendPorts: number[]; name?: string; readyPath?: string }): Promise<{ url: string; stop(): Promise<void> }>;
