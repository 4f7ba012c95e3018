// The measuring half of scripts/bench/reorganisation.mjs: generates the province with set-based SQL,
// writes the plan as the CSV an administrator would upload, previews and applies it through the real
// use cases, and checks the result. Exits 1 when a check fails.
import { performance } from "node:perf_hooks";
import { db } from "../../lib/db";
import type { PolicyActor } from "../../lib/policy";
import { applyPlan } from "../../lib/reorganisation/apply-plan";
import { createPlan } from "../../lib/reorganisation/create-plan";
import { previewRows } from "../../lib/reorganisation/preview-plan";
import { quoteIdent, unitReferences } from "../../lib/reorganisation/unit-references";
import type { PlanRow } from "../../lib/reorganisation/plan-rows";
import { parsePeriod } from "../../lib/reports/period";
import { getUnitReport } from "../../lib/reports/unit-report";
import { mergedUnitRedirect } from "../../lib/units/redirect-gate";

const DISTRICTS = Number(process.env.BENCH_DISTRICTS ?? 26);
const COMMUNES = Number(process.env.BENCH_COMMUNES ?? 547);
const NEW_COMMUNES = Number(process.env.BENCH_NEW_COMMUNES ?? 166);
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 20_000);
const USERS = Number(process.env.BENCH_USERS ?? 600);
const COMMENTS = Number(process.env.BENCH_COMMENTS ?? 5_000);

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const failures: string[] = [];
const expectThat = (ok: boolean, what: string) => {
  console.log(`${ok ? "✔" : "✖"} ${what}`);
  if (!ok) failures.push(what);
};

async function generate(): Promise<PolicyActor> {
  // Generation is one batch of set-based statements, without the portal's per-statement time limit.
  await db.$executeRawUnsafe(`
    SET statement_timeout = 0;
    INSERT INTO "Unit" (name, slug, type, "updatedAt") VALUES ('Sở Tư pháp', 'so-tu-phap', 'PROVINCIAL_JUSTICE', now()), ('Sở Y tế', 'so-y-te', 'PROVINCIAL_AGENCY', now());
    INSERT INTO "Unit" (name, slug, type, "sortOrder", "approvalLevels", "updatedAt")
      SELECT 'Huyện Thử ' || d, 'huyen-thu-' || d, 'DISTRICT', d, CASE WHEN d % 5 = 0 THEN 2 ELSE 1 END, now() FROM generate_series(1, ${DISTRICTS}) d;
    -- Communes in runs under their district, as a province lists them.
    INSERT INTO "Unit" (name, slug, type, "parentId", "sortOrder", "updatedAt")
      SELECT 'Xã Thử ' || c, 'xa-thu-' || c, 'COMMUNE', (SELECT id FROM "Unit" WHERE slug = 'huyen-thu-' || (1 + (c - 1) * ${DISTRICTS} / ${COMMUNES})), c, now()
      FROM generate_series(1, ${COMMUNES}) c;
    INSERT INTO "User" (email, name, "passwordHash", "portalRoles", "updatedAt")
      VALUES ('quan-tri@bench.local', 'Quản trị', 'x', ARRAY['ADMINISTRATOR']::"PortalRole"[], now()), ('bien-tap@bench.local', 'Biên tập', 'x', ARRAY['PROVINCIAL_EDITOR']::"PortalRole"[], now());
    INSERT INTO "User" (email, name, "passwordHash", "updatedAt") SELECT 'nguoi-' || u || '@bench.local', 'Người ' || u, 'x', now() FROM generate_series(1, ${USERS}) u;
    -- Every person writes for one unit (a commune, or a district for every tenth); one in three also approves there.
    INSERT INTO "Membership" ("userId", "unitId", role)
      SELECT u.id, un.id, r.role::"UnitRole" FROM "User" u
      JOIN LATERAL (SELECT id FROM "Unit" WHERE slug = CASE WHEN u.id % 10 = 0 THEN 'huyen-thu-' || (1 + u.id % ${DISTRICTS}) ELSE 'xa-thu-' || (1 + u.id % ${COMMUNES}) END) un ON true
      CROSS JOIN LATERAL (SELECT 'AUTHOR' AS role UNION ALL SELECT 'APPROVER' WHERE u.id % 3 = 0) r
      WHERE u.email LIKE 'nguoi-%';
    -- Articles of every unit (districts and communes), mostly published over two years, some in progress.
    INSERT INTO "Article" (slug, title, sapo, body, state, "unitId", "originalUnitId", "writerId", "publishedAt", "submittedAt", "updatedAt")
      WITH authors AS (SELECT "userId", "unitId", (row_number() OVER (ORDER BY id) - 1)::int AS n FROM "Membership" WHERE role = 'AUTHOR')
      SELECT 'bai-' || a, 'Bài ' || a, 'Sapo ' || a, '{"type":"doc","content":[]}'::jsonb,
        (CASE WHEN a % 10 < 8 THEN 'PUBLISHED' WHEN a % 10 = 8 THEN 'DRAFT' ELSE 'SUBMITTED' END)::"ArticleState",
        m."unitId", m."unitId", m."userId",
        CASE WHEN a % 10 < 8 THEN timestamp '2024-01-01' + (a % 700) * interval '1 day' END,
        CASE WHEN a % 10 = 9 THEN now() END, now()
      FROM generate_series(1, ${ARTICLES}) a
      JOIN authors m ON m.n = a % ${USERS};
    -- Uploads of every tenth article's unit: a table the plan moves through PostgreSQL's catalogue.
    INSERT INTO "StoredFile" ("storageKey", "originalName", "mimeType", size, sha256, "uploadedById", "unitId")
      SELECT 'bench/' || id, 'tep-' || id || '.pdf', 'application/pdf', 1024, md5(id::text), "writerId", "unitId" FROM "Article" WHERE id % 10 = 0;
    INSERT INTO "WorkflowEvent" ("articleId", "actorId", action, "fromState", "toState", "createdAt")
      SELECT id, "writerId", 'APPROVE', 'SUBMITTED', 'PUBLISHED', "publishedAt" FROM "Article" WHERE state = 'PUBLISHED';
    INSERT INTO "Comment" ("articleId", state, "authorName", "authorEmail", content, "addressHash", "contentHash", "createdAt")
      WITH published AS (SELECT id, "publishedAt", (row_number() OVER (ORDER BY id) - 1)::int AS n FROM "Article" WHERE state = 'PUBLISHED')
      SELECT p.id, (CASE WHEN c % 4 = 0 THEN 'PENDING' ELSE 'APPROVED' END)::"CommentState", 'Bạn đọc', 'ban.doc@example.vn', 'Ý kiến ' || c, md5(c::text), md5('n' || c), p."publishedAt" + interval '1 hour'
      FROM generate_series(1, ${COMMENTS}) c
      JOIN published p ON p.n = (c * 7) % (SELECT count(*) FROM published);
  `);
  const admin = await db.user.findUniqueOrThrow({ where: { email: "quan-tri@bench.local" } });
  return { id: admin.id, portalRoles: ["ADMINISTRATOR"], memberships: [] };
}

