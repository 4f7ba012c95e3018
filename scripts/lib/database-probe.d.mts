// Types for database-probe.mjs (plain JavaScript, run by Node without a build step).
export type Readiness = { ready: boolean; database: "ok" | "unreachable"; pendingMigrations: string[] };

export type DatabaseProbe = {
  reachable(): Promise<boolean>;
  readiness(): Promise<Readiness>;
  close(): Promise<void>;
};

export declare function expectedMigrations(migrationsDir?: string): string[];

export declare function createDatabaseProbe(options: { url: string; timeoutMs?: number; migrationsDir?: string }): DatabaseProbe;

export declare function sharedDatabaseProbe(): DatabaseProbe | null;

export declare function closeSharedDatabaseProbe(): Promise<void>;
