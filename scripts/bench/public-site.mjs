// The public site under load: 10,000 generated articles in a database of its own (pbgdpl_bench on
// the server DATABASE_URL names, rebuilt on every run and dropped at the end), a production build
// (`next build` runs when .next is missing or older than the sources), the production server
// (scripts/server.mjs: Next behind the public page cache) as a separate process, and autocannon at
// 50 connections against the home, an article, a category and search (repeated queries, and new
// ones, also at 10 connections: a new search's cost is issue 14's part 4). Ceilings: static files the same server serves without rendering anything (public/favicon.svg
// and the site's stylesheet, about the size of a page), and — stricter — the article page saved as a
// file and answered from memory by a bare Node.js HTTP server in a process of its own.
//
// Options (environment): BENCH_DURATION seconds per target (10), BENCH_CONNECTIONS (50),
// BENCH_ARTICLES (10000), BENCH_KEEP_DB=1 keeps the database afterwards, BENCH_DATABASE its name
// (pbgdpl_bench), BENCH_TARGETS=search,home only those targets, NEXT_DIST_DIR the build (.next).
import autocannon from "autocannon";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freshDatabase, run, withDatabaseName } from "../lib/bench-support.mjs";
import { ensureBuild, freePort, startProductionServer, stopChild, waitUntilUp } from "./lib/production.mjs";

const DATABASE = process.env.BENCH_DATABASE ?? "pbgdpl_bench";
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
/** BENCH_TARGETS=search,home: only the targets whose name holds one of the words (and the ceilings). */
const ONLY = process.env.BENCH_TARGETS ? process.env.BENCH_TARGETS.split(",").map((word) => word.trim()) : null;

async function sql(url, text, values) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

// Words for titles and sentences for bodies, combined by the article number so that 10,000 articles
// read differently and searches match some of them, not all.
const SUBJECTS = ["Huyện An Lạc", "Xã Yên Bình", "Phường Nam Hà", "Sở Tư pháp", "Công an tỉnh", "Hội Nông dân xã", "Đoàn Thanh niên phường", "Hội Liên hiệp Phụ nữ huyện", "Trường THPT Nguyên Giang", "Ủy ban nhân dân thị trấn", "Ban Dân tộc tỉnh", "Tổ hòa giải thôn Đông"];
const ACTIONS = ["tuyên truyền", "phổ biến", "tổ chức hội nghị về", "ra mắt mô hình tìm hiểu", "tập huấn", "giải đáp vướng mắc về", "hướng dẫn thực hiện", "kiểm tra việc thi hành", "tổ chức cuộc thi tìm hiểu"];
const TOPICS = ["Luật Đất đai năm 2024", "Luật Hòa giải ở cơ sở", "Luật Trật tự, an toàn giao thông đường bộ", "pháp luật về phòng, chống bạo lực gia đình", "Luật Căn cước", "quy định về bảo vệ và phát triển rừng", "pháp luật về hôn nhân và gia đình", "Luật Trợ giúp pháp lý", "pháp luật về phòng, chống ma túy", "Bộ luật Lao động", "quy định về an toàn thực phẩm", "Luật Bảo hiểm xã hội", "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ", "pháp luật về phòng, chống mua bán người"];
const AUDIENCES = ["cho người dân", "cho đồng bào dân tộc thiểu số", "cho học sinh", "cho cán bộ cơ sở", "cho hòa giải viên", "cho công nhân lao động", "cho phụ nữ", "cho thanh niên", "cho người cao tuổi"];
const SENTENCES = [
  "Buổi tuyên truyền thu hút đông đảo bà con tham dự, nhiều câu hỏi được báo cáo viên giải đáp ngay tại chỗ.",
  "Các đại biểu được giới thiệu những điểm mới của văn bản, nhất là quyền và nghĩa vụ của công dân.",
  "Qua hình thức sân khấu hóa, người dân dễ nhớ, dễ hiểu và biết cách vận dụng vào đời sống hằng ngày.",
  "Ban tổ chức phát hàng trăm tờ gấp, sổ tay hỏi đáp pháp luật bằng tiếng phổ thông và tiếng dân tộc.",
  "Tổ hòa giải ở cơ sở tiếp tục phát huy vai trò, góp phần giữ gìn đoàn kết trong cộng đồng dân cư.",
  "Đại diện Phòng Tư pháp đề nghị các đoàn thể lồng ghép nội dung phổ biến pháp luật vào sinh hoạt định kỳ.",
  "Nhiều vướng mắc về thủ tục đất đai, hộ tịch, chứng thực được hướng dẫn cụ thể, rõ ràng.",
  "Hoạt động góp phần xây dựng xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật trong năm nay.",
  "Trung tâm Trợ giúp pháp lý nhà nước tỉnh cử trợ giúp viên tư vấn miễn phí cho người thuộc diện được trợ giúp.",
  "Cuộc thi trực tuyến ghi nhận hàng nghìn lượt tham gia, trong đó học sinh chiếm tỷ lệ lớn.",
  "Lực lượng công an xã phối hợp tuyên truyền phòng, chống lừa đảo qua mạng và bảo đảm an toàn giao thông.",
  "Ủy ban nhân dân xã cam kết tiếp tục đổi mới hình thức, nâng cao chất lượng công tác phổ biến, giáo dục pháp luật.",
  "Tủ sách pháp luật được bổ sung nhiều đầu sách mới, đặt tại nhà văn hóa thôn để bà con tiện tra cứu.",
  "Những tấm gương điển hình trong thực hiện pháp luật được biểu dương, khen thưởng kịp thời.",
  "Người dân phấn khởi vì được giải đáp tận tình các băn khoăn liên quan đến quyền sử dụng đất.",
  "Thời gian tới, địa phương sẽ nhân rộng mô hình ra các thôn, bản còn lại trên địa bàn.",
];

