// Authoring benchmark (issue "Authoring"): the server time to save a 5,000-word article with 20 images
// through the real save use case, and to render it for the public page. Aim: save under 300 ms.
// Keeps its data in a database of its own (pbgdpl_bench_authoring) on DATABASE_URL's server.
import { freshDatabase, run } from "../lib/bench-support.mjs";

const DATABASE = "pbgdpl_bench_authoring";

export default async function authoring({ databaseUrl }) {
  const env = { ...process.env, DATABASE_URL: await freshDatabase(databaseUrl, DATABASE) };
  await run("node", ["scripts/migrate.mjs", "deploy"], env);
  await run("npx", ["tsx", "scripts/bench/authoring-measure.ts"], env);
}
