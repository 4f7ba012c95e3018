// The production topology under load (issue 17). Three servers answer the same cached article, each
// asked by autocannon (50 connections, Accept-Encoding: gzip as browsers send) for BENCH_DURATION
// seconds: nginx serving the saved page from disk with gzip_static (the ceiling a user would choose
// instead), Varnish in front of two instances (scripts/lib/topology.mjs), and the single-process
// default (`npm start`: the in-process page cache). Then, with BENCH_SOAK_MINUTES > 0, a soak through
// Varnish: 8 readers over the whole archive; writers — each draft's author signed in with the demo
// password — saving their drafts with the editor's server action every 2.5 s (every fifth a Lưu nháp
// that reloads the editor); readers commenting on published articles through the public routes
// (/api/binh-luan/ma, /api/binh-luan), each comment from its own loopback address; one publication a
// minute expired through instance A. Every request's status is counted by kind, and each instance's
// memory (RSS) sampled every 10 s; the soak fails (non-zero exit) on any failed request, on growth of
// 10 % or more after the first minute, or above 400 MB.
//
// Options: BENCH_DURATION (10), BENCH_CONNECTIONS (50), BENCH_SOAK_MINUTES (0), NEXT_DIST_DIR (.next),
// BENCH_SKIP_BUILD=1 (use that build as it is),
// BENCH_DATABASE (pbgdpl_bench_topology, demo data). Needs varnish, varnish-modules and nginx-light.
import autocannon from "autocannon";
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { randomUUID } from "node:crypto";
import { freshDatabase, run } from "../lib/bench-support.mjs";
import { startTopology, varnishInstalled, waitFor, freePort } from "../lib/topology.mjs";
import { distDir, ensureBuild, startProductionServer, stopChild } from "./lib/production.mjs";
import { loopbackAddresses, requestFrom } from "./lib/request-from.mjs";
import { callServerAction, serverActionId } from "./lib/server-action.mjs";
import { signIn } from "./lib/sign-in.mjs";

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SOAK_MINUTES = Number(process.env.BENCH_SOAK_MINUTES ?? 0);
const DATABASE = process.env.BENCH_DATABASE ?? "pbgdpl_bench_topology";
const GZIP = { "accept-encoding": "gzip" };

function cannon(url, title) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: GZIP, title }, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on("error", reject);
  });
}

async function startNginx(dir, port) {
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/site;
    gzip_static on;
    default_type "text/html; charset=utf-8";
    location / { try_files /article.html =404; }
  }
}
`,
  );
  spawnSync("mkdir", ["-p", `${dir}/tmp`]);
  const child = spawn("nginx", ["-c", `${dir}/nginx.conf`, "-g", "daemon off;"], { stdio: "ignore" });
  await waitFor(`http://127.0.0.1:${port}/`).catch((error) => {
    child.kill("SIGTERM");
    throw error;
  });
  return child;
}

