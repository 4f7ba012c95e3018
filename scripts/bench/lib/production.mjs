// What the public-site and lighthouse benchmarks share: a production build that is up to date (in
// NEXT_DIST_DIR, .next by default) and the production server (scripts/server.mjs) as a process of
// its own, on a free port, stopped with its whole process group.
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { run } from "../../lib/bench-support.mjs";

export const distDir = () => process.env.NEXT_DIST_DIR || ".next";

/** Is the build missing, or older than any source file? Then the production build must be made. */
export function buildIsStale() {
  const buildId = path.resolve(distDir(), "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const newer = (entry) => {
    if (!existsSync(entry)) return false;
    const stat = statSync(entry);
    if (stat.isFile()) return stat.mtimeMs > built;
    return readdirSync(entry).some((name) => newer(path.join(entry, name)));
  };
  return ["app", "components", "lib", "public", "proxy.ts", "next.config.ts", "package-lock.json"].some((entry) => newer(path.resolve(entry)));
}

export async function ensureBuild(env) {
  if (buildIsStale()) {
    console.log(`production build (${distDir()} missing or older than the sources)`);
    await run("npx", ["next", "build"], env, { quiet: true });
  } else {
    console.log(`production build: ${distDir()} is up to date`);
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function waitUntilUp(url, child) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error("the server exited");
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the server did not answer within a minute");
}

/**
 * Starts scripts/server.mjs on a free port, its messages in `logFile` (shown if it fails to start,
 * not mixed into the figures). The scheduler has nothing to do here: its timer stays out of them.
 */
export async function startProductionServer(env, logFile) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const logFd = openSync(logFile, "w");
  const child = spawn("node", ["scripts/server.mjs"], {
    env: { ...env, NEXTAUTH_URL: origin, PORT: String(port), SCHEDULER_DISABLED: "1" },
    stdio: ["ignore", logFd, logFd],
    detached: true,
  });
  closeSync(logFd);
  await waitUntilUp(`${origin}/favicon.svg`, child).catch((error) => {
    console.error(readFileSync(logFile, "utf8").slice(-4000));
    throw error;
  });
  return { child, origin };
}

/** Ends a child's process group (it holds only what we started) and waits for it, at most 5 s. */
export async function stopChild(child) {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
}
