// `node scripts/with-database.mjs [--test | --database NAME] -- <command> [args…]`: runs one command with
// DATABASE_URL set (see lib/database-session.mjs). `--test` selects the test suite's own embedded
// database, `--database` any other (the benchmarks keep theirs apart from the demo data).
import { run, withDatabase } from "./lib/database-session.mjs";

const separator = process.argv.indexOf("--");
const options = process.argv.slice(2, separator === -1 ? undefined : separator);
const [command, ...args] = separator === -1 ? [] : process.argv.slice(separator + 1);
if (!command) {
  console.error("usage: node scripts/with-database.mjs [--test | --database NAME] -- <command> [args…]");
  process.exit(2);
}
const named = options.indexOf("--database");
const databaseName = named !== -1 ? options[named + 1] : options.includes("--test") ? "pbgdpl_test" : "pbgdpl";
if (!databaseName || !/^[a-z0-9_]+$/.test(databaseName)) {
  console.error("--database needs a name of lower-case letters, digits and underscores");
  process.exit(2);
}
const code = await withDatabase(databaseName, (env) => run(command, args, env));
process.exit(code);
