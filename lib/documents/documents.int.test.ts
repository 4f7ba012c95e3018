import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findAccessibleFile } from "@/lib/storage/file-access";
import { makeActor, makeUnit, suffix } from "@/test-support/fixtures/people";
import { importDocuments } from "./import-documents";
import { searchDocuments } from "./public-search";
import { approveDocument, returnDocument } from "./review-document";
import { saveDocument } from "./save-document";
import { readDocumentSearch } from "./search-params";
import { setDocumentEffect } from "./set-document-effect";
import { listArticlesToReview } from "./workspace-queries";

// On the seeded database: a unit's author enters documents, its approver decides, readers search;
// the import refuses whole sheets row by row. Every row made here carries a random suffix.

let unitId: number;
let author: Awaited<ReturnType<typeof makeActor>>;
let approver: Awaited<ReturnType<typeof makeActor>>;
const tag = suffix();
const createdIds: number[] = [];

beforeAll(async () => {
  const unit = await makeUnit();
  unitId = unit.id;
  author = await makeActor([], [{ unitId, role: "AUTHOR" }]);
  approver = await makeActor([], [{ unitId, role: "APPROVER" }]);
});

afterAll(async () => {
  await db.legalDocument.deleteMany({ where: { unitId } });
  await db.storedFile.deleteMany({ where: { unitId } });
});

async function uploadPdf(name: string, by = approver.id) {
  return db.storedFile.create({ data: { storageKey: `k${suffix()}`, originalName: name, mimeType: "application/pdf", size: 10, sha256: suffix(), uploadedById: by, unitId } });
}

const decree = (number: string) => ({
  unitId,
  number,
  type: "NGHI_DINH",
  issuer: `Chính phủ ${tag}`,
  signer: "Người Ký",
  issuedOn: "2022-06-24",
  effectiveFrom: "2022-08-15",
  summary: `Về quản lý, cung cấp thông tin trên môi trường mạng ${tag}`,
});

describe("entering and approving a document", () => {
  it("is found by 'nghi dinh 42' and by the folded number only once approved", async () => {
    const number = `42/2022/NĐ-CP-${tag}`;
    const saved = await saveDocument(author, { ...decree(number), intent: "submit" });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    createdIds.push(saved.value.id);
    const search = (q: string) => searchDocuments(readDocumentSearch({ q: `${q} ${tag}` }));
    expect((await search("nghi dinh 42")).items).toHaveLength(0);

    expect(await approveDocument(author, { id: saved.value.id })).toEqual({ ok: false, error: "Bạn không có quyền thực hiện thao tác này." });
    expect((await approveDocument(approver, { id: saved.value.id })).ok).toBe(true);
    for (const q of ["nghi dinh 42", `42/2022/nd-cp-${tag}`, "NĐ 42"]) {
      const found = await search(q);
      expect(found.items.map((i) => i.number), q).toEqual([number]);
      expect(found.facets.types).toEqual([{ value: "NGHI_DINH", label: "Nghị định", count: 1 }]);
    }
  });

  it("refuses the same number of the same issuer, and bad dates, changing nothing", async () => {
    const before = await db.legalDocument.count({ where: { unitId } });
    const duplicate = await saveDocument(author, decree(`42/2022/NĐ-CP-${tag}`));
    expect(duplicate).toMatchObject({ ok: false, fieldErrors: { number: `Đã có văn bản số 42/2022/NĐ-CP-${tag} của Chính phủ ${tag}.` } });
    const dates = await saveDocument(author, { ...decree(`43/${tag}`), issuedOn: "31/02/2022", effectiveFrom: "2021-01-01" });
    expect(dates).toMatchObject({ ok: false, fieldErrors: { issuedOn: "Ngày ban hành: Ngày 31/02/2022 không có: tháng 2 năm 2022 chỉ có 28 ngày." } });
    const american = await saveDocument(author, { ...decree(`43b/${tag}`), expiresOn: "12/31/2030" });
    expect(american).toMatchObject({ ok: false, fieldErrors: { expiresOn: expect.stringContaining("Ngày hết hiệu lực: Tháng phải từ 1 đến 12 (bạn nhập tháng 31).") } });
    const early = await saveDocument(author, { ...decree(`44/${tag}`), effectiveFrom: "2021-01-01" });
    expect(early).toMatchObject({ ok: false, fieldErrors: { effectiveFrom: "Ngày có hiệu lực không được trước ngày ban hành." } });
    expect(await db.legalDocument.count({ where: { unitId } })).toBe(before);
  });

  it("refuses another person's upload as the document's file", async () => {
    const other = await uploadPdf("cua-nguoi-khac.pdf", approver.id);
    const result = await saveDocument(author, { ...decree(`45/${tag}`), fileIds: [String(other.id)] });
    expect(result).toMatchObject({ ok: false, fieldErrors: { files: "Không tìm thấy tệp đã chọn. Vui lòng tải tệp lên lại." } });
  });

  it("reads the days as typed in the date field, day first: 05/12/2022 is 5 December", async () => {
    const saved = await saveDocument(author, { ...decree(`49/${tag}`), issuedOn: "05/12/2022", effectiveFrom: "5/1/23", expiresOn: "" });
    if (!saved.ok) throw new Error(saved.error);
    const row = await db.legalDocument.findUniqueOrThrow({ where: { id: saved.value.id }, select: { issuedOn: true, effectiveFrom: true, expiresOn: true } });
    expect(row).toEqual({ issuedOn: new Date("2022-12-05T00:00:00Z"), effectiveFrom: new Date("2023-01-05T00:00:00Z"), expiresOn: null });
  });

  it("returns with a reason the author sees", async () => {
    const saved = await saveDocument(author, { ...decree(`46/${tag}`), intent: "submit" });
    if (!saved.ok) throw new Error(saved.error);
    expect(await returnDocument(approver, { id: saved.value.id, reason: "" })).toMatchObject({ ok: false, error: "Vui lòng nhập lý do trả lại." });
    expect((await returnDocument(approver, { id: saved.value.id, reason: "Thiếu tệp PDF." })).ok).toBe(true);
    expect(await db.legalDocument.findUnique({ where: { id: saved.value.id }, select: { state: true, returnReason: true } })).toEqual({ state: "RETURNED", returnReason: "Thiếu tệp PDF." });
  });
});