/** RSS of a process in MB (Linux /proc). */
function rssMb(pid) {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : NaN;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const pick = (list) => list[Math.floor(Math.random() * list.length)];

/** Every demo account's password (prisma/seed/constants.ts, README "Demo accounts"). */
const DEMO_PASSWORD = "Demo@12345";
/** The editor autosaves this long after the last keystroke (components/editor/use-article-saving.ts). */
const AUTOSAVE_DELAY_MS = 2500;
/** Every fifth save is Lưu nháp, after which the editor reloads its page. */
const MANUAL_EVERY = 5;
/** Comment defaults when the `comments` setting does not say (lib/comments/settings.ts). */
const COMMENT_DEFAULTS = { minFillSeconds: 3, closeAfterDays: 30, addressLimit: 5, addressWindowMinutes: 10 };
const COMMENTERS = 2;
/** Readers' addresses for comments: each sends far fewer than the per-address limit in its window. */
const COMMENT_ADDRESSES = 200;

/** Requests of the soak by kind and outcome; any outcome not "200" is a failed request. */
function tally() {
  const counts = new Map();
  const examples = [];
  return {
    counts,
    examples,
    record(kind, outcome, detail) {
      const byOutcome = counts.get(kind) ?? new Map();
      counts.set(kind, byOutcome);
      byOutcome.set(outcome, (byOutcome.get(outcome) ?? 0) + 1);
      if (outcome !== "200" && examples.length < 10) examples.push(`${kind} ${outcome}${detail ? `: ${detail}` : ""}`);
    },
    failed: () => [...counts.values()].flatMap((byOutcome) => [...byOutcome].filter(([outcome]) => outcome !== "200")).reduce((sum, [, n]) => sum + n, 0),
    total: () => [...counts.values()].flatMap((byOutcome) => [...byOutcome.values()]).reduce((sum, n) => sum + n, 0),
  };
}

/** A draft (or a returned article, which its writer reworks) as its editor opens it: the saved fields in the shape the editor sends (toSavedFields). */
async function draftsToEdit(client, limit) {
  const { rows } = await client.query(
    `SELECT a.id, a.version, a.title, a.sapo, a.body, a.byline, a.source, a."categoryId", a."coverImageId", a."coverCaption", a."coverAlt", w.email
       FROM "Article" a JOIN "User" w ON w.id = a."writerId" JOIN "Unit" u ON u.id = a."unitId"
      WHERE a.state IN ('DRAFT', 'RETURNED') AND a."deletedAt" IS NULL AND u.status = 'ACTIVE' AND w.active
      ORDER BY a.id LIMIT $1`,
    [limit],
  );
  const drafts = [];
  // One query at a time: a pg client does not run queries side by side.
  for (const row of rows) {
    const tags = await client.query(`SELECT t.name FROM "ArticleTag" at JOIN "Tag" t ON t.id = at."tagId" WHERE at."articleId" = $1 ORDER BY t.name`, [row.id]);
    const files = await client.query(`SELECT "fileId", title FROM "ArticleAttachment" WHERE "articleId" = $1 ORDER BY "sortOrder"`, [row.id]);
    drafts.push({
      id: row.id,
      version: row.version,
      email: row.email,
      fields: {
        title: row.title,
        sapo: row.sapo,
        body: row.body,
        byline: row.byline ?? "",
        source: row.source ?? "",
        categoryId: row.categoryId,
        tags: tags.rows.map((t) => t.name),
        coverImageId: row.coverImageId,
        coverCaption: row.coverCaption ?? "",
        coverAlt: row.coverAlt ?? "",
        attachments: files.rows.map((f) => ({ fileId: f.fileId, title: f.title })),
      },
    });
  }
  return drafts;
}

/** The body with one more paragraph at the end: what the writer typed since the last save. */
function withTypedParagraph(body, text) {
  const doc = body && typeof body === "object" && Array.isArray(body.content) ? body : { type: "doc", content: [] };
  return { ...doc, content: [...doc.content, { type: "paragraph", content: [{ type: "text", text }] }] };
}

async function soak(topology, databaseUrl, minutes) {
  const origin = topology.varnishUrl;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows: articles } = await client.query(`SELECT id, slug, "unitId", "categoryId" FROM "Article" WHERE state = 'PUBLISHED'`);
  const paths = [...articles.map((a) => `/bai-viet/${a.slug}`), "/", "/tim-kiem?q=luat", "/tim-kiem?q=hoa+giai", "/rss"];
  const { rows: settingRows } = await client.query(`SELECT value FROM "Setting" WHERE key = 'comments'`);
  const commentSettings = { ...COMMENT_DEFAULTS, ...settingRows[0]?.value };
  const { rows: commentable } = await client.query(
    `SELECT id, slug FROM "Article" WHERE state = 'PUBLISHED' AND "deletedAt" IS NULL AND "commentsEnabled"
       AND ($1::int = 0 OR "publishedAt" > now() - make_interval(days => $1::int) + interval '1 hour')`,
    [commentSettings.closeAfterDays],
  );
  if (commentable.length === 0) throw new Error("soak: no published article takes comments");

  // Writers: each draft's own author, signed in through Varnish, in the editor of that draft.
  const drafts = await draftsToEdit(client, 4);
  if (drafts.length === 0) throw new Error("soak: no draft to edit");
  const cookies = new Map();
  for (const email of new Set(drafts.map((d) => d.email))) cookies.set(email, await signIn(origin, { email, password: DEMO_PASSWORD }));
  const saveAction = serverActionId({
    distDir: distDir(),
    file: "app/(workspace)/quan-ly/bai-viet/actions.ts",
    name: "saveArticleAction",
    page: "app/(workspace)/quan-ly/bai-viet/[id]/page",
  });

  const counted = tally();
  const started = Date.now();
  const end = started + minutes * 60_000;
  const samples = [];
  const sample = () => samples.push({ at: Date.now(), rss: topology.instances.map((i) => rssMb(i.process.pid)) });
  sample();
  const sampler = setInterval(sample, 10_000);

  const reader = async () => {
    while (Date.now() < end) {
      const p = pick(paths);
      try {
        const response = await fetch(`${origin}${p}`, { headers: GZIP });
        await response.arrayBuffer();
        counted.record("reader", String(response.status), p);
      } catch (error) {
        counted.record("reader", "error", `${p} ${error.message}`);
      }
      // A steady load, not a saturating one: the soak measures memory over time, not throughput.
      await sleep(20);
    }
  };

  const writer = async (draft) => {
    const cookie = cookies.get(draft.email);
    const editor = `${origin}/quan-ly/bai-viet/${draft.id}`;
    const open = async () => {
      try {
        const response = await fetch(editor, { headers: { ...GZIP, cookie }, redirect: "manual" });
        await response.arrayBuffer();
        counted.record("writer", String(response.status), `GET ${editor} ${response.headers.get("location") ?? ""}`);
      } catch (error) {
        counted.record("writer", "error", `GET ${editor} ${error.message}`);
      }
    };
    await open();
    let version = draft.version;
    for (let n = 1; Date.now() < end; n++) {
      await sleep(AUTOSAVE_DELAY_MS);
      const manual = n % MANUAL_EVERY === 0;
      const fields = { ...draft.fields, body: withTypedParagraph(draft.fields.body, `Đoạn đang viết trong lúc đo tải, lần lưu thứ ${n}.`) };
      try {
        const { status, result } = await callServerAction({
          pageUrl: editor,
          actionId: saveAction,
          args: [{ articleId: draft.id, baseVersion: version, kind: manual ? "MANUAL" : "AUTOSAVE", fields }],
          origin,
          cookie,
        });
        if (status === 200 && result?.ok) {
          version = result.value.version;
          counted.record("writer", "200");
        } else {
          counted.record("writer", status === 200 ? "refused" : String(status), `save of draft ${draft.id}: ${JSON.stringify(result)?.slice(0, 200)}`);
        }
      } catch (error) {
        counted.record("writer", "error", `save of draft ${draft.id}: ${error.message}`);
      }
      // Lưu nháp: the editor then reloads its page so the history shows the new revision.
      if (manual) await open();
    }
  };

  // Comments: a reader opens a published article (from the cache), the form asks for its token, the
  // reader writes for a few seconds (longer than the minimum fill time) and sends. Each comment comes
  // from its own loopback address, which Varnish passes on in X-Forwarded-For and the instance takes
  // (TRUSTED_PROXY_COUNT=1): so many readers, each far under the per-address limit, as on the real site.
  const addresses = loopbackAddresses(COMMENT_ADDRESSES);
  let commentNumber = 0;
  const fillMs = (commentSettings.minFillSeconds + 2) * 1000;
  const commentOnce = async (n) => {
    const address = addresses[n % addresses.length];
    const article = pick(commentable);
    const page = await requestFrom(address, `${origin}/bai-viet/${article.slug}`, { headers: GZIP });
    counted.record("comment", String(page.status), `GET /bai-viet/${article.slug}`);
    const tokenAnswer = await requestFrom(address, `${origin}/api/binh-luan/ma?bai=${article.id}`);
    const token = tokenAnswer.status === 200 ? JSON.parse(tokenAnswer.text).token : undefined;
    counted.record("comment", token ? "200" : tokenAnswer.status === 200 ? "no token" : String(tokenAnswer.status), `token for ${article.id}: ${tokenAnswer.text.slice(0, 200)}`);
    if (!token) return;
    await sleep(fillMs);
    const form = new URLSearchParams({
      articleId: String(article.id),
      token,
      content: `Bài viết rõ ràng, dễ hiểu; tôi sẽ chia sẻ cho bà con trong xóm (ý kiến số ${n} khi đo tải, ${randomUUID().slice(0, 8)}).`,
      name: `Bạn đọc số ${n}`,
      email: `ban-doc-${n}-${randomUUID().slice(0, 8)}@example.com`,
      website: "",
    });
    const sent = await requestFrom(address, `${origin}/api/binh-luan`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded;charset=UTF-8", origin },
      body: form.toString(),
    });
    let ok = false;
    try {
      ok = JSON.parse(sent.text).ok === true;
    } catch {
      // not JSON: counted as failed below
    }
    const outcome = sent.status === 200 && ok ? "200" : sent.status === 200 ? "refused" : String(sent.status);
    counted.record("comment", outcome, `POST /api/binh-luan from ${address}: ${sent.text.slice(0, 200)}`);
  };
  const commenter = async () => {
    while (Date.now() + fillMs < end) {
      const n = ++commentNumber;
      await commentOnce(n).catch((error) => counted.record("comment", "error", error.message));
      await sleep(3000);
    }
  };

  // One publication in the middle of every minute: 30 s, 90 s, … (ten in ten minutes).
  const publisher = async () => {
    for (let i = 0; i < Math.floor(minutes); i++) {
      await sleep(Math.max(0, started + 30_000 + i * 60_000 - Date.now()));
      const a = articles[i % articles.length];
      await client.query(`UPDATE "Article" SET "publishedAt" = now(), "updatedAt" = now() WHERE id = $1`, [a.id]);
      try {
        const response = await fetch(`${topology.instances[0].url}/api/noi-bo/lam-moi`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-revalidate-secret": process.env.REVALIDATE_SECRET },
          body: JSON.stringify({ changes: { articles: [{ before: null, after: { id: a.id, slug: a.slug, unitId: a.unitId, categoryId: a.categoryId } }] } }),
        });
        counted.record("publication", String(response.status), await response.text().then((t) => t.slice(0, 200)));
      } catch (error) {
        counted.record("publication", "error", error.message);
      }
    }
  };

  await Promise.all([
    ...Array.from({ length: 8 }, reader),
    ...drafts.map((draft) => writer(draft)),
    ...Array.from({ length: COMMENTERS }, commenter),
    publisher(),
  ]);
  clearInterval(sampler);
  sample();
  const { rows: commentRows } = await client.query(
    `SELECT count(*)::int AS comments, count(DISTINCT "addressHash")::int AS addresses FROM "Comment" WHERE "createdAt" >= $1`,
    [new Date(started)],
  );
  await client.end();

  // Warm-up: the first minute (pages rendered and cached for the first time, pools filled).
  const warm = samples.find((s) => s.at - started >= 60_000) ?? samples[0];
  const last = samples.at(-1);
  const failures = [];
  console.log(`soak ${minutes} min through Varnish: ${counted.total()} requests, ${counted.failed()} failed`);
  for (const kind of ["reader", "writer", "comment", "publication"]) {
    const byOutcome = counted.counts.get(kind) ?? new Map();
    console.log(`  ${kind.padEnd(12)} ${[...byOutcome].map(([outcome, n]) => `${outcome}: ${n}`).join(", ") || "none"}`);
    if (byOutcome.size === 0 && (kind !== "publication" || minutes >= 1)) failures.push(`no ${kind} request was made`);
  }
  console.log(`  comments stored during the soak: ${commentRows[0].comments}, from ${commentRows[0].addresses} addresses`);
  for (const example of counted.examples) console.log(`  failed: ${example}`);
  if (counted.failed() > 0) failures.push(`${counted.failed()} failed requests`);
  topology.instances.forEach((instance, index) => {
    const peak = Math.max(...samples.map((s) => s.rss[index]));
    const growth = (last.rss[index] - warm.rss[index]) / warm.rss[index];
    console.log(
      `  instance ${instance.name}: RSS after warm-up ${warm.rss[index].toFixed(0)} MB, at the end ${last.rss[index].toFixed(0)} MB ` +
        `(${(growth * 100).toFixed(1)} %), peak ${peak.toFixed(0)} MB`,
    );
    console.log(`    RSS every 10 s from the start (MB): ${samples.map((s) => s.rss[index].toFixed(0)).join(" ")}`);
    if (growth >= 0.1) failures.push(`instance ${instance.name} grew ${(growth * 100).toFixed(1)} % after warm-up`);
    if (peak > 400) failures.push(`instance ${instance.name} reached ${peak.toFixed(0)} MB`);
  });
  if (failures.length > 0) throw new Error(`soak failed: ${failures.join("; ")}`);
}

