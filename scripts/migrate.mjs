#!/usr/bin/env node
// Prisma migrations without Prisma's native engine (it cannot be downloaded here; see
// shared/DATABASE.md): drives the WebAssembly schema engine through @prisma/adapter-pg.
//
//   node scripts/migrate.mjs dev [--name X] [--force]   create + apply a migration when the schema changed
//   node scripts/migrate.mjs deploy                       apply pending migrations (creates the database)
//   node scripts/migrate.mjs status                       applied/pending; exit 1 unless up to date
//   node scripts/migrate.mjs check                        exit 1 when schema.prisma needs a new migration
//   node scripts/migrate.mjs reset --yes                  empty the database, apply all migrations
// Common options: --schema <file> (prisma/schema.prisma), --migrations <dir> (prisma/migrations).
// DATABASE_URL names the database; SHADOW_DATABASE_URL optionally names a reusable shadow database.
import { parseArgs } from "node:util";
import * as commands from "./migrate/commands.mjs";

const USAGE = "Usage: node scripts/migrate.mjs <dev|deploy|status|check|reset> [--name X] [--force] [--yes] [--schema file] [--migrations dir]";

async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: "string" },
      force: { type: "boolean", default: false },
      yes: { type: "boolean", default: false },
      schema: { type: "string", default: "prisma/schema.prisma" },
      migrations: { type: "string", default: "prisma/migrations" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [command, ...extra] = positionals;
  if (!Object.hasOwn(commands, command ?? "") || extra.length) throw new Error(USAGE);
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set. Use the npm scripts (npm run db:migrate, …), which start a database, or set it yourself.");
  }
  return commands[command]({
    url,
    shadowUrl: process.env.SHADOW_DATABASE_URL || undefined,
    schemaPath: values.schema,
    migrationsDir: values.migrations,
    name: values.name,
    force: values.force,
    yes: values.yes,
  });
}

// Exit explicitly: every pool is closed by then, and a stray handle must never keep a CI job waiting.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Error: ${error?.message ?? error}`);
    if (process.env.MIGRATE_DEBUG) console.error(error?.stack);
    process.exit(1);
  },
);
