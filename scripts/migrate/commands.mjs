// The subcommands of scripts/migrate.mjs. Each returns the process exit code; failures throw.
import { relative } from "node:path";
import { databaseName, ensureDatabase, existingDatabaseUrl, redact } from "./database.mjs";
import { migrationNames, readMigrations, readSchema, writeMigration } from "./files.mjs";
import { FILTERS, withSession } from "./session.mjs";

// Paths inside the project are shown relative to it, others in full.
const show = (path) => {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel || ".";
};

async function createDatabaseIfMissing(ctx) {
  if (await ensureDatabase(ctx.url)) console.log(`Created database "${databaseName(ctx.url)}".`);
}

function reportApplied(names) {
  if (names.length === 0) return;
  console.log(`Applied ${names.length} migration(s):`);
  for (const name of names) console.log(`  ${name}`);
}

function sessionOptions(ctx, schema) {
  return { url: ctx.url, shadowUrl: ctx.shadowUrl, schema };
}

export async function deploy(ctx) {
  await createDatabaseIfMissing(ctx);
  const migrationsList = await readMigrations(ctx.migrationsDir);
  if (migrationsList.migrationDirectories.length === 0) {
    console.log(`No migrations found in ${show(migrationsList.baseDir)}.`);
    return 0;
  }
  const schema = await readSchema(ctx.schemaPath);
  const { appliedMigrationNames } = await withSession(sessionOptions(ctx, schema), (s) =>
    s.call("applyMigrations", { migrationsList, filters: FILTERS }),
  );
  if (appliedMigrationNames.length === 0) console.log("No pending migrations to apply.");
  reportApplied(appliedMigrationNames);
  return 0;
}

export async function status(ctx) {
  const migrationsList = await readMigrations(ctx.migrationsDir);
  const schema = await readSchema(ctx.schemaPath);
  const result = await withSession(sessionOptions(ctx, schema), (s) =>
    s.call("diagnoseMigrationHistory", { migrationsList, optInToShadowDatabase: false, filters: FILTERS }),
  );
  const history = result.history ?? {};
  const pending = history.unappliedMigrationNames ?? [];
  const unknown = history.unpersistedMigrationNames ?? [];
  const { failedMigrationNames: failed, editedMigrationNames: edited } = result;
  const local = migrationNames(migrationsList);

  console.log(`${local.length} migration(s) in ${show(migrationsList.baseDir)}; database ${redact(ctx.url)}`);
  for (const name of local) {
    const state = failed.includes(name) ? "failed " : pending.includes(name) ? "pending" : "applied";
    console.log(`  ${state}  ${name}${edited.includes(name) ? "  (edited since it was applied)" : ""}`);
  }
  for (const name of unknown) console.log(`  unknown  ${name}  (applied to the database, missing from the folder)`);

  const problems = [];
  if (pending.length) problems.push(`${pending.length} migration(s) not yet applied: run \`npm run db:deploy\`.`);
  if (unknown.length) problems.push("The database has migrations the folder does not: the histories diverge.");
  if (failed.length) problems.push(`Failed migration(s): ${failed.join(", ")}. Fix the database, then mark or re-apply them.`);
  if (edited.length) problems.push(`Migration(s) changed after being applied: ${edited.join(", ")}.`);
  if (problems.length === 0) {
    console.log("Database schema is up to date.");
    return 0;
  }
  for (const problem of problems) console.error(problem);
  return 1;
}

export async function check(ctx) {
  const migrationsList = await readMigrations(ctx.migrationsDir);
  const schema = await readSchema(ctx.schemaPath);
  // With no migrations there is no lockfile to name the connector, and nothing to replay.
  const from = migrationsList.migrationDirectories.length
    ? { tag: "migrations", ...migrationsList }
    : { tag: "empty" };
  // The diff replays the migrations on a shadow database and never touches the target database, so
  // that one need not exist yet (e.g. CI checking before anything is deployed); the engine still
  // wants a main connection, to any database on the server.
  const url = await existingDatabaseUrl(ctx.url);
  const diff = await withSession({ ...sessionOptions(ctx, schema), url }, (s) =>
    s.call("diff", { from, to: { tag: "schemaDatamodel", ...schema }, script: true, exitCode: true, filters: FILTERS }),
  );
  const where = `${show(migrationsList.baseDir)} and ${show(schema.files[0].path)}`;
  if (diff.exitCode === 0) {
    console.log(`In sync: ${where} describe the same database.`);
    return 0;
  }
  console.log(`Out of sync: ${where} differ. A new migration would contain:\n`);
  console.log(diff.stdout?.trimEnd() ?? "(no script)");
  console.log("\nCreate it with `npm run db:migrate -- --name <name>`.");
  return 1;
}

