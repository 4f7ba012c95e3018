// Measures saveArticle and renderArticleHtml on a 5,000-word article with 20 figures; run by
// scripts/bench/authoring.mjs against a database of its own. Prints a table.
import { performance } from "node:perf_hooks";
import { createDraft } from "../../lib/articles/create-draft";
import { saveArticle } from "../../lib/articles/save-article";
import { db } from "../../lib/db";
import type { PolicyActor } from "../../lib/policy";
import { doc, figure, h2, p } from "../../lib/richtext/build";
import { extractPlainText, renderArticleHtml } from "../../lib/richtext/render";
import { countWords } from "../../lib/vietnamese";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const SENTENCE = "Buổi tuyên truyền thu hút đông đảo bà con tham dự và nhiều câu hỏi được báo cáo viên giải đáp ngay tại chỗ";

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const unit = await db.unit.create({ data: { name: "Huyện Đo Hiệu Năng", slug: "huyen-do-hieu-nang", type: "DISTRICT" } });
  const user = await db.user.create({ data: { email: "do-hieu-nang@bench.local", name: "Người đo", passwordHash: "x" } });
  await db.membership.create({ data: { userId: user.id, unitId: unit.id, role: "AUTHOR" } });
  const category = await db.category.create({ data: { name: "Tin hoạt động", slug: "tin-hoat-dong" } });
  const actor: PolicyActor = { id: user.id, portalRoles: [], memberships: [{ unitId: unit.id, role: "AUTHOR" }] };
  const images = await Promise.all(
    Array.from({ length: 20 }, (_, i) => {
      const hash = i.toString(16).padStart(2, "0").repeat(32);
      return db.storedFile.create({
        data: { storageKey: `${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}.jpg`, originalName: `anh-${i}.jpg`, mimeType: "image/jpeg", size: 200_000, sha256: hash, width: 1600, height: 900 },
      });
    }),
  );

  // 20 sections: a heading, ~250 words of paragraphs and a figure each — 5,000 words in all.
  const blocks = images.flatMap((image, i) => [
    h2(`Phần ${i + 1}: kết quả tuyên truyền tại cơ sở`),
    ...Array.from({ length: 10 }, () => p(`${SENTENCE}.`)),
    figure(`/tep/${image.storageKey}`, `Ảnh minh họa ${i + 1}`, `Quang cảnh buổi tuyên truyền số ${i + 1}.`),
  ]);
  const body = doc(blocks);
  const words = countWords(extractPlainText(body));

  const draft = await createDraft(actor, { unitId: unit.id });
  if (!draft.ok) throw new Error(draft.error);
  const fields = {
    title: "Huyện Đo Hiệu Năng tổng kết công tác phổ biến, giáo dục pháp luật năm 2026",
    sapo: "Bài viết dài dùng để đo thời gian lưu và hiển thị của hệ thống.",
    body,
    byline: "Người đo",
    source: null,
    categoryId: category.id,
    tags: ["đo hiệu năng", "phổ biến pháp luật"],
    coverImageId: images[0].id,
    coverCaption: "Ảnh đại diện",
    coverAlt: "Ảnh đại diện",
    attachments: [],
  };

  let version = 1;
  const saves: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    const result = await saveArticle(actor, { articleId: draft.value.id, baseVersion: version, kind: "MANUAL", fields });
    saves.push(performance.now() - started);
    if (!result.ok) throw new Error(result.error);
    version = result.value.version;
  }
  const renders: number[] = [];
  let html = "";
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    html = renderArticleHtml(body);
    renders.push(performance.now() - started);
  }

  const line = (name: string, values: number[]) =>
    `${name.padEnd(40)} ${percentile(values, 50).toFixed(1).padStart(8)} ${percentile(values, 95).toFixed(1).padStart(8)} ${Math.max(...values).toFixed(1).padStart(8)}`;
  console.log(`Article: ${words} words, ${images.length} figures, ${(JSON.stringify(body).length / 1024).toFixed(0)} KiB of JSON, ${(html.length / 1024).toFixed(0)} KiB of HTML; ${ROUNDS} rounds`);
  console.log(`${"".padEnd(40)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"max ms".padStart(8)}`);
  console.log(line("save (Lưu nháp, saveArticle)", saves));
  console.log(line("render (renderArticleHtml)", renders));
  console.log(`Aim: save p95 under 300 ms — ${percentile(saves, 95) < 300 ? "met" : "NOT met"}.`);
  await db.$disconnect();
}

main().catch(async (error) => {
  console.error(error);
  await db.$disconnect();
  process.exit(1);
});
