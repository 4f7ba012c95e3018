import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import { insertArticles } from "./articles";
import { insertComments } from "./comments";
import { insertContests } from "./contests";
import {
  DEMO_ADMIN_EMAIL,
  DEMO_COMMENT_MODERATOR_EMAIL,
  DEMO_PASSWORD,
  PROVINCE_NAME,
  SEED_MARKER_KEY,
  SEED_VERSION,
  SITE_NAME,
} from "./constants";
import { AGENCY_ARTICLES } from "./content/articles-agencies";
import { AN_LAC_ARTICLES } from "./content/articles-an-lac";
import { COMMUNE_ARTICLES } from "./content/articles-communes";
import { DISTRICT_ARTICLES } from "./content/articles-districts";
import { JUSTICE_ARTICLES } from "./content/articles-justice";
import { POLICE_ARTICLES } from "./content/articles-police";
import { insertLegalFields } from "./legal-fields";
import { insertDocuments } from "./documents";
import { insertPeople } from "./people";
import { insertDemoReorganisation } from "./reorganisation";
import { insertQuestions } from "./questions";
import { insertUnitContacts } from "./unit-contacts";
import { prepareFiles } from "./stored-files";
import type { ArticleSeed } from "./types";

export * from "./constants";

export const DEMO_ARTICLES: ArticleSeed[] = [
  ...JUSTICE_ARTICLES,
  ...POLICE_ARTICLES,
  ...AGENCY_ARTICLES,
  ...AN_LAC_ARTICLES,
  ...DISTRICT_ARTICLES,
  ...COMMUNE_ARTICLES,
];

export const ALREADY_SEEDED_MESSAGE = "Dữ liệu mẫu đã có sẵn — bỏ qua.";

export interface SeedCounts {
  units: number;
  users: number;
  categories: number;
  articles: number;
  comments: number;
  files: number;
}

export type SeedResult =
  | { status: "seeded"; counts: SeedCounts }
  | { status: "skipped"; message: string }
  | { status: "refused"; message: string };

export interface SeedOptions {
  /** The moment every demo date is relative to; defaults to the current time. */
  now?: Date;
}

type Reader = Pick<Prisma.TransactionClient, "setting" | "user" | "unit" | "article">;

/** "demo" when the marker is there, "empty" when nothing is, otherwise a description of what is. */
async function inspect(db: Reader): Promise<{ kind: "demo" } | { kind: "empty" } | { kind: "other"; message: string }> {
  if (await db.setting.findUnique({ where: { key: SEED_MARKER_KEY }, select: { key: true } })) return { kind: "demo" };
  const [users, units, articles] = await Promise.all([db.user.count(), db.unit.count(), db.article.count()]);
  if (users + units + articles === 0) return { kind: "empty" };
  return {
    kind: "other",
    message:
      `Cơ sở dữ liệu đã có dữ liệu khác (${users} người dùng, ${units} đơn vị, ${articles} bài viết) nhưng không có dấu hiệu dữ liệu mẫu — ` +
      "từ chối nạp dữ liệu mẫu để không làm lẫn dữ liệu thật.",
  };
}

class NotEmptyError extends Error {}

/**
 * Loads the demo province into an empty database, in one transaction: a failure leaves nothing behind.
 * Skips a database that already holds the demo data and refuses one that holds anything else.
 */
