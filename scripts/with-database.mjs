// `node scripts/with-database.mjs [--test] -- <command> [args…]`: runs one command with DATABASE_URL
// set (see lib/database-session.mjs). `--test` selects the test suite's own embedded database.
import { run, withDatabase } from "./lib/database-session.mjs";

const separator = process.argv.indexOf("--");
const options = process.argv.slice(2, separator === -1 ? undefined : separator);
const [command, ...args] = separator === -1 ? [] : process.argv.slice(separator + 1);
if (!command) {
  console.error("usage: node scripts/with-database.mjs [--test] -- <command> [args…]");
  process.exit(2);
}
const databaseName = options.includes("--test") ? "pbgdpl_test" : "pbgdpl";
const code = await withDatabase(databaseName, (env) => run(command, args, env));
process.exit(code);
