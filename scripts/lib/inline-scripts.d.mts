// Types for inline-scripts.mjs (plain JavaScript, run by Node without a build step).
export declare function inlineScripts(html: string): string[];
export declare function hashSource(text: string): string;
export declare function createScriptJudge(definitions?: string[]): (text: string) => boolean;
export declare function nextRuntimeDefinitions(files?: string[]): string[];
