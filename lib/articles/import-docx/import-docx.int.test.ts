import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import type { RichTextNode } from "@/lib/richtext/types";
import { LocalDiskStorage } from "@/lib/storage/local-disk";
import { unitFixtures } from "@/test-support/fixtures/units";
import {
  bitmapDocx,
  CAPTIONS,
  footnotesDocx,
  hyperlinksDocx,
  nestedListsDocx,
  NEWS_SAPO,
  NEWS_TITLE,
  newsDocx,
  refusedCorpus,
  trackedChangesDocx,
} from "./docx-corpus.fixture";
import { importDocx } from "./import-docx";

// The corpus of .docx files (docx-corpus.fixture.ts) through the real use case on PostgreSQL, with the
// pictures stored on a disk of the test's own, so "nothing left behind" can be counted.
const fx = unitFixtures("nhap-word");
let unitId: number;
let otherUnitId: number;
let author: PolicyActor;
let storageDir: string;
let storage: LocalDiskStorage;

beforeAll(async () => {
  storageDir = await mkdtemp(path.join(tmpdir(), "nhap-tu-word-"));
  storage = new LocalDiskStorage(storageDir);
  unitId = (await fx.unit("COMMUNE")).id;
  otherUnitId = (await fx.unit("COMMUNE")).id;
  author = await fx.member(unitId, "AUTHOR");
});
afterAll(async () => {
  await db.article.deleteMany({ where: { unitId: { in: [unitId, otherUnitId] } } });
  await db.storedFile.deleteMany({ where: { unitId: { in: [unitId, otherUnitId] } } });
  await fx.cleanUp();
  await rm(storageDir, { recursive: true, force: true });
});

async function imported(bytes: Buffer, fileName = "bai-viet.docx") {
  const result = await importDocx(author, { unitId, fileName, body: bytes }, { storage });
  if (!result.ok) throw new Error(result.error);
  const article = await db.article.findUniqueOrThrow({ where: { id: result.value.id }, include: { events: true, revisions: true } });
  return { result: result.value, article, body: article.body as unknown as RichTextNode };
}

const nodesOf = (node: RichTextNode, type: string): RichTextNode[] => [
  ...(node.type === type ? [node] : []),
  ...(node.content ?? []).flatMap((child) => nodesOf(child, type)),
];
const textOf = (node: RichTextNode): string => (node.text ?? "") + (node.content ?? []).map(textOf).join("");

async function storedBytesCount() {
  const entries = await readdir(storageDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).length;
}

