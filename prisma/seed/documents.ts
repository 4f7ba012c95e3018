import { createHash } from "node:crypto";
import type { Prisma } from "../../generated/prisma/client";
import { searchWordsFor, numberKeyOf } from "../../lib/documents/search-words";
import { documentTypeLabel } from "../../lib/documents/types";
import { getStorage } from "../../lib/storage";
import { slugify } from "../../lib/vietnamese";
import type { InsertedArticle } from "./articles";
import { renderPdf } from "./files";
import type { People } from "./people";

// Văn bản pháp luật of the demo: laws, decrees, circulars and the province's own decisions and plans,
// each with a generated PDF, some no longer in force (replaced or expired) and cited by demo articles,
// so the library, its facets and Bài cần rà soát show something after `npm run dev`. The numbers are
// in the style of real ones; the texts are demo texts. Nghị định 42/2022/NĐ-CP is left out on purpose:
// the browser journey enters it.

type DocumentSeed = {
  number: string;
  type: string;
  issuer: string;
  signer: string;
  issuedOn: string;
  effectiveFrom?: string;
  expiresOn?: string;
  effectSet?: "PARTLY_EXPIRED" | "EXPIRED";
  field: string;
  summary: string;
  /** The entering unit: the Sở Tư pháp unless said. */
  unit?: string;
  /** Relations to documents listed before it, by number. */
  replaces?: string;
  amends?: string;
  guides?: string;
};

