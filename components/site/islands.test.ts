import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Public pages go out without Next's client runtime (scripts/lib/static-html.mjs) unless they hold an
// element marked `data-hydrate`. A client component on such a page would be server HTML that never
// comes to life: a button that does nothing. So every client component the public pages use must
// either become server markup with a small plain script in public/js, or mark its root element
// `data-hydrate`, which keeps Next's runtime on the pages that show it.

const ROOT = path.resolve(__dirname, "../..");
const PUBLIC_FOLDERS = ["components/site", "app/(site)"];
/** Outside those folders, but rendered on every public page. */
const PUBLIC_FILES = ["app/layout.tsx"];

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(tsx?|jsx?)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

const isClient = (source: string) => /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*["']use client["']/.test(source);
const marksHydrate = (source: string) => /\sdata-hydrate(?=[\s=/>])/.test(source);

/** The project files a module imports (`@/…` and relative), resolved as the bundler would. */
function importsOf(file: string, source: string): string[] {
  const specifiers = [...source.matchAll(/(?:^|[\s;])(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]);
  return specifiers.flatMap((specifier) => {
    const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(file), specifier) : null;
    if (!base) return [];
    const found = ["", ".tsx", ".ts", ".jsx", ".js", "/index.tsx", "/index.ts"].map((ending) => base + ending).find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    return found ? [found] : [];
  });
}

/** Every client module the public pages render: in their folders, or reached by their imports. */
function publicClientModules() {
  const roots = [...PUBLIC_FOLDERS.flatMap((folder) => sourceFiles(path.join(ROOT, folder))), ...PUBLIC_FILES.map((file) => path.join(ROOT, file))];
  const seen = new Set<string>();
  const clients = new Map<string, string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    // A client module's own imports belong to the same island.
    if (isClient(source)) clients.set(rel(file), source);
    else queue.push(...importsOf(file, source));
  }
  return clients;
}

describe("client components of the public pages", () => {
  it("are each either gone from the public pages or marked data-hydrate", () => {
    const clients = publicClientModules();
    expect(clients.size).toBeGreaterThan(0);
    const unmarked = [...clients].filter(([, source]) => !marksHydrate(source)).map(([file]) => file).sort();
    expect(
      unmarked,
      unmarked
        .map(
          (file) =>
            `${file} is a client component ("use client") on the public pages without data-hydrate. Public pages are sent without ` +
            `Next's client runtime (scripts/lib/static-html.mjs), so it would never hydrate. Either make it server markup plus a ` +
            `small plain script in public/js, or mark its root element data-hydrate (the pages that show it then keep Next's ` +
            `runtime: about 145 KB of JavaScript and one long task on a phone).`,
        )
        .join("\n"),
    ).toEqual([]);
  });

  it("knows the islands that keep the runtime: the question form and the contest's quiz and registration", () => {
    const clients = publicClientModules();
    for (const file of ["components/site/questions/question-form.tsx", "components/site/contests/quiz.tsx", "components/site/contests/registration-form.tsx"]) {
      expect(clients.has(file), file).toBe(true);
      expect(marksHydrate(clients.get(file)!), file).toBe(true);
    }
  });
});