/** 547 communes into 166 in runs of neighbours; each district goes to the commune at its seat (its first). */
async function planCsv(): Promise<{ csv: string; oldSlugs: string[] }> {
  const communes = await db.unit.findMany({ where: { type: "COMMUNE" }, orderBy: { sortOrder: "asc" }, select: { slug: true, parentId: true } });
  const districts = await db.unit.findMany({ where: { type: "DISTRICT" }, select: { id: true, slug: true } });
  const rows: string[][] = [];
  const groupOf = (index: number) => 1 + Math.floor((index * NEW_COMMUNES) / communes.length);
  communes.forEach((commune, index) => rows.push([commune.slug, `Xã Mới ${groupOf(index)}`, "Xã", ""]));
  for (const district of districts) {
    const seat = communes.findIndex((commune) => commune.parentId === district.id);
    rows.push([district.slug, `Xã Mới ${groupOf(seat)}`, "Xã", ""]);
  }
  const csv = ["Đơn vị cũ,Đơn vị mới,Loại đơn vị mới,Đơn vị cấp trên mới", ...rows.map((row) => row.join(","))].join("\n");
  return { csv, oldSlugs: rows.map((row) => row[0]) };
}

async function totals(separateMerged: boolean) {
  const period = parsePeriod({ ky: "tuy-chon", tu: "01/01/2024", den: "31/12/2026" }, new Date("2026-12-31T00:00:00Z"));
  if (!period.ok) throw new Error(period.error);
  const editor: PolicyActor = { id: 0, portalRoles: ["PROVINCIAL_EDITOR"], memberships: [] };
  const report = await getUnitReport(editor, { period: period.value, separateMerged });
  if (!report.ok) throw new Error(report.error);
  return report.value.total.figures;
}