const DOCUMENTS: DocumentSeed[] = [
  { number: "45/2013/QH13", type: "LUAT", issuer: "Quốc hội", signer: "Nguyễn Sinh Hùng", issuedOn: "2013-11-29", effectiveFrom: "2014-07-01", expiresOn: "2024-08-01", field: "Đất đai", summary: "Luật Đất đai năm 2013" },
  { number: "31/2024/QH15", type: "LUAT", issuer: "Quốc hội", signer: "Vương Đình Huệ", issuedOn: "2024-01-18", effectiveFrom: "2024-08-01", field: "Đất đai", summary: "Luật Đất đai năm 2024", replaces: "45/2013/QH13" },
  { number: "43/2014/NĐ-CP", type: "NGHI_DINH", issuer: "Chính phủ", signer: "Nguyễn Tấn Dũng", issuedOn: "2014-05-15", effectiveFrom: "2014-07-01", expiresOn: "2024-08-01", field: "Đất đai", summary: "Quy định chi tiết thi hành một số điều của Luật Đất đai", guides: "45/2013/QH13" },
  { number: "102/2024/NĐ-CP", type: "NGHI_DINH", issuer: "Chính phủ", signer: "Trần Hồng Hà", issuedOn: "2024-07-30", effectiveFrom: "2024-08-01", field: "Đất đai", summary: "Quy định chi tiết một số điều của Luật Đất đai", guides: "31/2024/QH15", replaces: "43/2014/NĐ-CP" },
  { number: "14/2012/QH13", type: "LUAT", issuer: "Quốc hội", signer: "Nguyễn Sinh Hùng", issuedOn: "2012-06-20", effectiveFrom: "2013-01-01", field: "Hành chính", summary: "Luật Phổ biến, giáo dục pháp luật" },
  { number: "28/2013/NĐ-CP", type: "NGHI_DINH", issuer: "Chính phủ", signer: "Nguyễn Tấn Dũng", issuedOn: "2013-04-04", effectiveFrom: "2013-05-20", effectSet: "PARTLY_EXPIRED", field: "Hành chính", summary: "Quy định chi tiết một số điều và biện pháp thi hành Luật Phổ biến, giáo dục pháp luật", guides: "14/2012/QH13" },
  { number: "25/2013/QH13", type: "LUAT", issuer: "Quốc hội", signer: "Nguyễn Sinh Hùng", issuedOn: "2013-11-20", effectiveFrom: "2014-07-01", field: "Dân sự", summary: "Luật Hòa giải ở cơ sở" },
  { number: "15/2014/NĐ-CP", type: "NGHI_DINH", issuer: "Chính phủ", signer: "Nguyễn Tấn Dũng", issuedOn: "2014-02-27", effectiveFrom: "2014-04-15", field: "Dân sự", summary: "Quy định chi tiết một số điều và biện pháp thi hành Luật Hòa giải ở cơ sở", guides: "25/2013/QH13" },
  { number: "11/2017/QH14", type: "LUAT", issuer: "Quốc hội", signer: "Nguyễn Thị Kim Ngân", issuedOn: "2017-06-20", effectiveFrom: "2018-01-01", field: "Dân sự", summary: "Luật Trợ giúp pháp lý" },
  { number: "144/2017/NĐ-CP", type: "NGHI_DINH", issuer: "Chính phủ", signer: "Nguyễn Xuân Phúc", issuedOn: "2017-12-15", effectiveFrom: "2018-01-01", field: "Dân sự", summary: "Quy định chi tiết một số điều của Luật Trợ giúp pháp lý", guides: "11/2017/QH14" },
  { number: "52/2014/QH13", type: "LUAT", issuer: "Quốc hội", signer: "Nguyễn Sinh Hùng", issuedOn: "2014-06-19", effectiveFrom: "2015-01-01", field: "Hôn nhân và gia đình", summary: "Luật Hôn nhân và gia đình" },
  { number: "60/2014/QH13", type: "LUAT", issuer: "Quốc hội", signer: "Nguyễn Sinh Hùng", issuedOn: "2014-11-20", effectiveFrom: "2016-01-01", field: "Hộ tịch – Chứng thực", summary: "Luật Hộ tịch" },
  { number: "123/2015/NĐ-CP", type: "NGHI_DINH", issuer: "Chính phủ", signer: "Nguyễn Tấn Dũng", issuedOn: "2015-11-15", effectiveFrom: "2016-01-01", expiresOn: "2025-07-01", field: "Hộ tịch – Chứng thực", summary: "Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch", guides: "60/2014/QH13" },
  { number: "04/2020/TT-BTP", type: "THONG_TU", issuer: "Bộ Tư pháp", signer: "Nguyễn Khánh Ngọc", issuedOn: "2020-05-28", effectiveFrom: "2020-07-16", effectSet: "PARTLY_EXPIRED", field: "Hộ tịch – Chứng thực", summary: "Quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP", guides: "123/2015/NĐ-CP" },
  { number: "23/2008/QH12", type: "LUAT", issuer: "Quốc hội", signer: "Nguyễn Phú Trọng", issuedOn: "2008-11-13", effectiveFrom: "2009-07-01", expiresOn: "2025-01-01", field: "Giao thông", summary: "Luật Giao thông đường bộ" },
  { number: "36/2024/QH15", type: "LUAT", issuer: "Quốc hội", signer: "Trần Thanh Mẫn", issuedOn: "2024-06-27", effectiveFrom: "2025-01-01", field: "Giao thông", summary: "Luật Trật tự, an toàn giao thông đường bộ", replaces: "23/2008/QH12" },
  { number: "100/2019/NĐ-CP", type: "NGHI_DINH", issuer: "Chính phủ", signer: "Nguyễn Xuân Phúc", issuedOn: "2019-12-30", effectiveFrom: "2020-01-01", expiresOn: "2025-01-01", field: "Giao thông", summary: "Quy định xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ và đường sắt" },
  { number: "168/2024/NĐ-CP", type: "NGHI_DINH", issuer: "Chính phủ", signer: "Trần Hồng Hà", issuedOn: "2024-12-26", effectiveFrom: "2025-01-01", field: "Giao thông", summary: "Quy định xử phạt vi phạm hành chính về trật tự, an toàn giao thông trong lĩnh vực giao thông đường bộ; trừ điểm, phục hồi điểm giấy phép lái xe", replaces: "100/2019/NĐ-CP" },
  { number: "13/2022/QH15", type: "LUAT", issuer: "Quốc hội", signer: "Vương Đình Huệ", issuedOn: "2022-11-14", effectiveFrom: "2023-07-01", field: "Hôn nhân và gia đình", summary: "Luật Phòng, chống bạo lực gia đình" },
  { number: "58/2014/QH13", type: "LUAT", issuer: "Quốc hội", signer: "Nguyễn Sinh Hùng", issuedOn: "2014-11-20", effectiveFrom: "2016-01-01", expiresOn: "2025-07-01", field: "Bảo hiểm xã hội", summary: "Luật Bảo hiểm xã hội năm 2014" },
  { number: "41/2024/QH15", type: "LUAT", issuer: "Quốc hội", signer: "Trần Thanh Mẫn", issuedOn: "2024-06-29", effectiveFrom: "2025-07-01", field: "Bảo hiểm xã hội", summary: "Luật Bảo hiểm xã hội", replaces: "58/2014/QH13" },
  { number: "26/2023/QH15", type: "LUAT", issuer: "Quốc hội", signer: "Vương Đình Huệ", issuedOn: "2023-11-27", effectiveFrom: "2024-07-01", field: "Hành chính", summary: "Luật Căn cước" },
  { number: "77/2024/NĐ-CP", type: "NGHI_DINH", issuer: "Chính phủ", signer: "Trần Hồng Hà", issuedOn: "2024-07-01", effectiveFrom: "2024-07-01", field: "Hành chính", summary: "Sửa đổi, bổ sung một số điều của Nghị định quy định chi tiết Luật Phổ biến, giáo dục pháp luật", amends: "28/2013/NĐ-CP" },
  { number: "10/2021/TT-BTP", type: "THONG_TU", issuer: "Bộ Tư pháp", signer: "Phan Chí Hiếu", issuedOn: "2021-12-10", effectiveFrom: "2022-02-01", field: "Hành chính", summary: "Hướng dẫn đánh giá, công nhận xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật" },
  { number: "25/QĐ-TTg", type: "QUYET_DINH", issuer: "Thủ tướng Chính phủ", signer: "Phạm Minh Chính", issuedOn: "2021-01-06", effectiveFrom: "2021-01-06", field: "Hành chính", summary: "Quy định về xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật" },
  { number: "05/CT-TTg", type: "CHI_THI", issuer: "Thủ tướng Chính phủ", signer: "Phạm Minh Chính", issuedOn: "2023-03-01", effectiveFrom: "2023-03-01", field: "Hành chính", summary: "Về việc tiếp tục tăng cường công tác phổ biến, giáo dục pháp luật trong tình hình mới" },
  { number: "36/2023/NQ-HĐND", type: "NGHI_QUYET", issuer: "HĐND tỉnh Thanh Nguyên", signer: "Lê Văn Thành", issuedOn: "2023-12-08", effectiveFrom: "2024-01-01", field: "Thuế – Phí – Lệ phí", summary: "Quy định mức chi bảo đảm cho công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở trên địa bàn tỉnh" },
  { number: "15/2020/QĐ-UBND", type: "QUYET_DINH", issuer: "UBND tỉnh Thanh Nguyên", signer: "Đỗ Minh Tuấn", issuedOn: "2020-06-12", effectiveFrom: "2020-06-25", expiresOn: "2025-07-01", field: "Hành chính", summary: "Ban hành Quy chế phối hợp trong công tác phổ biến, giáo dục pháp luật trên địa bàn tỉnh" },
  { number: "22/2025/QĐ-UBND", type: "QUYET_DINH", issuer: "UBND tỉnh Thanh Nguyên", signer: "Đỗ Minh Tuấn", issuedOn: "2025-06-20", effectiveFrom: "2025-07-01", field: "Hành chính", summary: "Ban hành Quy chế phối hợp trong công tác phổ biến, giáo dục pháp luật trên địa bàn tỉnh sau sắp xếp đơn vị hành chính", replaces: "15/2020/QĐ-UBND" },
  { number: "210/KH-UBND", type: "KE_HOACH", issuer: "UBND tỉnh Thanh Nguyên", signer: "Nguyễn Thị Hạnh", issuedOn: "2025-12-15", effectiveFrom: "2025-12-15", field: "Hành chính", summary: "Kế hoạch phổ biến, giáo dục pháp luật năm 2026" },
  { number: "178/KH-UBND", type: "KE_HOACH", issuer: "UBND tỉnh Thanh Nguyên", signer: "Nguyễn Thị Hạnh", issuedOn: "2024-12-12", effectiveFrom: "2024-12-12", expiresOn: "2025-12-31", field: "Hành chính", summary: "Kế hoạch phổ biến, giáo dục pháp luật năm 2025" },
  { number: "1520/STP-PBGDPL", type: "CONG_VAN", issuer: "Sở Tư pháp tỉnh Thanh Nguyên", signer: "Trần Minh Quang", issuedOn: "2026-10-05", field: "Hành chính", summary: "Về việc hưởng ứng Ngày Pháp luật Việt Nam năm 2026" },
  { number: "45/KH-UBND", type: "KE_HOACH", issuer: "UBND huyện An Lạc", signer: "Hoàng Văn Bình", issuedOn: "2025-02-10", effectiveFrom: "2025-02-10", expiresOn: "2025-12-31", field: "Dân sự", summary: "Kế hoạch củng cố, kiện toàn tổ hòa giải ở cơ sở năm 2025", unit: "Xã An Lạc" },
  { number: "12/KH-UBND", type: "KE_HOACH", issuer: "UBND huyện An Lạc", signer: "Hoàng Văn Bình", issuedOn: "2026-01-20", effectiveFrom: "2026-01-20", field: "Dân sự", summary: "Kế hoạch tuyên truyền pháp luật lưu động đến các thôn, xóm năm 2026", unit: "Xã An Lạc" },
  { number: "08/CT-UBND", type: "CHI_THI", issuer: "UBND huyện An Lạc", signer: "Hoàng Văn Bình", issuedOn: "2024-03-05", effectiveFrom: "2024-03-05", effectSet: "EXPIRED", field: "Giao thông", summary: "Về tăng cường bảo đảm trật tự an toàn giao thông cho học sinh", unit: "Xã An Lạc" },
  { number: "89/2026/NĐ-CP", type: "NGHI_DINH", issuer: "Chính phủ", signer: "Nguyễn Chí Dũng", issuedOn: "2026-11-25", effectiveFrom: "2027-01-15", field: "Hành chính", summary: "Quy định về cơ sở dữ liệu quốc gia về pháp luật và việc chia sẻ dữ liệu văn bản (dữ liệu mẫu)" },
];