async function generateArticles(url, count) {
  // One statement: the demo seed provides units, categories, a writer and cover images to point at.
  // The word lists travel as parameters ($2…$6); only small integer constants are written into the SQL.
  const sentence = (k) => `($6::text[])[1 + ((g * ${k} + ${k * 3}) % cardinality($6::text[]))]`;
  const paragraph = (a, b) => `${sentence(a)} || ' ' || ${sentence(b)}`;
  const paragraphs = [paragraph(1, 5), paragraph(3, 7), paragraph(11, 13), paragraph(17, 19), paragraph(23, 29), paragraph(31, 37)];
  const statement = `
    WITH units AS (SELECT array_agg(id ORDER BY id) AS ids FROM "Unit" WHERE status = 'ACTIVE'),
         categories AS (SELECT array_agg(id ORDER BY "sortOrder") AS ids FROM "Category"),
         covers AS (SELECT array_agg(id ORDER BY id) AS ids FROM "StoredFile" WHERE "mimeType" LIKE 'image/%' AND width IS NOT NULL),
         writer AS (SELECT id FROM "User" ORDER BY id LIMIT 1),
         generated AS (
           SELECT g,
             ($2::text[])[1 + g % cardinality($2::text[])] || ' ' || ($3::text[])[1 + (g / 3) % cardinality($3::text[])] || ' ' ||
               ($4::text[])[1 + (g / 7) % cardinality($4::text[])] || ' ' || ($5::text[])[1 + (g / 11) % cardinality($5::text[])] AS title,
             ARRAY[${paragraphs.join(", ")}] AS paragraphs
           FROM generate_series(1, $1::int) AS g
         )
    INSERT INTO "Article" (slug, title, sapo, body, "bodyText", byline, state, "unitId", "originalUnitId", "categoryId", "writerId",
                           "coverImageId", "coverAlt", "coverCaption", "publishedAt", "createdAt", "updatedAt", "viewCount")
    SELECT 'bai-bench-' || g, title || ' (' || g || ')',
           'Sáng nay, ' || title || ', góp phần nâng cao ý thức chấp hành pháp luật trên địa bàn.',
           jsonb_build_object('type', 'doc', 'content', (
             SELECT jsonb_agg(jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', p))))
             FROM unnest(paragraphs) AS p)),
           array_to_string(paragraphs, E'\\n'),
           'Phóng viên ' || (g % 40 + 1),
           'PUBLISHED',
           units.ids[1 + g % cardinality(units.ids)], units.ids[1 + g % cardinality(units.ids)],
           categories.ids[1 + g % cardinality(categories.ids)], writer.id,
           CASE WHEN g % 3 = 0 THEN NULL ELSE covers.ids[1 + g % cardinality(covers.ids)] END,
           'Ảnh minh họa hoạt động phổ biến pháp luật', 'Quang cảnh buổi tuyên truyền pháp luật.',
           now() - (g * interval '37 minutes'), now() - (g * interval '37 minutes'), now() - (g * interval '37 minutes'),
           (g * 7919) % 2000
    FROM generated, units, categories, covers, writer`;
  await sql(url, statement, [count, SUBJECTS, ACTIONS, TOPICS, AUDIENCES, SENTENCES]);
  // As autovacuum leaves a live portal's table: without it, the 10,000 rows just written sit in the
  // search index's pending list (GIN fastupdate), which every search then reads through in full.
  await sql(url, `VACUUM ANALYZE "Article"`);
}

