// `npm run bench`: runs every benchmark in scripts/bench/*.mjs (in name order), each a module whose
// default export is `async (context) => void`. Run through with-database.mjs, so DATABASE_URL names a
// PostgreSQL server; each benchmark keeps its data in a database of its own on that server.
// Never part of `npm test`. `node scripts/bench.mjs public-site` runs only the named ones.
import { readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const directory = path.resolve("scripts/bench");
const wanted = process.argv.slice(2);
const modules = readdirSync(directory)
  .filter((file) => file.endsWith(".mjs"))
  .sort()
  .filter((file) => wanted.length === 0 || wanted.includes(path.basename(file, ".mjs")));

if (!process.env.DATABASE_URL) {
  console.error("DATABASE_URL is not set: run `npm run bench` (it starts the embedded PostgreSQL when needed).");
  process.exit(2);
}

const cpus = os.cpus();
console.log(
  `Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? "CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ` +
    `${os.platform()} ${os.release()}, Node ${process.version}`,
);

let failed = 0;
for (const file of modules) {
  const name = path.basename(file, ".mjs");
  console.log(`\n▶ bench: ${name}`);
  try {
    const { default: run } = await import(pathToFileURL(path.join(directory, file)).href);
    await run({ databaseUrl: process.env.DATABASE_URL });
  } catch (error) {
    failed++;
    console.error(`✖ bench ${name} failed:`, error);
  }
}
process.exit(failed > 0 ? 1 : 0);
