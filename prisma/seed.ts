// `tsx prisma/seed.ts` (DATABASE_URL set; `npm run db:seed` sets it): loads the demo province into an
// empty database. Exit 0 when seeded or already seeded, 1 when the database holds other data or on error.
import { db } from "../lib/db";
import { DEMO_EMAILS, DEMO_PASSWORD } from "./seed/constants";
import { seedDemoData } from "./seed/index";

async function main(): Promise<number> {
  const started = Date.now();
  const result = await seedDemoData(db);
  if (result.status === "skipped") {
    console.log(result.message);
    return 0;
  }
  if (result.status === "refused") {
    console.error(result.message);
    return 1;
  }
  const { units, users, categories, articles, comments, files } = result.counts;
  console.log(
    `Đã nạp dữ liệu mẫu trong ${((Date.now() - started) / 1000).toFixed(1)} giây: ${units} đơn vị, ${users} người dùng, ` +
      `${categories} chuyên mục, ${articles} bài viết, ${comments} bình luận, ${files} tệp.`,
  );
  console.log(`Tài khoản mẫu (mật khẩu ${DEMO_PASSWORD}): ${DEMO_EMAILS.join(", ")}`);
  return 0;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    console.error("Nạp dữ liệu mẫu thất bại, không có gì được ghi vào cơ sở dữ liệu:", error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