function load(url, { requests, title, connections = CONNECTIONS }) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: DURATION, requests, title }, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on("error", reject);
  });
}

function row(cells, widths) {
  return cells.map((cell, i) => String(cell).padEnd(widths[i])).join(" | ");
}

export default async function publicSite({ databaseUrl }) {
  const url = await freshDatabase(databaseUrl, DATABASE);
  const storage = mkdtempSync(path.join(os.tmpdir(), "pbgdpl-bench-"));
  const env = {
    ...process.env,
    DATABASE_URL: url,
    STORAGE_DIR: storage,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-not-for-production",
  };
  let server = null;
  let bare = null;
  let serverLog = null;
  try {
    console.log(`database ${DATABASE}: migrations, demo data, ${ARTICLES} generated articles`);
    await run("node", ["scripts/migrate.mjs", "deploy"], env, { quiet: true });
    await run("npx", ["tsx", "prisma/seed.ts"], env, { quiet: true });
    const generating = Date.now();
    await generateArticles(url, ARTICLES);
    console.log(`  generated in ${((Date.now() - generating) / 1000).toFixed(1)} s`);

    await ensureBuild(env);
    serverLog = path.join(storage, "server.log");
    const started = await startProductionServer(env, serverLog);
    server = started.child;
    const origin = started.origin;

    const category = (await sql(url, `SELECT slug FROM "Category" ORDER BY "sortOrder" LIMIT 1`)).rows[0].slug;
    // The site's stylesheet, a static file about the size of an article page, is the fair ceiling
    // for cached pages; the favicon shows what Next serves at the very least cost.
    const css = (await (await fetch(`${origin}/`)).text()).match(/\/_next\/static\/[^"]+\.css/)?.[0];
    if (!css) throw new Error("no stylesheet found on the home page");
    const cssSize = (await (await fetch(`${origin}${css}`)).arrayBuffer()).byteLength;
    const queries = ["phap luat", "hòa giải", "dat dai", '"luật đất đai"', "tro giup phap ly", "an toàn giao thông", "ma tuy thanh nien", "bao hiem xa hoi"];
    const words = ["phap", "luat", "hoa", "giai", "dat", "dai", "tro", "giup", "giao", "thong", "ma", "tuy", "lao", "dong", "rung", "hon", "nhan", "gia", "dinh", "bao", "hiem", "xa", "hoi", "can", "cuoc", "thuc", "pham", "chay", "dan", "toc", "hoc", "sinh", "phu", "nu", "thanh", "nien", "thon", "ban", "tu", "sach"];
    // New searches: every pair of words and page 1–3, in a shuffled order, each asked once across
    // both new-search targets (a far-future "đến ngày", which keeps every result, makes more once
    // the pairs run out): no request finds its page made before.
    const combos = words.flatMap((a) => words.flatMap((b) => [1, 2, 3].map((page) => `q=${a}+${b}&trang=${page}`)));
    for (let i = combos.length - 1; i > 0; i--) {
      const j = (i * 7919 + 13) % (i + 1);
      [combos[i], combos[j]] = [combos[j], combos[i]];
    }
    let asked = 0;
    const newSearch = () => {
      const round = Math.floor(asked / combos.length);
      const query = combos[asked++ % combos.length];
      return `/tim-kiem?${query}${round > 0 ? `&den-ngay=2099-${String(1 + (round % 12)).padStart(2, "0")}-${String(1 + (Math.floor(round / 12) % 28)).padStart(2, "0")}` : ""}`;
    };
    const anyArticle = () => 1 + Math.floor(Math.random() * ARTICLES);
    const articlePath = `/bai-viet/bai-bench-${Math.ceil(ARTICLES / 2)}`;
    // The stricter ceiling: the article page itself, saved as a file and answered by a bare Node server.
    const savedPage = path.join(storage, "article.html");
    writeFileSync(savedPage, Buffer.from(await (await fetch(`${origin}${articlePath}`)).arrayBuffer()));
    const barePort = await freePort();
    bare = spawn("node", ["scripts/lib/static-file-server.mjs", savedPage, String(barePort)], { stdio: "ignore", detached: true });
    const bareOrigin = `http://127.0.0.1:${barePort}`;
    await waitUntilUp(`${bareOrigin}/`, bare);
    const targets = [
      { name: "article saved, bare Node", origin: bareOrigin, path: "/", bare: true },
      { name: "favicon.svg (0.6 KB)", path: "/favicon.svg" },
      { name: `stylesheet (${Math.round(cssSize / 1024)} KB)`, path: css, ceiling: true },
      { name: "home", path: "/" },
      { name: "article (cached)", path: articlePath },
      {
        name: "article, any of 10,000",
        path: "/bai-viet/bai-bench-1",
        warm: false,
        // Readers spread over the whole archive: most requests are for a page nobody asked for yet.
        requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: `/bai-viet/bai-bench-${anyArticle()}` }) }],
      },
      { name: "category", path: `/chuyen-muc/${category}` },
      { name: "category, page 5", path: `/chuyen-muc/${category}?trang=5` },
      { name: "search, 8 queries", path: `/tim-kiem?q=${encodeURIComponent(queries[0])}`, requests: queries.map((q) => ({ method: "GET", path: `/tim-kiem?q=${encodeURIComponent(q)}` })) },
      {
        name: "search, new each time",
        path: "/tim-kiem?q=phap",
        warm: false,
        // Two words and a page: every request is a search nobody made before.
        requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: newSearch() }) }],
      },
      {
        name: "new search, 10 conn.",
        path: "/tim-kiem?q=phap",
        warm: false,
        connections: 10,
        requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: newSearch() }) }],
      },
    ].filter((target) => !ONLY || target.bare || target.ceiling || ONLY.some((word) => target.name.includes(word)));
    // Warm up: the first request renders a page into the cache, later ones are served from it.
    for (const target of targets.filter((t) => t.warm !== false)) {
      for (const request of target.requests ?? [{ path: target.path }]) {
        for (let i = 0; i < 3; i++) await fetch(`${target.origin ?? origin}${request.path}`);
      }
    }

    const results = [];
    for (const target of targets) {
      // The target before may have left requests in the server's queue (autocannon stops sending, the
      // server still answers what it was sent): they are done before this one is measured.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const result = await load(`${target.origin ?? origin}${target.path}`, { requests: target.requests, title: target.name, connections: target.connections });
      // A request still waiting after autocannon's 10 s is a timeout: slow, not wrong.
      const errors = result.errors - result.timeouts + result.non2xx;
      results.push({ ...target, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors, timeouts: result.timeouts });
    }
    const ceiling = results.find((r) => r.ceiling).rps;
    const bareCeiling = results.find((r) => r.bare).rps;
    const widths = [24, 7, 7, 7, 12, 11, 6, 8];
    console.log(`\n${CONNECTIONS} connections (unless the name says otherwise), ${DURATION} s per target, ${ARTICLES} generated articles (+ the demo data)`);
    console.log(row(["target", "req/s", "p50 ms", "p99 ms", "× stylesheet", "× bare Node", "errors", "timeouts"], widths));
    console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
    for (const r of results) {
      console.log(row([r.name, Math.round(r.rps), r.p50, r.p99, (r.rps / ceiling).toFixed(2), (r.rps / bareCeiling).toFixed(2), r.errors, r.timeouts], widths));
    }
    if (results.some((r) => r.errors > 0)) throw new Error("some requests failed (see the errors column)");
  } finally {
    // Each runs in its own process group: end the group, which holds only what we started, and
    // wait for it before the database goes.
    for (const child of [server, bare]) await stopChild(child);
    rmSync(storage, { recursive: true, force: true });
    if (!process.env.BENCH_KEEP_DB) {
      await sql(withDatabaseName(databaseUrl, "postgres"), `DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`).catch(() => {});
    }
  }
}
