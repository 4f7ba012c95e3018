// Reorganisation benchmark (issue 16): a province the size of Thanh Hóa before 1 July 2025 — 26
// districts and 547 communes, 20,000 articles, 600 users, 5,000 comments — reorganised by one plan
// into 166 communes. Times the check and preview and the application, then proves nothing was lost:
// no row left on a merged unit, every old address redirects to an active unit, report totals equal
// before and after (both structures). Aim: applying under 60 s. Keeps its data in a database of its
// own (pbgdpl_bench_reorganisation) on DATABASE_URL's server.
import { freshDatabase, run } from "../lib/bench-support.mjs";

const DATABASE = "pbgdpl_bench_reorganisation";

export default async function reorganisation({ databaseUrl }) {
  const env = { ...process.env, DATABASE_URL: await freshDatabase(databaseUrl, DATABASE) };
  await run("node", ["scripts/migrate.mjs", "deploy"], env, { quiet: true });
  await run("npx", ["tsx", "scripts/bench/reorganisation-measure.ts"], env);
}
