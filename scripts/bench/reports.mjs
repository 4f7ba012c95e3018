// Report benchmark (issue "Báo cáo thống kê"): the time to build the statistics report over 100,000
// articles written by 50 units (three of them merged), with about 310,000 workflow events, 160,000
// comments and 30,000 attached files. Aim: under 1 s for a year, portal-wide.
// Keeps its data in a database of its own (pbgdpl_bench_reports) on DATABASE_URL's server; the data
// is made by set-based SQL (generate_series), then scripts/bench/reports-measure.ts times the use case.
import pg from "pg";
import { freshDatabase, run } from "../lib/bench-support.mjs";

const DATABASE = "pbgdpl_bench_reports";
const ARTICLES = Number(process.env.BENCH_REPORT_ARTICLES ?? 100_000);

// Units 1–50 in a fresh database: the Department of Justice, 14 agencies, 10 districts, 25 communes;
// communes 48–50 were merged (50 into 49, 49 and 48 into 47: a chain).
const UNITS = `
  INSERT INTO "Unit" (name, slug, type, "updatedAt")
  SELECT CASE WHEN g = 1 THEN 'Sở Tư pháp' WHEN g <= 15 THEN 'Sở số ' || g WHEN g <= 25 THEN 'Huyện số ' || g ELSE 'Xã số ' || g END,
         'don-vi-' || g,
         (CASE WHEN g = 1 THEN 'PROVINCIAL_JUSTICE' WHEN g <= 15 THEN 'PROVINCIAL_AGENCY' WHEN g <= 25 THEN 'DISTRICT' ELSE 'COMMUNE' END)::"UnitType",
         now()
  FROM generate_series(1, 50) AS g;
  UPDATE "Unit" SET status = 'MERGED', "successorId" = CASE id WHEN 50 THEN 49 ELSE 47 END, "mergedAt" = now() WHERE id IN (48, 49, 50);
  INSERT INTO "User" (email, name, "passwordHash", "updatedAt") VALUES ('viet@bench.local', 'Người viết', 'x', now());
`;

// Articles over 23 months; 80 % published (one in seven by schedule), 10 % waiting, 10 % drafts;
// one in ten returned once before publication, one in fifty taken down, one in twenty corrected.
const ARTICLES_SQL = `
  INSERT INTO "Article" (slug, title, sapo, body, state, "unitId", "originalUnitId", "writerId", "viewCount", "createdAt", "updatedAt")
  SELECT 'bai-' || g, 'Bài số ' || g, 'Sapo', '{"type":"doc","content":[]}'::jsonb,
         (CASE WHEN g % 10 < 8 THEN (CASE WHEN g % 50 = 0 THEN 'TAKEN_DOWN' ELSE 'PUBLISHED' END) WHEN g % 10 = 8 THEN 'SUBMITTED' ELSE 'DRAFT' END)::"ArticleState",
         CASE WHEN 1 + g % 50 IN (48, 49, 50) THEN 47 ELSE 1 + g % 50 END,
         1 + g % 50,
         1,
         (g * 7919) % 5000,
         timestamp '2025-01-01' + (g::float8 / $1) * interval '695 days',
         timestamp '2025-01-01' + (g::float8 / $1) * interval '695 days'
  FROM generate_series(1, $1::int) AS g;
`;

