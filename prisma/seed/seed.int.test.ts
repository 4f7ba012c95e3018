// Integration test of the demo data against a real PostgreSQL server: DATABASE_URL names any database
// on it; the test works in scratch databases it creates (with the project's migrations) and drops.
import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../../generated/prisma/client";
import { verifyPassword } from "../../lib/auth/password";
import { getStorage } from "../../lib/storage";
import {
  ALREADY_SEEDED_MESSAGE,
  DEMO_ADMIN_EMAIL,
  DEMO_APPROVER_EMAIL,
  DEMO_AUTHOR_EMAIL,
  DEMO_COMMENT_MODERATOR_EMAIL,
  DEMO_FORMER_DISTRICT_SLUG,
  DEMO_UNIT_SLUG,
  DEMO_EMAILS,
  DEMO_JUSTICE_SLUG,
  DEMO_PASSWORD,
  DEMO_PROVINCIAL_EDITOR_EMAIL,
  seedDemoData,
} from "./index";

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  throw new Error(
    "prisma/seed/seed.int.test.ts needs DATABASE_URL (any database on a PostgreSQL server it may create " +
      "databases on), e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres, or run `npm test`.",
  );
}

const root = fileURLToPath(new URL("../..", import.meta.url));
const suffix = `${process.pid}_${randomBytes(4).toString("hex")}`;
const scratch = { seeded: `seed_test_${suffix}`, foreign: `seed_foreign_${suffix}` };
const urlOf = (name: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

type Run = { code: number; output: string };

function runNode(args: string[], env: Record<string, string>, timeout = 60_000): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, timeout }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      done({ code, output: `${stdout}${stderr}` });
    });
  });
}

/** The seed entry as `npm run db:seed` runs it. */
const runSeedScript = (databaseName: string) =>
  runNode([join(root, "node_modules/tsx/dist/cli.mjs"), "prisma/seed.ts"], { DATABASE_URL: urlOf(databaseName), STORAGE_DIR: storageDir });

async function createMigratedDatabase(name: string): Promise<PrismaClient> {
  const { code, output } = await runNode(["scripts/migrate.mjs", "deploy"], { DATABASE_URL: urlOf(name) });
  if (code !== 0) throw new Error(`migrate deploy failed for ${name}:\n${output}`);
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: urlOf(name), max: 4 }) });
}

/** Row counts of every table the seed writes, to show that a second run changes nothing. */
async function countAll(db: PrismaClient) {
  const [units, users, memberships, categories, articles, events, files, attachments, tags, articleTags, comments, settings, audit] =
    await Promise.all([
      db.unit.count(),
      db.user.count(),
      db.membership.count(),
      db.category.count(),
      db.article.count(),
      db.workflowEvent.count(),
      db.storedFile.count(),
      db.articleAttachment.count(),
      db.tag.count(),
      db.articleTag.count(),
      db.comment.count(),
      db.setting.count(),
      db.auditEntry.count(),
    ]);
  return { units, users, memberships, categories, articles, events, files, attachments, tags, articleTags, comments, settings, audit };
}

let storageDir: string;
let previousStorageDir: string | undefined;
let db: PrismaClient;
let foreign: PrismaClient | undefined;
const now = new Date();

beforeAll(async () => {
  storageDir = await mkdtemp(join(tmpdir(), "seed-test-storage-"));
  previousStorageDir = process.env.STORAGE_DIR;
  process.env.STORAGE_DIR = storageDir;
  db = await createMigratedDatabase(scratch.seeded);
  const result = await seedDemoData(db, { now });
  expect(result.status).toBe("seeded");
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await foreign?.$disconnect();
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    for (const name of Object.values(scratch)) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  if (previousStorageDir === undefined) delete process.env.STORAGE_DIR;
  else process.env.STORAGE_DIR = previousStorageDir;
  await rm(storageDir, { recursive: true, force: true });
});

