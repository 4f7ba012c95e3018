// `npm test` (run through with-database.mjs, so DATABASE_URL is set): every check the project has,
// in order, stopping at the first failure. Prints one closing line counting the tests that ran.
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { describeContents } from "./lib/database-state.mjs";
import { run } from "./lib/database-session.mjs";

const resultsDir = path.resolve(".data/test-results");
rmSync(resultsDir, { recursive: true, force: true });
const storageDir = path.resolve(".data/test-storage");
rmSync(storageDir, { recursive: true, force: true });

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "test-secret-not-for-production",
  STORAGE_DIR: storageDir,
  TEST_RESULTS_DIR: resultsDir,
};

// The suite wipes its database: never let it near data that is not the demo data.
const contents = await describeContents(env.DATABASE_URL);
if (contents === "other") {
  console.error("The test database holds data other than the demo data; point DATABASE_URL at a throwaway database.");
  process.exit(2);
}

const steps = [
  ["typecheck", "npx", ["tsc", "--noEmit"]],
  ["lint", "npx", ["eslint", ".", "--max-warnings=0"]],
  ["migrations match schema.prisma", "node", ["scripts/migrate.mjs", "check"]],
  ["fresh database", "node", ["scripts/migrate.mjs", "reset", "--yes"]],
  ["demo data", "npx", ["tsx", "prisma/seed.ts"]],
  ["unit and integration tests", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${resultsDir}/vitest.json`]],
  ["production build", "npx", ["next", "build"]],
  ["browser journeys", "npx", ["playwright", "test"]],
];

let failedStep = null;
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const code = await run(command, args, env);
  if (code !== 0) {
    failedStep = name;
    console.error(`\n✖ ${name} failed (exit ${code})`);
    break;
  }
}

function counts(file, read) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  return read(JSON.parse(readFileSync(file, "utf8")));
}
const vitest = counts(`${resultsDir}/vitest.json`, (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }));
const playwright = counts(`${resultsDir}/playwright.json`, (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky }));
const passed = vitest.passed + playwright.passed;
const failed = vitest.failed + playwright.failed + (failedStep && vitest.failed + playwright.failed === 0 ? 1 : 0);
console.log(`\nvitest ${vitest.passed}/${vitest.passed + vitest.failed}, playwright ${playwright.passed}/${playwright.passed + playwright.failed}${failedStep ? `, stopped at: ${failedStep}` : ""}`);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);