const EVENTS_SQL = `
  CREATE TEMP TABLE plan AS
  SELECT id, state, "createdAt" AS created,
         "createdAt" + interval '1 day' AS submitted,
         id % 10 = 3 AS returned_once,
         "createdAt" + interval '1 day' + CASE WHEN id % 10 = 3 THEN interval '1 day' ELSE interval '0' END AS last_submit,
         "createdAt" + interval '1 day' + CASE WHEN id % 10 = 3 THEN interval '1 day' ELSE interval '0' END
           + (id % 48) * interval '1 hour' + interval '30 minutes' AS published,
         id % 7 = 0 AS scheduled
  FROM "Article";

  INSERT INTO "WorkflowEvent" ("articleId", "actorId", action, "fromState", "toState", "createdAt")
  SELECT id, actor, action::"WorkflowAction", from_state::"ArticleState", to_state::"ArticleState", at FROM (
  SELECT id, 1 AS actor, 'CREATE' AS action, NULL AS from_state, 'DRAFT' AS to_state, created AS at FROM plan
  UNION ALL SELECT id, 1, 'SUBMIT', 'DRAFT', 'SUBMITTED', submitted FROM plan WHERE state <> 'DRAFT'
  UNION ALL SELECT id, 1, 'RETURN', 'SUBMITTED', 'RETURNED', submitted + interval '2 hours' FROM plan WHERE state IN ('PUBLISHED', 'TAKEN_DOWN') AND returned_once
  UNION ALL SELECT id, 1, 'SUBMIT', 'RETURNED', 'SUBMITTED', last_submit FROM plan WHERE state IN ('PUBLISHED', 'TAKEN_DOWN') AND returned_once
  UNION ALL SELECT id, 1, 'APPROVE', 'SUBMITTED', 'PUBLISHED', published FROM plan WHERE state IN ('PUBLISHED', 'TAKEN_DOWN') AND NOT scheduled
  UNION ALL SELECT id, 1, 'SCHEDULE', 'SUBMITTED', 'SCHEDULED', last_submit + interval '1 hour' FROM plan WHERE state IN ('PUBLISHED', 'TAKEN_DOWN') AND scheduled
  UNION ALL SELECT id, NULL, 'PUBLISH_SCHEDULED', 'SCHEDULED', 'PUBLISHED', published FROM plan WHERE state IN ('PUBLISHED', 'TAKEN_DOWN') AND scheduled
  UNION ALL SELECT id, 1, 'SUBMIT_CORRECTION', 'PUBLISHED', 'PUBLISHED', published + interval '2 days' FROM plan WHERE state = 'PUBLISHED' AND id % 20 = 1
  UNION ALL SELECT id, 1, 'APPROVE_CORRECTION', 'PUBLISHED', 'PUBLISHED', published + interval '3 days' FROM plan WHERE state = 'PUBLISHED' AND id % 20 = 1
  UNION ALL SELECT id, 1, 'TAKE_DOWN', 'PUBLISHED', 'TAKEN_DOWN', published + interval '5 days' FROM plan WHERE state = 'TAKEN_DOWN'
  ) AS events ORDER BY at;

  UPDATE "Article" a SET "publishedAt" = p.published, "submittedAt" = p.last_submit
  FROM plan p WHERE p.id = a.id AND a.state IN ('PUBLISHED', 'TAKEN_DOWN');
`;

const COMMENTS_AND_FILES_SQL = `
  INSERT INTO "Comment" ("articleId", state, "authorName", "authorEmail", content, "addressHash", "contentHash", "createdAt")
  SELECT a.id,
         (CASE g % 10 WHEN 0 THEN 'SPAM' WHEN 1 THEN 'REJECTED' WHEN 2 THEN 'PENDING' ELSE 'APPROVED' END)::"CommentState",
         'Bạn đọc', 'ban-doc@bench.local', 'Ý kiến', 'x', 'h' || g,
         a."publishedAt" + (g % 72) * interval '1 hour'
  FROM generate_series(1, 200000) AS g
  JOIN "Article" a ON a.id = 1 + (g * 37) % (SELECT max(id) FROM "Article")
  WHERE a."publishedAt" IS NOT NULL;

  INSERT INTO "StoredFile" ("storageKey", "originalName", "mimeType", size, sha256, "downloadCount")
  SELECT 'ab/' || md5(g::text) || '.pdf', 'ke-hoach-' || g || '.pdf', 'application/pdf', 100000, md5(g::text) || md5(g::text), g % 40
  FROM generate_series(1, 30000) AS g;

  INSERT INTO "ArticleAttachment" ("articleId", "fileId")
  SELECT 1 + (f.id * 3) % (SELECT max(id) FROM "Article"), f.id FROM "StoredFile" f;

  ANALYZE;
`;

export default async function reports({ databaseUrl }) {
  const url = await freshDatabase(databaseUrl, DATABASE);
  const env = { ...process.env, DATABASE_URL: url };
  await run("node", ["scripts/migrate.mjs", "deploy"], env);

  const started = Date.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(UNITS);
    await client.query(ARTICLES_SQL, [ARTICLES]);
    await client.query(EVENTS_SQL);
    await client.query(COMMENTS_AND_FILES_SQL);
    const { rows } = await client.query(`
      SELECT (SELECT count(*) FROM "Article") AS articles, (SELECT count(*) FROM "WorkflowEvent") AS events,
             (SELECT count(*) FROM "Comment") AS comments, (SELECT count(*) FROM "ArticleAttachment") AS attachments`);
    const counts = rows[0];
    console.log(
      `Data: ${counts.articles} articles, ${counts.events} workflow events, ${counts.comments} comments, ${counts.attachments} attachments over 50 units ` +
        `(made in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  } finally {
    await client.end();
  }
  await run("npx", ["tsx", "scripts/bench/reports-measure.ts"], env);
}