async function resetDatabase(session) {
  // The engine's reset empties the database (schema `public` included), as `prisma migrate reset` does.
  await session.call("reset", { filter: FILTERS });
}

export async function reset(ctx) {
  if (!ctx.yes) {
    throw new Error(`reset deletes everything in database "${databaseName(ctx.url)}"; pass --yes to confirm.`);
  }
  await createDatabaseIfMissing(ctx);
  const migrationsList = await readMigrations(ctx.migrationsDir);
  const schema = await readSchema(ctx.schemaPath);
  const { appliedMigrationNames } = await withSession(sessionOptions(ctx, schema), async (s) => {
    await resetDatabase(s);
    return s.call("applyMigrations", { migrationsList, filters: FILTERS });
  });
  console.log(`Database "${databaseName(ctx.url)}" reset.`);
  reportApplied(appliedMigrationNames);
  return 0;
}

/** Prisma's folder names are `<timestamp>_<name>`; keep names to characters safe in any path. */
function migrationName(raw) {
  const name = (raw ?? "").trim().replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
  return name.slice(0, 200);
}

export async function dev(ctx) {
  await createDatabaseIfMissing(ctx);
  const schema = await readSchema(ctx.schemaPath);
  let migrationsList = await readMigrations(ctx.migrationsDir);
  return withSession(sessionOptions(ctx, schema), async (s) => {
    const diagnostic = await s.call("devDiagnostic", { migrationsList, filters: FILTERS });
    if (diagnostic.action.tag === "reset") {
      if (!ctx.force) {
        throw new Error(
          `Drift detected: ${diagnostic.action.reason}\n` +
            `The database "${databaseName(ctx.url)}" must be reset, losing all its data. ` +
            "Run again with --force to reset it.",
        );
      }
      await resetDatabase(s);
      console.log(`Database "${databaseName(ctx.url)}" reset (--force).`);
    }
    const { appliedMigrationNames } = await s.call("applyMigrations", { migrationsList, filters: FILTERS });
    reportApplied(appliedMigrationNames);

    // Trap 3: once migrations have been applied, evaluateDataLoss/createMigration fail with "shadow DB
    // must be provided through an external factory" unless a new diagnostic refills the engine's cache.
    // Skipped otherwise: each diagnostic replays the migrations on a fresh shadow database (~1 s).
    if (appliedMigrationNames.length) await s.call("devDiagnostic", { migrationsList, filters: FILTERS });
    const loss = await s.call("evaluateDataLoss", { migrationsList, schema, filters: FILTERS });
    if (loss.migrationSteps === 0) {
      console.log("Nothing to migrate: the database and the migrations already match the schema.");
      return 0;
    }
    for (const warning of loss.warnings) console.warn(`Warning: ${warning.message}`);
    if (loss.unexecutableSteps.length) {
      const steps = loss.unexecutableSteps.map((step) => `  - ${step.message}`).join("\n");
      throw new Error(`The migration cannot be executed on this database:\n${steps}`);
    }
    const name = migrationName(ctx.name);
    if (!name) throw new Error("The schema changed: name the new migration with --name <name>.");

    const created = await s.call("createMigration", {
      migrationsList,
      schema,
      draft: true,
      migrationName: name,
      filters: FILTERS,
    });
    const file = await writeMigration(ctx.migrationsDir, created);
    console.log(`Created ${show(file)}`);
    migrationsList = await readMigrations(ctx.migrationsDir);
    reportApplied((await s.call("applyMigrations", { migrationsList, filters: FILTERS })).appliedMigrationNames);
    return 0;
  });
}