export async function seedDemoData(db: PrismaClient, options: SeedOptions = {}): Promise<SeedResult> {
  const now = options.now ?? new Date();
  const before = await inspect(db);
  if (before.kind === "demo") return { status: "skipped", message: ALREADY_SEEDED_MESSAGE };
  if (before.kind === "other") return { status: "refused", message: before.message };

  // Slow work first, outside the transaction: one password hash for every account, and the files
  // (content-addressed, so writing them again on a later run changes nothing).
  const [passwordHash, files] = await Promise.all([hashPassword(DEMO_PASSWORD), prepareFiles(DEMO_ARTICLES)]);

  try {
    const counts = await db.$transaction(
      async (tx) => {
        // Someone may have written to the database while the files were being made.
        if ((await inspect(tx)).kind !== "empty") throw new NotEmptyError();

        const people = await insertPeople(tx, passwordHash, now);
        await insertUnitContacts(tx, people.units.values());
        const articles = await insertArticles(tx, DEMO_ARTICLES, people, files, now);
        const comments = await insertComments(tx, articles, people.users.get(DEMO_COMMENT_MODERATOR_EMAIL)!, now);
        await insertDemoReorganisation(tx, people, now);
        // Questions, legal documents and contest questions are filed under these fields.
        const legalFields = await insertLegalFields(tx);
        // Văn bản pháp luật: a few dozen documents with PDFs, some no longer in force and cited by articles.
        await insertDocuments(tx, people, articles, legalFields, DEMO_ADMIN_EMAIL);
        // Hỏi đáp pháp luật: questions in every state, public holidays and two routing rules.
        await insertQuestions(tx, people, now);
        // Thi tìm hiểu pháp luật: a contest with a round open now and a finished one with results.
        await insertContests(tx, people.users.get(DEMO_ADMIN_EMAIL)!, now);

        // The emblem, as if the administrator had uploaded it in Cài đặt (a "site" upload: no unit).
        const emblem = await tx.storedFile.create({
          data: {
            storageKey: files.emblem.storageKey,
            originalName: files.emblem.originalName,
            mimeType: files.emblem.mimeType,
            size: files.emblem.size,
            sha256: files.emblem.sha256,
            width: files.emblem.width,
            height: files.emblem.height,
            uploadedById: people.users.get(DEMO_ADMIN_EMAIL)!,
          },
        });

        const counts: SeedCounts = {
          units: people.units.size,
          users: people.users.size,
          categories: await tx.category.count(),
          articles: articles.length,
          comments,
          files: await tx.storedFile.count(),
        };
        await tx.setting.createMany({
          data: [
            {
              key: "site",
              value: {
                name: SITE_NAME,
                logo: `/tep/${emblem.storageKey}`,
                agencyParent: `UBND TỈNH ${PROVINCE_NAME.toLocaleUpperCase("vi")}`,
                agencyName: "SỞ TƯ PHÁP",
                address: "Số 12 đường Lê Lợi, phường Nguyên Giang, tỉnh Thanh Nguyên",
                phone: "0200 3812 345",
                email: "pbgdpl@stp.thanhnguyen.example.vn",
                responsiblePerson: "Ông Trần Minh Quang – Giám đốc Sở Tư pháp",
                licence: "Giấy phép thiết lập trang thông tin điện tử số 15/GP-STTTT ngày 20/3/2026 của Sở Thông tin và Truyền thông tỉnh Thanh Nguyên (dữ liệu mẫu)",
                relatedLinks: [
                  { label: "Cổng Thông tin điện tử Chính phủ", url: "https://chinhphu.vn" },
                  { label: "Cổng Dịch vụ công quốc gia", url: "https://dichvucong.gov.vn" },
                  { label: "Bộ Tư pháp", url: "https://moj.gov.vn" },
                  { label: "Cơ sở dữ liệu quốc gia về văn bản pháp luật", url: "https://vbpl.vn" },
                  { label: "Cổng Pháp luật quốc gia", url: "https://phapluat.gov.vn" },
                ],
                englishName: "Department of Justice of Thanh Nguyen Province",
                englishAbout: [
                  "The Department of Justice is the specialised agency of the Provincial People's Committee that advises on and manages justice matters in the province, including the dissemination of and education on the law.",
                  "This portal is run by the Department of Justice on behalf of the Provincial Council for Coordinating Legal Dissemination and Education. Provincial departments and agencies, communes and wards publish their legal-education news here.",
                ].join("\n\n"),
                supportPhone: "0200 3812 399",
                supportEmail: "hotro@stp.thanhnguyen.example.vn",
                footer: `Cơ quan chủ quản: Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh ${PROVINCE_NAME}. Cơ quan thường trực: Sở Tư pháp. Ghi rõ nguồn khi phát hành lại thông tin từ Cổng thông tin này.`,
              },
            },
            { key: SEED_MARKER_KEY, value: { version: SEED_VERSION, seededAt: now.toISOString() } },
          ],
        });
        await tx.auditEntry.create({
          data: {
            actorId: people.users.get(DEMO_ADMIN_EMAIL)!,
            action: "seed.demo",
            targetType: "Setting",
            targetId: SEED_MARKER_KEY,
            change: { version: SEED_VERSION, counts: { ...counts } },
            createdAt: now,
          },
        });
        return counts;
      },
      { maxWait: 20_000, timeout: 120_000 },
    );
    return { status: "seeded", counts };
  } catch (error) {
    // A concurrent seed may have won the race; anything else is a real failure.
    const after = await inspect(db);
    if (after.kind === "demo") return { status: "skipped", message: ALREADY_SEEDED_MESSAGE };
    if (error instanceof NotEmptyError && after.kind === "other") return { status: "refused", message: after.message };
    throw error;
  }
}
