import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { animatedGif, jpegWithGps, picture, pngClaiming } from "@/test-support/uploads/fixtures";
import { reencodeImage } from "./reencode-image";

async function reencoded(bytes: Buffer) {
  const result = await reencodeImage(bytes, "ảnh.jpg");
  if (!result.ok) throw new Error(result.error);
  return result.images;
}

describe("reencodeImage", () => {
  it("strips EXIF, GPS and the camera, turning the picture upright first", async () => {
    const original = await jpegWithGps(1200, 800);
    const before = await sharp(original).metadata();
    expect(before.exif?.includes("KiemThu")).toBe(true);
    expect(before.orientation).toBe(6);

    const images = await reencoded(original);
    // Orientation 6: the stored 1200×800 picture is shown 800 wide and 1200 high.
    expect(images.map(({ width, height, mimeType }) => ({ width, height, mimeType }))).toEqual([
      { width: 800, height: 1200, mimeType: "image/jpeg" },
      { width: 480, height: 720, mimeType: "image/webp" },
    ]);
    for (const image of images) {
      const metadata = await sharp(image.bytes).metadata();
      expect(metadata.exif).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(metadata.iptc).toBeUndefined();
      expect(metadata.orientation).toBeUndefined();
      expect(image.bytes.includes("KiemThu")).toBe(false);
      expect(image.bytes.includes("Camera GPS")).toBe(false);
    }
  });

  it("stores three widths of a large photo and never enlarges a small one", async () => {
    const large = await reencoded(await picture(2400, 1600, "png"));
    expect(large.map((image) => [image.width, image.height, image.mimeType])).toEqual([
      [1600, 1067, "image/jpeg"],
      [960, 640, "image/webp"],
      [480, 320, "image/webp"],
    ]);
    const small = await reencoded(await picture(300, 200, "webp"));
    expect(small.map((image) => [image.width, image.height, image.mimeType])).toEqual([[300, 200, "image/jpeg"]]);
  });

  it("keeps an animated GIF animated, and makes a still GIF a JPEG", async () => {
    const [animated] = await reencoded(await animatedGif(120, 80, 3));
    expect(animated.mimeType).toBe("image/gif");
    expect(await sharp(animated.bytes, { animated: true }).metadata()).toMatchObject({ format: "gif", pages: 3, width: 120, pageHeight: 80 });
    const [still] = await reencoded(await picture(100, 60, "gif"));
    expect(still.mimeType).toBe("image/jpeg");
  });

  it("refuses a decompression bomb before decoding it", async () => {
    const started = Date.now();
    const result = await reencodeImage(await pngClaiming(30_000, 30_000), "bom.png");
    expect(result).toEqual({ ok: false, error: "Ảnh “bom.png” quá lớn (900 megapixel khi giải nén); chỉ nhận ảnh tối đa 50 megapixel." });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("refuses a truncated image in Vietnamese", async () => {
    const whole = await picture(400, 300, "jpeg");
    expect(await reencodeImage(whole.subarray(0, whole.length / 3), "hỏng.jpg")).toEqual({
      ok: false,
      error: "Không đọc được ảnh “hỏng.jpg”: tệp bị hỏng hoặc không đầy đủ.",
    });
  });
});
