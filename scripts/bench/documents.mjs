// Văn bản pháp luật at scale (issue 19): 50,000 published documents in a database of their own
// (pbgdpl_bench_documents on DATABASE_URL's server, made afresh each run), then
// scripts/bench/documents-measure.ts times the faceted search (every query of the /van-ban page:
// the list, its count and the five facets' counts) over a mix of readers' searches, and the import
// of a 5,000-row sheet through the import use case (every row checked, then stored in one transaction).
// Aims: search p95 < 100 ms in PostgreSQL, the import < 30 s.
// Options (environment): BENCH_DOCUMENTS (50000), BENCH_SEARCHES (300), BENCH_IMPORT_ROWS (5000).
import pg from "pg";
import { freshDatabase, run } from "../lib/bench-support.mjs";

const DATABASE = "pbgdpl_bench_documents";
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 50_000);

// Types with their abbreviations, issuers and subjects combined by the row number, so facets and
// words spread like a real library's (a few issuers hold most documents, as in the national one).
const SETUP = (count) => `
  INSERT INTO "Unit" (name, slug, type, "updatedAt") VALUES ('Sở Tư pháp', 'so-tu-phap', 'PROVINCIAL_JUSTICE', now());
  INSERT INTO "User" (email, name, "passwordHash", "updatedAt") VALUES ('bench@documents.test', 'Người nhập', 'x', now());
  INSERT INTO "Membership" ("userId", "unitId", role) VALUES (1, 1, 'APPROVER');
  INSERT INTO "LegalField" (name, slug, "updatedAt")
    SELECT f, 'linh-vuc-' || i, now() FROM unnest(ARRAY['Đất đai','Hôn nhân và gia đình','Dân sự','Hình sự','Hành chính','Lao động – Việc làm','Bảo hiểm xã hội','Doanh nghiệp','Giao thông','Hộ tịch – Chứng thực','Thuế – Phí – Lệ phí','Giáo dục','Y tế','Môi trường','Khiếu nại – Tố cáo']) WITH ORDINALITY AS t(f, i);
  WITH types(i, key, label, abbr) AS (VALUES
      (0, 'LUAT', 'Luật', 'QH'), (1, 'NGHI_DINH', 'Nghị định', 'NĐ-CP'), (2, 'THONG_TU', 'Thông tư', 'TT-BTP'),
      (3, 'QUYET_DINH', 'Quyết định', 'QĐ-UBND'), (4, 'NGHI_QUYET', 'Nghị quyết', 'NQ-HĐND'), (5, 'CHI_THI', 'Chỉ thị', 'CT-UBND'),
      (6, 'KE_HOACH', 'Kế hoạch', 'KH-UBND'), (7, 'CONG_VAN', 'Công văn', 'STP-PBGDPL')),
    issuers(i, name) AS (SELECT i - 1, n FROM unnest(ARRAY['Chính phủ','Quốc hội','Bộ Tư pháp','UBND tỉnh Thanh Nguyên','HĐND tỉnh Thanh Nguyên','Thủ tướng Chính phủ','Bộ Tài chính','Bộ Công an','Sở Tư pháp','UBND xã An Lạc','UBND phường Nguyên Giang','Bộ Giáo dục và Đào tạo']) WITH ORDINALITY AS t(n, i)),
    topics(i, words) AS (SELECT i - 1, w FROM unnest(ARRAY['quy định chi tiết thi hành Luật Đất đai','xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ','phổ biến, giáo dục pháp luật năm','hòa giải ở cơ sở','đăng ký và quản lý hộ tịch','trợ giúp pháp lý cho người dân','phòng, chống bạo lực gia đình','bảo hiểm xã hội bắt buộc','chuẩn tiếp cận pháp luật của xã, phường','quản lý thuế, phí và lệ phí','an toàn thực phẩm','bảo vệ môi trường','giải quyết khiếu nại, tố cáo','tuyển sinh và giáo dục phổ thông','phòng cháy, chữa cháy']) WITH ORDINALITY AS t(w, i)),
    rows AS (
      SELECT g, types.key, types.label, types.abbr, issuers.name AS issuer, topics.words AS topic,
             (1990 + g % 37) AS year, make_date(1990 + g % 37, 1 + g % 12, 1 + g % 28) AS issued
      FROM generate_series(1, ${count}) AS g
      JOIN types ON types.i = g % 8
      JOIN issuers ON issuers.i = (g * 7) % 12
      JOIN topics ON topics.i = (g * 13) % 15
    )
  INSERT INTO "LegalDocument" (slug, number, "numberKey", type, issuer, signer, "issuedOn", "effectiveFrom", "expiresOn", "effectSet", summary,
                               "legalFieldId", "unitId", "createdById", state, "publishedAt", "searchWords", "updatedAt")
  SELECT 'van-ban-' || g, g || '/' || year || '/' || abbr, lower(public.immutable_unaccent(g || '/' || year || '/' || abbr)), key, issuer, 'Người ký ' || (g % 50),
         issued, issued + 30, CASE WHEN g % 5 = 0 THEN issued + 3650 END, CASE WHEN g % 17 = 0 THEN 'PARTLY_EXPIRED'::"DocumentEffect" END,
         initcap(topic) || ' (văn bản số ' || g || ')', 1 + g % 15, 1, 1, 'PUBLISHED', issued, ARRAY(SELECT DISTINCT w FROM unnest(
           pg_catalog.regexp_split_to_array(lower(public.immutable_unaccent(label || ' ' || g || '/' || year || '/' || abbr || ' ' || issuer || ' ' || topic || ' văn bản số ' || g)), '[^a-z0-9]+')) AS w WHERE w <> ''),
         now()
  FROM rows;
`;

export default async function documentsBench({ databaseUrl }) {
  const url = await freshDatabase(databaseUrl, DATABASE);
  const env = { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-not-for-production", STORAGE_DIR: process.env.STORAGE_DIR ?? "/tmp/pbgdpl-bench-documents" };
  await run("node", ["scripts/migrate.mjs", "deploy"], env, { quiet: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  try {
    await client.query(SETUP(DOCUMENTS));
    // What autovacuum does soon after a bulk load: statistics, and the visibility map that lets the
    // facets be counted from the covering index alone.
    await client.query('VACUUM ANALYZE "LegalDocument"');
  } finally {
    await client.end();
  }
  console.log(`${DOCUMENTS} documents generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await run("npx", ["tsx", "scripts/bench/documents-measure.ts"], env);
}
