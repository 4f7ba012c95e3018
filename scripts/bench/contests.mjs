// Contest benchmark (issue 20): 2,000 entrants of one 20-question round submitting within one minute.
// Aim: none lost or doubled, p95 of a submission under 1 s. Keeps its data in a database of its own
// (pbgdpl_bench_contests) on DATABASE_URL's server; scripts/bench/contests-measure.ts does the work
// through the real use cases, with the connection pool one server process has.
// With BENCH_HTTP=1 the answers and submissions go over HTTP to the production server
// (scripts/server.mjs, one process) from the build in NEXT_DIST_DIR, which must exist: made with
// `npx next build` beforehand, never here.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freshDatabase, run } from "../lib/bench-support.mjs";
import { distDir, startProductionServer, stopChild } from "./lib/production.mjs";

const DATABASE = "pbgdpl_bench_contests";

export default async function contests({ databaseUrl }) {
  const env = { ...process.env, DATABASE_URL: await freshDatabase(databaseUrl, DATABASE) };
  await run("node", ["scripts/migrate.mjs", "deploy"], env, { quiet: true });
  if (!process.env.BENCH_HTTP) {
    await run("npx", ["tsx", "scripts/bench/contests-measure.ts"], env);
    return;
  }
  if (!existsSync(path.resolve(distDir(), "BUILD_ID"))) throw new Error(`BENCH_HTTP: no production build in ${distDir()} (run npx next build first)`);
  const logFile = path.join(tmpdir(), `bench-contests-server-${process.pid}.log`);
  const { child, origin } = await startProductionServer({ NEXTAUTH_SECRET: "bench-secret-not-for-production", ...env }, logFile);
  try {
    await run("npx", ["tsx", "scripts/bench/contests-measure.ts"], { ...env, BENCH_ORIGIN: origin });
  } catch (error) {
    console.error(readFileSync(logFile, "utf8").slice(-4000));
    throw error;
  } finally {
    await stopChild(child);
    rmSync(logFile, { force: true });
  }
}
