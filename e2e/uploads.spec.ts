// The upload endpoint as the editor's uploader calls it: the demo author's own cookies, our own Origin.
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import sharp from "sharp";
import { DEMO_AUTHOR_EMAIL, DEMO_UNIT_SLUG } from "../prisma/seed/constants";
import { signIn } from "./support/sign-in";

async function districtId(): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number }>(`SELECT id FROM "Unit" WHERE slug = $1`, [DEMO_UNIT_SLUG]);
    return rows[0].id;
  } finally {
    await client.end();
  }
}

/** A photo with a GPS position in its EXIF, as a phone would send it. */
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 1800, height: 1200, channels: 3, background: { r: 40, g: 120, b: 90 } } })
    .jpeg({ quality: 80 })
    .withExif({ IFD0: { Make: "DienThoai", Model: "E2E" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "21/1 1/1 30/1" } })
    .toBuffer();
}

function upload(page: Page, unitId: number, file: { name: string; mimeType: string; buffer: Buffer }, purpose = "image", origin?: string) {
  const baseURL = test.info().project.use.baseURL!;
  return page.request.post("/api/tai-len", {
    headers: { Origin: origin ?? new URL(baseURL).origin },
    multipart: { unitId: String(unitId), purpose, file },
  });
}

test.describe("Tải tệp lên", () => {
  test("the demo author uploads a photo: stored re-encoded, without EXIF, served with nosniff", async ({ page }) => {
    const unitId = await districtId();
    await signIn(page, DEMO_AUTHOR_EMAIL);

    const response = await upload(page, unitId, { name: "Ảnh hội nghị tập huấn.jpg", mimeType: "image/jpeg", buffer: await phonePhoto() });
    expect(response.status()).toBe(201);
    const { ok, file } = await response.json();
    expect(ok).toBe(true);
    expect(file).toMatchObject({ originalName: "Ảnh hội nghị tập huấn.jpg", mimeType: "image/jpeg", width: 1600, height: 1067 });
    expect(file.variants.map((variant: { width: number }) => variant.width)).toEqual([960, 480]);

    const served = await page.request.get(`/tep/${file.storageKey}`);
    expect(served.status()).toBe(200);
    expect(served.headers()["content-type"]).toBe("image/jpeg");
    expect(served.headers()["x-content-type-options"]).toBe("nosniff");
    const bytes = await served.body();
    const metadata = await sharp(bytes).metadata();
    expect(metadata).toMatchObject({ format: "jpeg", width: 1600 });
    expect(metadata.exif).toBeUndefined();
  });

  test("an SVG dressed as a PNG is refused in Vietnamese", async ({ page }) => {
    const unitId = await districtId();
    await signIn(page, DEMO_AUTHOR_EMAIL);
    const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"><rect width="9" height="9"/></svg>`);

    const response = await upload(page, unitId, { name: "logo.png", mimeType: "image/png", buffer: svg });
    expect(response.status()).toBe(415);
    expect(await response.json()).toEqual({ ok: false, error: "Tệp “logo.png” không đúng định dạng: nội dung không phải ảnh JPEG, PNG, WebP hoặc GIF." });
  });

  test("a request from another site, or without a session, is refused", async ({ page }) => {
    const unitId = await districtId();
    const photo = { name: "a.jpg", mimeType: "image/jpeg", buffer: await phonePhoto() };
    const anonymous = await upload(page, unitId, photo);
    expect(anonymous.status()).toBe(401);
    expect(await anonymous.json()).toEqual({ ok: false, error: "Bạn cần đăng nhập để tải tệp lên." });

    await signIn(page, DEMO_AUTHOR_EMAIL);
    const forged = await upload(page, unitId, photo, "image", "https://trang-la.example");
    expect(forged.status()).toBe(403);
  });
});