describe("a document's files", () => {
  it("are served to its unit's staff while it waits, and to readers once it is published", async () => {
    const file = await uploadPdf(`nd-${suffix()}.pdf`, author.id);
    const saved = await saveDocument(author, { ...decree(`48/${tag}`), fileIds: [String(file.id)], intent: "submit" });
    if (!saved.ok) throw new Error(saved.error);
    const outsider = await makeActor([], []);
    expect(await findAccessibleFile(file.storageKey, null)).toBeNull();
    expect(await findAccessibleFile(file.storageKey, outsider)).toBeNull();
    expect(await findAccessibleFile(file.storageKey, approver)).toMatchObject({ audience: "staff" });
    await approveDocument(approver, { id: saved.value.id });
    expect(await findAccessibleFile(file.storageKey, null)).toMatchObject({ audience: "public", file: { mimeType: "application/pdf" } });
  });
});

describe("a cited document stops being in force", () => {
  it("lists the citing article in Bài cần rà soát and notifies its writer", async () => {
    const article = await db.article.findFirstOrThrow({ where: { state: "PUBLISHED", citations: { none: {} } }, select: { id: true, writerId: true, unitId: true } });
    const saved = await saveDocument(author, { ...decree(`47/${tag}`), intent: "submit" });
    if (!saved.ok) throw new Error(saved.error);
    await approveDocument(approver, { id: saved.value.id });
    await db.articleCitation.create({ data: { articleId: article.id, documentId: saved.value.id } });
    const editor = await makeActor(["PROVINCIAL_EDITOR"]);
    expect((await listArticlesToReview(editor)).some((r) => r.documentId === saved.value.id)).toBe(false);
    const result = await setDocumentEffect(approver, { id: saved.value.id, effect: "EXPIRED" });
    expect(result).toMatchObject({ ok: true, value: { articlesToReview: 1 } });
    expect((await listArticlesToReview(editor)).filter((r) => r.documentId === saved.value.id).map((r) => r.articleId)).toEqual([article.id]);
    expect(await db.notification.count({ where: { userId: article.writerId, kind: "document.expired", message: { contains: `47/${tag}` } } })).toBe(1);
    await db.articleCitation.deleteMany({ where: { documentId: saved.value.id } });
  });

  it("refuses an end day that does not exist, changing nothing", async () => {
    const saved = await saveDocument(author, { ...decree(`50/${tag}`), intent: "submit" });
    if (!saved.ok) throw new Error(saved.error);
    await approveDocument(approver, { id: saved.value.id });
    const before = await db.legalDocument.findUniqueOrThrow({ where: { id: saved.value.id } });
    const result = await setDocumentEffect(approver, { id: saved.value.id, effect: "EXPIRED", expiresOn: "31/02/2030" });
    expect(result).toMatchObject({ ok: false, error: "Ngày hết hiệu lực: Ngày 31/02/2030 không có: tháng 2 năm 2030 chỉ có 28 ngày.", fieldErrors: { expiresOn: "Ngày hết hiệu lực: Ngày 31/02/2030 không có: tháng 2 năm 2030 chỉ có 28 ngày." } });
    expect(await db.legalDocument.findUniqueOrThrow({ where: { id: saved.value.id } })).toEqual(before);
    expect(await setDocumentEffect(approver, { id: saved.value.id, effect: "", expiresOn: "05/12/2030" })).toMatchObject({ ok: true });
    expect((await db.legalDocument.findUniqueOrThrow({ where: { id: saved.value.id } })).expiresOn).toEqual(new Date("2030-12-05T00:00:00Z"));
  });
});

