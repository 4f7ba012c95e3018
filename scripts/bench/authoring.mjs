// Authoring benchmark (issue "Authoring"): the server time to save a 5,000-word article with 20 images
// through the real save use case, and to render it for the public page. Aim: save under 300 ms.
// Keeps its data in a database of its own (pbgdpl_bench_authoring) on DATABASE_URL's server.
import { spawn } from "node:child_process";
import pg from "pg";

const DATABASE = "pbgdpl_bench_authoring";

function withDatabaseName(url, name) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

export default async function authoring({ databaseUrl }) {
  const admin = new pg.Client({ connectionString: withDatabaseName(databaseUrl, "postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  const env = { ...process.env, DATABASE_URL: withDatabaseName(databaseUrl, DATABASE) };
  await run("node", ["scripts/migrate.mjs", "deploy"], env);
  await run("npx", ["tsx", "scripts/bench/authoring-measure.ts"], env);
}