describe("Nhập từ Word: files that become drafts", () => {
  it("turns a news item into a draft: title, proposed sapo, headings, formatting, link, table and captioned photos stored for the unit", async () => {
    const { result, article, body } = await imported(await newsDocx(), "Tin tập huấn hòa giải.docx");
    expect(result).toMatchObject({ title: NEWS_TITLE, sapoProposed: true, images: 2, refusedImages: 0 });
    expect(article).toMatchObject({ state: "DRAFT", unitId, writerId: author.id, title: NEWS_TITLE, sapo: NEWS_SAPO, version: 1 });
    expect(article.events.map((event) => [event.action, event.note])).toEqual([["CREATE", "Nhập từ Word: Tin tập huấn hòa giải.docx"]]);
    expect(article.revisions).toHaveLength(1);

    // The sapo moved out of the body, so the checklist will not call it repeated.
    expect(article.bodyText).not.toContain("Sáng 26/11");
    expect(nodesOf(body, "heading").map((h) => [h.attrs?.level, textOf(h)])).toEqual([
      [2, "Nội dung tập huấn"],
      [3, "Kết quả"],
    ]);
    const marks = nodesOf(body, "text").flatMap((t) => (t.marks ?? []).map((m) => [m.type, t.text, m.attrs?.href]));
    expect(marks).toEqual(
      expect.arrayContaining([
        ["bold", "Luật Hòa giải ở cơ sở", undefined],
        ["italic", "các tình huống thường gặp", undefined],
        ["link", "Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn/luat-hoa-giai"],
      ]),
    );
    const [table] = nodesOf(body, "table");
    expect(table.content).toHaveLength(3);
    expect(textOf(table)).toContain("Số hòa giải viên");
    expect(nodesOf(body, "bulletList")).toHaveLength(1);

    // Word's look (Times New Roman, red, 14 pt) does not come along: no attribute beyond the allowlist.
    expect(JSON.stringify(body)).not.toMatch(/Times|C00000|style|class|font/i);

    const figures = nodesOf(body, "figure");
    expect(figures.map((f) => [f.attrs?.alt, textOf(f)])).toEqual([
      ["Hội trường lớp tập huấn", CAPTIONS[0]],
      ["Hòa giải viên thảo luận nhóm", CAPTIONS[1]],
    ]);
    const keys = figures.map((f) => String(f.attrs?.src).replace(/^\/tep\//, ""));
    // Same bytes uploaded elsewhere share the key, so look for this unit's rows.
    const files = await db.storedFile.findMany({ where: { storageKey: { in: keys }, unitId } });
    expect(files).toHaveLength(2);
    for (const file of files) expect(file).toMatchObject({ unitId, uploadedById: author.id, mimeType: "image/jpeg" });
    for (const key of keys) expect(await storage.read(key)).not.toBeNull();
    // The file route lets the article's staff open its pictures from the first moment.
    const recorded = await db.articleFileKey.findMany({ where: { articleId: article.id, current: true } });
    expect(recorded.map((row) => row.storageKey)).toEqual(expect.arrayContaining(keys));
  });

  it("keeps nested lists nested, numbered and bulleted as in Word", async () => {
    const { body, article } = await imported(await nestedListsDocx());
    expect(article.title).toBe("");
    const [outer] = body.content!.filter((node) => node.type === "orderedList");
    expect(outer.content).toHaveLength(2);
    const inner = nodesOf(outer.content![0], "orderedList")[0];
    expect(textOf(inner)).toContain("In tờ gấp");
    expect(textOf(nodesOf(inner, "bulletList")[0])).toBe("Khổ A4");
  });

  it("keeps footnotes as numbered notes under Chú thích, without links inside the page", async () => {
    const { body } = await imported(await footnotesDocx());
    expect(textOf(body.content![0])).toBe("Luật Phổ biến, giáo dục pháp luật năm 2012[1] vẫn đang có hiệu lực.");
    expect(body.content!.map((node) => node.type)).toEqual(["paragraph", "heading", "orderedList"]);
    expect(textOf(body.content![1])).toBe("Chú thích");
    expect(textOf(body.content![2]).trim()).toBe("Luật số 14/2012/QH13 ngày 20/6/2012.");
    expect(JSON.stringify(body)).not.toContain("#footnote");
  });

  it("imports tracked changes as if accepted: inserted text in, deleted text out", async () => {
    const { article } = await imported(await trackedChangesDocx());
    expect(article.bodyText).toBe("Hội nghị có 120 đại biểu tham dự.");
  });

  it("keeps https and mailto links, takes a bold first line as the title, and drops a script link but not its words", async () => {
    const { body, article } = await imported(await hyperlinksDocx());
    expect(article.title).toBe("Liên kết hữu ích");
    const links = nodesOf(body, "text").flatMap((t) => (t.marks ?? []).filter((m) => m.type === "link").map((m) => m.attrs?.href));
    expect(links).toEqual(["https://moj.gov.vn", "mailto:tuphap@anlac.gov.vn"]);
    expect(article.bodyText).toContain("một liên kết lạ");
    expect(JSON.stringify(body)).not.toContain("javascript");
  });
});

describe("Nhập từ Word: pictures the upload refuses", () => {
  it("leaves out a BMP drawing, keeps the photo, and says how many were left out", async () => {
    const { result, body } = await imported(await bitmapDocx());
    expect(result).toMatchObject({ images: 1, refusedImages: 1 });
    const figures = nodesOf(body, "figure");
    expect(figures).toHaveLength(1);
    expect(figures[0].attrs).toMatchObject({ alt: "Hội nghị", src: expect.stringMatching(/^\/tep\//) });
    expect(JSON.stringify(body)).not.toContain("nhap-tu-word-anh");
  });
});

describe("Nhập từ Word: files that are refused and create nothing", () => {
  const snapshot = async () => ({
    articles: await db.article.count({ where: { unitId } }),
    files: await db.storedFile.count({ where: { unitId } }),
    bytes: await storedBytesCount(),
  });

  it("refuses every broken or hostile file of the corpus with its own message", async () => {
    const corpus = await refusedCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(9);
    for (const file of corpus) {
      const before = await snapshot();
      const result = await importDocx(author, { unitId, fileName: file.name, body: file.bytes }, { storage });
      expect(result.ok, file.name).toBe(false);
      if (!result.ok) expect(result.error, file.name).toMatch(file.message);
      expect(await snapshot(), file.name).toEqual(before);
    }
  }, 60_000);

  it("refuses a file over 20 MB before reading it whole", async () => {
    const before = await snapshot();
    const result = await importDocx(author, { unitId, fileName: "lon.docx", body: Buffer.alloc(21 * 1024 * 1024) }, { storage });
    expect(result).toEqual({ ok: false, error: "Tệp vượt quá 20 MB." });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a writer outside the unit and a signed-out one", async () => {
    const bytes = await newsDocx();
    const before = await snapshot();
    expect(await importDocx(author, { unitId: otherUnitId, fileName: "a.docx", body: bytes }, { storage })).toEqual({
      ok: false,
      error: "Bạn không có quyền thực hiện thao tác này.",
    });
    expect(await importDocx(null, { unitId, fileName: "a.docx", body: bytes }, { storage })).toMatchObject({ ok: false });
    expect(await snapshot()).toEqual(before);
    expect(await db.article.count({ where: { unitId: otherUnitId } })).toBe(0);
  });

  it("takes back the pictures already stored when storing the next one fails, and creates no draft", async () => {
    const before = await snapshot();
    const bytes = await newsDocx();
    await expect(importDocx(author, { unitId, fileName: "a.docx", body: bytes }, { storage: failingOnSecondPut(storage) })).rejects.toThrow("đĩa đầy");
    expect(await snapshot()).toEqual(before);
  });
});

/** A disk that fills up after the first picture (a failure nobody caused). */
function failingOnSecondPut(inner: LocalDiskStorage) {
  let puts = 0;
  return {
    put: async (bytes: Buffer) => {
      // The corpus's photos are narrower than the smallest stored size: one put per picture.
      if (++puts > 1) throw new Error("đĩa đầy");
      return inner.put(bytes);
    },
    read: (key: string) => inner.read(key),
    remove: (key: string) => inner.remove(key),
  };
}