describe("import", () => {
  const header = "Số/ký hiệu,Loại văn bản,Cơ quan ban hành,Người ký,Ngày ban hành,Ngày có hiệu lực,Ngày hết hiệu lực,Tình trạng hiệu lực,Lĩnh vực,Trích yếu,Tệp";
  const csv = (lines: string[]) => ({ name: "danh-sach.csv", bytes: Buffer.from([header, ...lines].join("\n")) });
  const count = () => db.legalDocument.count({ where: { unitId } });

  it("imports every row of a good sheet with its files, waiting for approval", async () => {
    await uploadPdf(`nd-${tag}.pdf`);
    const before = await count();
    const result = await importDocuments(approver, { unitId, sheet: csv([
      `01/${tag}/NĐ-CP,Nghị định,Chính phủ,A,01/02/2023,15/02/2023,,,Đất đai,Trích yếu một,nd-${tag}.pdf`,
      `02/${tag}/TT-BTP,thong tu,Bộ Tư pháp,B,2023-03-01,,,,,Trích yếu hai,`,
    ]) });
    expect(result).toEqual({ ok: true, value: { imported: 2 } });
    expect(await count()).toBe(before + 2);
    const first = await db.legalDocument.findFirstOrThrow({ where: { unitId, number: `01/${tag}/NĐ-CP` }, select: { state: true, files: true, legalFieldId: true } });
    expect(first.state).toBe("SUBMITTED");
    expect(first.files).toHaveLength(1);
    expect(first.legalFieldId).not.toBeNull();
  });

  it("refuses the whole sheet with a reason per row: duplicate number, bad dates, unknown type, missing file, formula", async () => {
    const before = await count();
    const result = await importDocuments(approver, { unitId, sheet: csv([
      `10/${tag},Nghị định,Chính phủ,A,01/02/2023,,,,,Hợp lệ,`,
      `01/${tag}/NĐ-CP,Nghị định,Chính phủ,A,01/02/2023,,,,,Trùng số trong thư viện,`,
      `11/${tag},Nghị định,Chính phủ,A,32/13/2023,,,,,Ngày sai,`,
      `12/${tag},Sắc lệnh,Chính phủ,A,01/02/2023,,,,,Loại lạ,`,
      `13/${tag},Nghị định,Chính phủ,A,01/02/2023,,,,,Thiếu tệp,khong-co-${tag}.pdf`,
      `14/${tag},Nghị định,Chính phủ,A,01/02/2023,,,,,"=HYPERLINK(""http://x"")",`,
      `10/${tag},Nghị định,Chính phủ,A,01/02/2023,,,,,Trùng dòng 2,`,
    ]) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe("Không nhập văn bản nào: 6 dòng chưa hợp lệ. Sửa các dòng dưới đây rồi nhập lại cả tệp.");
    expect(result.report).toEqual([
      { line: 3, number: `01/${tag}/NĐ-CP`, problems: [`Đã có văn bản số 01/${tag}/NĐ-CP của Chính phủ.`] },
      { line: 4, number: `11/${tag}`, problems: ["Ngày ban hành: Tháng phải từ 1 đến 12 (bạn nhập tháng 13). Nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/12/2026."] },
      { line: 5, number: `12/${tag}`, problems: ["Loại văn bản “Sắc lệnh” không có trong danh sách."] },
      { line: 6, number: `13/${tag}`, problems: [`Không tìm thấy tệp “khong-co-${tag}.pdf” trong các tệp đã tải lên cho đơn vị.`] },
      { line: 7, number: `14/${tag}`, problems: ["Ô “Trích yếu” chứa công thức; chỉ nhận giá trị."] },
      { line: 8, number: `10/${tag}`, problems: ["Trùng số/ký hiệu với dòng 2."] },
    ]);
    expect(await count()).toBe(before);
  });

  it("refuses an Excel cell holding a formula", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Văn bản");
    sheet.addRow(header.split(","));
    sheet.addRow([`20/${tag}`, "Quyết định", "UBND tỉnh", "A", "01/02/2024", null, null, null, null, { formula: "1+1", result: 2 }, null]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const before = await count();
    const result = await importDocuments(approver, { unitId, sheet: { name: "ds.xlsx", bytes } });
    expect(result).toMatchObject({ ok: false, report: [{ line: 2, problems: ["Ô “Trích yếu” chứa công thức; chỉ nhận giá trị."] }] });
    expect(await count()).toBe(before);
  });

  it("is not for authors", async () => {
    expect(await importDocuments(author, { unitId, sheet: csv([]) })).toEqual({ ok: false, error: "Bạn không có quyền thực hiện thao tác này." });
  });
});
