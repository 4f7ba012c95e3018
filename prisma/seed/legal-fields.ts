import type { Prisma } from "../../generated/prisma/client";
import { slugify } from "../../lib/vietnamese";

// The fields of law a provincial PBGDPL portal files its questions, documents and contest questions
// under (as on the Ministry of Justice's portals); the administrator can rename, hide or add.
export const DEMO_LEGAL_FIELDS = [
  "Hôn nhân và gia đình",
  "Đất đai",
  "Dân sự",
  "Hình sự",
  "Hành chính",
  "Lao động – Việc làm",
  "Bảo hiểm xã hội",
  "Doanh nghiệp",
  "Giao thông",
  "Hộ tịch – Chứng thực",
  "Thuế – Phí – Lệ phí",
  "Giáo dục",
  "Y tế",
  "Môi trường",
  "Khiếu nại – Tố cáo",
];

/** Inserts the demo fields; returns their ids by name. */
export async function insertLegalFields(tx: Prisma.TransactionClient): Promise<Map<string, number>> {
  await tx.legalField.createMany({
    data: DEMO_LEGAL_FIELDS.map((name, index) => ({ name, slug: slugify(name), sortOrder: index })),
  });
  const rows = await tx.legalField.findMany({ select: { id: true, name: true } });
  return new Map(rows.map((row) => [row.name, row.id]));
}