describe("demo data", () => {
  it("builds the tree of a province with two levels: the Department of Justice, agencies and communes/wards as roots", async () => {
    const units = await db.unit.findMany();
    const active = units.filter((unit) => unit.status === "ACTIVE");
    const justice = active.filter((unit) => unit.type === "PROVINCIAL_JUSTICE");
    expect(justice.map((unit) => unit.slug)).toContain(DEMO_JUSTICE_SLUG);
    expect(active.filter((unit) => unit.type === "PROVINCIAL_AGENCY").length).toBeGreaterThanOrEqual(8);
    expect(active.filter((unit) => unit.type === "COMMUNE").length).toBeGreaterThanOrEqual(12);
    expect(active.every((unit) => unit.parentId === null && unit.type !== "DISTRICT")).toBe(true);

    // The former districts survive, merged into a commune, with the communes they had.
    const districts = units.filter((unit) => unit.type === "DISTRICT");
    expect(districts.length).toBeGreaterThanOrEqual(12);
    expect(districts.every((unit) => unit.status === "MERGED" && unit.successorId !== null)).toBe(true);
    const formerCommunes = units.filter((unit) => unit.type === "COMMUNE" && unit.status === "MERGED");
    expect(formerCommunes.every((unit) => districts.some((district) => district.id === unit.parentId))).toBe(true);

    expect(active.some((unit) => unit.approvalLevels === 2)).toBe(true);
    expect(active.some((unit) => unit.type === "COMMUNE" && unit.allowSelfApproval)).toBe(true);
    expect(units.every((unit) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(unit.slug))).toBe(true);
  });

  it("merges units into active successors that own their articles under the name of the unit that wrote them", async () => {
    const merged = await db.unit.findMany({ where: { status: "MERGED" }, include: { successor: true } });
    expect(merged.length).toBeGreaterThanOrEqual(10);
    expect(merged.every((unit) => unit.successor!.status === "ACTIVE" && unit.successor!.type === "COMMUNE")).toBe(true);
    expect(merged.every((unit) => unit.mergedAt !== null && unit.mergedAt <= now)).toBe(true);
    const yenBinh = merged.filter((unit) => unit.successor!.slug === "xa-yen-binh");
    expect(yenBinh.length).toBeGreaterThanOrEqual(2);

    const moved = await db.article.findMany({ where: { originalUnitId: { in: merged.map((unit) => unit.id) } } });
    expect(moved.length).toBeGreaterThan(0);
    const successorOf = new Map(merged.map((unit) => [unit.id, unit.successorId]));
    expect(moved.every((article) => article.unitId === successorOf.get(article.originalUnitId))).toBe(true);
    // Drafts the former district had in progress carried on in the successor's queue.
    expect(moved.some((article) => article.state === "DRAFT")).toBe(true);
    // Nobody is left a member of a unit that no longer exists.
    expect(await db.membership.count({ where: { unit: { status: { not: "ACTIVE" } } } })).toBe(0);
  });

  it("has eight categories and at least 40 articles in every state, with consistent workflow history", async () => {
    expect(await db.category.count()).toBe(8);
    const articles = await db.article.findMany({ include: { events: { orderBy: { createdAt: "asc" } } } });
    expect(articles.length).toBeGreaterThanOrEqual(40);
    const states = new Set(articles.map((article) => article.state));
    for (const state of ["DRAFT", "SUBMITTED", "ENDORSED", "SCHEDULED", "PUBLISHED", "RETURNED", "TAKEN_DOWN"] as const) {
      expect(states, state).toContain(state);
    }
    expect(articles.some((article) => article.deletedAt !== null)).toBe(true);

    const published = articles.filter((article) => article.state === "PUBLISHED");
    expect(published.length).toBeGreaterThan(articles.length / 2);
    expect(published.every((article) => article.publishedAt !== null && article.publishedAt <= now)).toBe(true);
    expect(published.filter((article) => article.featuredOrder !== null).length).toBeGreaterThanOrEqual(4);
    for (const article of articles.filter((candidate) => candidate.state === "SCHEDULED")) {
      expect(article.scheduledAt!.getTime()).toBeGreaterThan(now.getTime());
    }
    for (const article of articles) {
      const last = article.events.filter((event) => event.action !== "FEATURE" && event.action !== "DELETE").at(-1)!;
      expect(last.toState, article.slug).toBe(article.state);
      expect(article.events[0].action).toBe("CREATE");
      expect(article.bodyText.length, article.slug).toBeGreaterThan(100);
      expect(article.events.every((event) => event.createdAt <= now)).toBe(true);
    }
    for (const state of ["RETURNED", "TAKEN_DOWN"] as const) {
      for (const article of articles.filter((candidate) => candidate.state === state)) {
        const reason = article.events.find((event) => event.toState === state && event.fromState !== state);
        expect(reason?.note?.length ?? 0, article.slug).toBeGreaterThan(20);
      }
    }
  });

  it("has comments in every state, with official replies by the moderator", async () => {
    const comments = await db.comment.findMany({ include: { article: true } });
    expect(new Set(comments.map((comment) => comment.state))).toEqual(new Set(["PENDING", "APPROVED", "REJECTED", "SPAM"]));
    expect(comments.every((comment) => comment.article.state === "PUBLISHED")).toBe(true);
    expect(comments.every((comment) => /^[0-9a-f]{64}$/.test(comment.addressHash) && /^[0-9a-f]{64}$/.test(comment.contentHash))).toBe(true);
    const moderator = await db.user.findUniqueOrThrow({ where: { email: DEMO_COMMENT_MODERATOR_EMAIL } });
    const replied = comments.filter((comment) => comment.reply);
    expect(replied.length).toBeGreaterThan(0);
    expect(replied.every((comment) => comment.state === "APPROVED" && comment.repliedById === moderator.id && comment.repliedAt)).toBe(true);
  });

  it("creates the five demo accounts with their roles and the demo password", async () => {
    const users = await db.user.findMany({
      where: { email: { in: [...DEMO_EMAILS] } },
      include: { memberships: { include: { unit: true } } },
    });
    const byEmail = new Map(users.map((user) => [user.email, user]));
    expect([...byEmail.keys()].sort()).toEqual([...DEMO_EMAILS].sort());
    for (const user of users) expect(await verifyPassword(DEMO_PASSWORD, user.passwordHash), user.email).toBe(true);

    const roles = (email: string) => byEmail.get(email)!.memberships.map((membership) => [membership.unit.slug, membership.role]);
    expect(byEmail.get(DEMO_ADMIN_EMAIL)!.portalRoles).toEqual(["ADMINISTRATOR"]);
    expect(byEmail.get(DEMO_PROVINCIAL_EDITOR_EMAIL)!.portalRoles).toEqual(["PROVINCIAL_EDITOR"]);
    expect(roles(DEMO_PROVINCIAL_EDITOR_EMAIL)).toEqual([[DEMO_JUSTICE_SLUG, "AUTHOR"]]);
    expect(roles(DEMO_APPROVER_EMAIL)).toEqual([[DEMO_UNIT_SLUG, "APPROVER"]]);
    expect(roles(DEMO_AUTHOR_EMAIL)).toEqual([[DEMO_UNIT_SLUG, "AUTHOR"]]);
    expect(byEmail.get(DEMO_COMMENT_MODERATOR_EMAIL)!.portalRoles).toEqual(["COMMENT_MODERATOR"]);

    const commune = await db.unit.findUniqueOrThrow({ where: { slug: DEMO_UNIT_SLUG } });
    expect(commune).toMatchObject({ type: "COMMUNE", status: "ACTIVE", approvalLevels: 1 });
    const former = await db.unit.findUniqueOrThrow({ where: { slug: DEMO_FORMER_DISTRICT_SLUG } });
    expect(former).toMatchObject({ type: "DISTRICT", status: "MERGED", successorId: commune.id });
  });

  it("keeps every stored file's bytes in storage under its recorded hash", async () => {
    const files = await db.storedFile.findMany({ include: { coverOf: true, attachedTo: true } });
    const storage = getStorage();
    expect(files.filter((file) => file.coverOf.length > 0).length).toBeGreaterThan(20);
    expect(files.filter((file) => file.mimeType === "application/pdf" && file.attachedTo.length > 0).length).toBeGreaterThan(0);
    for (const file of files) {
      const bytes = await storage.read(file.storageKey);
      expect(bytes, file.storageKey).not.toBeNull();
      expect(createHash("sha256").update(bytes!).digest("hex")).toBe(file.sha256);
      expect(bytes!.length).toBe(file.size);
      if (file.mimeType === "image/jpeg") expect(bytes!.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
      if (file.mimeType === "application/pdf") expect(bytes!.subarray(0, 8).toString("latin1")).toBe("%PDF-1.4");
    }

    // Images inside bodies point at stored files through our own route.
    const storageKeys = new Set(files.map((file) => file.storageKey));
    const bodies = JSON.stringify((await db.article.findMany({ select: { body: true } })).map((article) => article.body));
    const sources = [...bodies.matchAll(/"src":"\/tep\/([^"]+)"/g)].map((match) => match[1]);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((key) => storageKeys.has(key))).toBe(true);
  });

  it("changes nothing when run again", async () => {
    const before = await countAll(db);
    expect(await seedDemoData(db)).toEqual({ status: "skipped", message: ALREADY_SEEDED_MESSAGE });
    const script = await runSeedScript(scratch.seeded);
    expect(script.code, script.output).toBe(0);
    expect(script.output).toContain(ALREADY_SEEDED_MESSAGE);
    expect(await countAll(db)).toEqual(before);
  }, 90_000);

  it("refuses a database that holds other data, and adds nothing to it", async () => {
    foreign = await createMigratedDatabase(scratch.foreign);
    await foreign.user.create({ data: { email: "someone@example.vn", name: "Người dùng thật", passwordHash: "x" } });
    const before = await countAll(foreign);

    const result = await seedDemoData(foreign);
    expect(result.status).toBe("refused");
    const script = await runSeedScript(scratch.foreign);
    expect(script.code, script.output).toBe(1);
    expect(script.output).toContain("từ chối nạp dữ liệu mẫu");
    expect(await countAll(foreign)).toEqual(before);
  }, 90_000);
});