/** Articles citing documents (by article key), including some whose documents are no longer in force. */
const CITATIONS: Record<string, string[]> = {
  "stp-hoi-nghi-luat-dat-dai": ["31/2024/QH15", "45/2013/QH13", "102/2024/NĐ-CP"],
  "stp-ke-hoach-2026": ["210/KH-UBND", "14/2012/QH13", "178/KH-UBND"],
  "stp-tro-giup-phap-ly": ["11/2017/QH14", "144/2017/NĐ-CP"],
  "stp-chuan-tiep-can": ["25/QĐ-TTg", "10/2021/TT-BTP"],
  "al-hoa-giai-co-so": ["25/2013/QH13", "45/KH-UBND"],
  "al-hoi-dap-khai-sinh": ["60/2014/QH13", "123/2015/NĐ-CP"],
  "al-dia-chi-tin-cay": ["13/2022/QH15"],
};

export async function insertDocuments(
  tx: Prisma.TransactionClient,
  people: People,
  articles: InsertedArticle[],
  fieldIds: Map<string, number>,
  uploaderEmail: string,
): Promise<number> {
  const storage = getStorage();
  const uploadedById = people.users.get(uploaderEmail)!;
  const ids = new Map<string, number>();
  for (const seed of DOCUMENTS) {
    const unitId = people.units.get(seed.unit ?? "Sở Tư pháp")!.id;
    const title = `${documentTypeLabel(seed.type)} ${seed.number}`;
    const bytes = renderPdf(title, [`${seed.issuer} - ${seed.summary}.`, "Van ban mau cua Cong thong tin pho bien, giao duc phap luat (du lieu trinh dien).", `Nguoi ky: ${seed.signer}.`]);
    const stored = await storage.put(bytes);
    const file = await tx.storedFile.create({
      data: {
        storageKey: stored.storageKey,
        originalName: `${slugify(title)}.pdf`,
        mimeType: "application/pdf",
        size: stored.size,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        uploadedById,
        unitId,
      },
      select: { id: true },
    });
    const issuedOn = new Date(`${seed.issuedOn}T00:00:00Z`);
    const document = await tx.legalDocument.create({
      data: {
        slug: slugify(title, 90),
        number: seed.number,
        numberKey: numberKeyOf(seed.number),
        type: seed.type,
        issuer: seed.issuer,
        signer: seed.signer,
        issuedOn,
        effectiveFrom: seed.effectiveFrom ? new Date(`${seed.effectiveFrom}T00:00:00Z`) : null,
        expiresOn: seed.expiresOn ? new Date(`${seed.expiresOn}T00:00:00Z`) : null,
        effectSet: seed.effectSet ?? null,
        summary: seed.summary,
        legalFieldId: fieldIds.get(seed.field) ?? null,
        unitId,
        createdById: uploadedById,
        state: "PUBLISHED",
        submittedAt: issuedOn,
        publishedAt: issuedOn,
        searchWords: searchWordsFor(seed),
        files: { create: { fileId: file.id } },
      },
      select: { id: true },
    });
    ids.set(seed.number, document.id);
    const relations = (["replaces", "amends", "guides"] as const).flatMap((key) => (seed[key] ? [{ kind: ({ replaces: "REPLACES", amends: "AMENDS", guides: "GUIDES" } as const)[key], toId: ids.get(seed[key]!)! }] : []));
    if (relations.length > 0) await tx.legalDocumentRelation.createMany({ data: relations.map((r) => ({ fromId: document.id, ...r })) });
  }
  const byKey = new Map(articles.map((a) => [a.key, a.id]));
  const citations = Object.entries(CITATIONS).flatMap(([key, numbers]) =>
    byKey.has(key) ? numbers.map((number, sortOrder) => ({ articleId: byKey.get(key)!, documentId: ids.get(number)!, sortOrder })) : [],
  );
  await tx.articleCitation.createMany({ data: citations });
  return DOCUMENTS.length;
}
