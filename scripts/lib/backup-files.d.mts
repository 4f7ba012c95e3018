// Types for backup-files.mjs (plain JavaScript, run by Node without a build step).
export declare function sha256File(file: string): Promise<string>;
export declare function filesUnder(dir: string): string[];
export declare function hashesUnder(dir: string): Promise<Record<string, string>>;
export declare function readChecksums(file: string): Record<string, string>;
export declare function formatChecksums(entries: Record<string, string>): string;
export declare function postgresTool(name: string): string;
export declare function runTool(command: string, args: string[]): Promise<void>;