export default async function topologyBench({ databaseUrl }) {
  if (!varnishInstalled() || spawnSync("nginx", ["-v"]).status !== 0) {
    console.log("topology: skipped (needs Debian's varnish, varnish-modules and nginx-light)");
    return;
  }
  const url = await freshDatabase(databaseUrl, DATABASE);
  const work = mkdtempSync(path.join(os.tmpdir(), "pbgdpl-bench-topology-"));
  // nginx's workers run as another user when started by root: they must be able to read the page.
  chmodSync(work, 0o755);
  process.env.REVALIDATE_SECRET ??= "bench-revalidate-secret";
  const env = { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: "bench-secret", STORAGE_DIR: path.join(work, "storage"), NEXT_TELEMETRY_DISABLED: "1", SCHEDULER_DISABLED: "1" };
  await run("node", ["scripts/migrate.mjs", "deploy"], env, { quiet: true });
  await run("npx", ["tsx", "prisma/seed.ts"], env, { quiet: true });
  // BENCH_SKIP_BUILD=1: use the build in NEXT_DIST_DIR as it is (several people building one checkout).
  if (process.env.BENCH_SKIP_BUILD !== "1") await ensureBuild(env);

  const topology = await startTopology({ env: { ...env, REDIS_KEY_PREFIX: "bench:" }, workDir: path.join(work, "topology") });
  let single;
  let nginx;
  try {
    const reader = new pg.Client({ connectionString: url });
    await reader.connect();
    const { rows } = await reader.query(`SELECT slug FROM "Article" WHERE state = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT 1`);
    await reader.end();
    const article = `/bai-viet/${rows[0].slug}`;
    for (let i = 0; i < 3; i++) await fetch(`${topology.varnishUrl}${article}`, { headers: GZIP }).then((r) => r.arrayBuffer());

    // The same page as Varnish gives it, saved for nginx (plain and pre-compressed).
    const page = Buffer.from(await (await fetch(`${topology.varnishUrl}${article}`)).arrayBuffer());
    spawnSync("mkdir", ["-p", path.join(work, "site")]);
    writeFileSync(path.join(work, "site", "article.html"), page);
    writeFileSync(path.join(work, "site", "article.html.gz"), gzipSync(page, { level: 9 }));
    const nginxPort = await freePort();
    nginx = await startNginx(work, nginxPort);

    single = await startProductionServer(env, path.join(work, "single.log"));
    for (let i = 0; i < 3; i++) await fetch(`${single.origin}${article}`, { headers: GZIP }).then((r) => r.arrayBuffer());

    const results = [];
    for (const [name, target] of [
      ["nginx, saved page (gzip_static)", `http://127.0.0.1:${nginxPort}/`],
      ["Varnish → 2 instances", `${topology.varnishUrl}${article}`],
      ["npm start (in-process page cache)", `${single.origin}${article}`],
    ]) {
      const result = await cannon(target, name);
      results.push({ name, rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx });
    }
    const nginxRps = results[0].rps;
    console.log(`cached article, ${CONNECTIONS} connections, ${DURATION} s each, Accept-Encoding: gzip (${page.length} bytes uncompressed)`);
    for (const r of results) {
      console.log(`  ${r.name.padEnd(36)} ${String(Math.round(r.rps)).padStart(7)} req/s  p99 ${String(r.p99).padStart(4)} ms  ${(r.rps / nginxRps).toFixed(2)} × nginx  ${r.errors} errors`);
    }

    if (SOAK_MINUTES > 0) {
      await stopChild(single.child);
      single = null;
      nginx.kill("SIGTERM");
      nginx = null;
      await soak(topology, url, SOAK_MINUTES);
    }
  } finally {
    if (single) await stopChild(single.child);
    nginx?.kill("SIGTERM");
    await topology.stop();
    rmSync(work, { recursive: true, force: true });
  }
}
