// Contest benchmark (issue 20): 2,000 entrants of one 20-question round submitting within one minute.
// Aim: none lost or doubled, p95 of a submission under 1 s. Keeps its data in a database of its own
// (pbgdpl_bench_contests) on DATABASE_URL's server; scripts/bench/contests-measure.ts does the work
// through the real use cases, with the connection pool one server process has.
import { freshDatabase, run } from "../lib/bench-support.mjs";

const DATABASE = "pbgdpl_bench_contests";

export default async function contests({ databaseUrl }) {
  const env = { ...process.env, DATABASE_URL: await freshDatabase(databaseUrl, DATABASE) };
  await run("node", ["scripts/migrate.mjs", "deploy"], env, { quiet: true });
  await run("npx", ["tsx", "scripts/bench/contests-measure.ts"], env);
}