async function main() {
  let started = performance.now();
  const admin = await generate();
  console.log(`Generated ${DISTRICTS} districts, ${COMMUNES} communes, ${USERS} users, ${ARTICLES} articles, ${COMMENTS} comments in ${seconds(performance.now() - started)}`);
  const [reportNowBefore, reportThenBefore] = [await totals(false), await totals(true)];
  const counts = async () => ({ articles: await db.article.count(), comments: await db.comment.count(), users: await db.user.count() });
  const before = await counts();

  const { csv, oldSlugs } = await planCsv();
  started = performance.now();
  const created = await createPlan(admin, { title: "Sắp xếp đơn vị hành chính cấp xã (thử tải)", sheet: { name: "ke-hoach.csv", bytes: Buffer.from(csv) } });
  if (!created.ok) throw new Error(created.error);
  const record = await db.reorganisationPlan.findUniqueOrThrow({ where: { id: created.value.id } });
  const preview = await previewRows(db, record.rows as PlanRow[]);
  const previewMs = performance.now() - started;
  expectThat(preview.problems.length === 0, `the plan has no problems (${preview.problems.slice(0, 3).join(" | ")})`);
  console.log(`Read, checked and previewed ${oldSlugs.length} lines (${preview.receivers.length} receiving units) in ${seconds(previewMs)}`);

  started = performance.now();
  const applied = await applyPlan(admin, { planId: created.value.id });
  const applyMs = performance.now() - started;
  if (!applied.ok) throw new Error(applied.error);
  console.log(`Applied in ${seconds(applyMs)}: ${JSON.stringify(applied.value.units)}, ${applied.value.moved.articles} articles, ${applied.value.moved.memberships} memberships moved`);
  expectThat(applyMs < 60_000, `applying takes under 60 s (${seconds(applyMs)})`);

  const active = await db.unit.count({ where: { status: "ACTIVE", type: "COMMUNE" } });
  expectThat(active === NEW_COMMUNES, `${NEW_COMMUNES} communes remain (${active})`);
  expectThat((await db.unit.count({ where: { status: "ACTIVE", type: "DISTRICT" } })) === 0, "no district remains");
  const orphans = await db.$queryRaw<{ what: string; count: number }[]>`
    SELECT 'articles on a merged unit' AS what, count(*)::int AS count FROM "Article" a JOIN "Unit" u ON u.id = a."unitId" WHERE u.status <> 'ACTIVE'
    UNION ALL SELECT 'memberships in a merged unit', count(*)::int FROM "Membership" m JOIN "Unit" u ON u.id = m."unitId" WHERE u.status <> 'ACTIVE'
    UNION ALL SELECT 'merged units whose successor is not active', count(*)::int FROM "Unit" u JOIN "Unit" s ON s.id = u."successorId" WHERE u.status = 'MERGED' AND s.status <> 'ACTIVE'
    UNION ALL SELECT 'active units under a merged parent', count(*)::int FROM "Unit" u JOIN "Unit" p ON p.id = u."parentId" WHERE u.status = 'ACTIVE' AND p.status <> 'ACTIVE'
    UNION ALL SELECT 'articles whose writing unit changed', count(*)::int FROM "Article" WHERE "originalUnitId" NOT IN (SELECT id FROM "Unit" WHERE slug LIKE 'xa-thu-%' OR slug LIKE 'huyen-thu-%')`;
  for (const orphan of orphans) expectThat(orphan.count === 0, `no ${orphan.what} (${orphan.count})`);
  // Every other column that points at a unit (found in the catalogue, as applying finds them).
  let left = 0;
  const tables: string[] = [];
  for (const reference of await unitReferences(db)) {
    const [{ count }] = await db.$queryRawUnsafe<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM ${reference.table} t JOIN "Unit" u ON u.id = t.${quoteIdent(reference.column)} WHERE u.status = 'MERGED'`,
    );
    left += count;
    tables.push(`${reference.table.replace(/"/g, "")}.${reference.column}`);
  }
  const files = await db.storedFile.count({ where: { unitId: { not: null } } });
  expectThat(left === 0 && files > 0, `no row of ${tables.join(", ")} left on a merged unit (${left}; ${files} uploads moved with their units)`);
  const usersWithoutUnit = await db.user.count({ where: { email: { startsWith: "nguoi-" }, memberships: { none: {} } } });
  expectThat(usersWithoutUnit === 0, `every user keeps a unit to work in (${usersWithoutUnit} without)`);

  const activeSlugs = new Set((await db.unit.findMany({ where: { status: "ACTIVE" }, select: { slug: true } })).map((u) => u.slug));
  let redirected = 0;
  for (const slug of oldSlugs) if (activeSlugs.has((await mergedUnitRedirect(slug)) ?? "")) redirected++;
  // A commune renamed in place keeps its address: it is not "old", it still answers.
  const kept = oldSlugs.filter((slug) => activeSlugs.has(slug)).length;
  expectThat(redirected + kept === oldSlugs.length, `every old address redirects to an active unit (${redirected} redirect, ${kept} kept, of ${oldSlugs.length})`);

  const after = await counts();
  expectThat(JSON.stringify(after) === JSON.stringify(before), `no article, comment or user lost (${JSON.stringify(after)})`);
  const [reportNowAfter, reportThenAfter] = [await totals(false), await totals(true)];
  expectThat(JSON.stringify(reportNowAfter) === JSON.stringify(reportNowBefore), `report totals by today's units equal before and after (${reportNowAfter.published} published)`);
  expectThat(JSON.stringify(reportThenAfter) === JSON.stringify(reportThenBefore), "report totals by the units of the time equal before and after");

  console.log(`\n| step | time |\n|---|---|\n| read, check and preview ${oldSlugs.length} lines | ${seconds(previewMs)} |\n| apply (one transaction) | ${seconds(applyMs)} |`);
  await db.$disconnect();
  if (failures.length > 0) {
    console.error(`${failures.length} check(s) failed`);
    process.exit(1);
  }
}

main().catch(async (error) => {
  console.error(error);
  await db.$disconnect();
  process.exit(1);
});
