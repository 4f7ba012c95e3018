// Uploaded images are never stored as sent: sharp decodes them and writes new files, which drops every
// byte the uploader chose (EXIF with GPS position and camera serial, XMP, IPTC, comments, anything a
// polyglot hid after the image data) and converts colours to sRGB (sharp's default without
// keepMetadata/keepIccProfile: the embedded ICC profile is applied, then removed).
//
// Formats: the widest size is a JPEG, the smaller ones WebP. The widest is the one Facebook and Zalo
// fetch for a shared link's card (og:image) and the `src` fallback; JPEG is the format every crawler,
// mail client and old phone decodes. The smaller sizes only serve the page's own `srcset`, read by
// current browsers, where WebP is about a third smaller at the same quality. Animated GIFs stay GIFs
// (resized, every frame); a still GIF becomes JPEG/WebP like any other image. An animated WebP keeps its
// first frame.
import sharp, { type Metadata } from "sharp";
import { IMAGE_MAX_PIXELS, IMAGE_WIDTHS } from "./upload-limits";

export type EncodedImage = { bytes: Buffer; width: number; height: number; mimeType: string };

export type ReencodeResult = { ok: true; images: EncodedImage[] } | { ok: false; error: string };

const JPEG = { quality: 82, mozjpeg: true } as const;
const WEBP = { quality: 78, effort: 4 } as const;

function bombMessage(name: string, megapixels: number): string {
  return `Ảnh “${name}” quá lớn (${megapixels.toLocaleString("vi-VN", { maximumFractionDigits: 1 })} megapixel khi giải nén); chỉ nhận ảnh tối đa ${IMAGE_MAX_PIXELS / 1_000_000} megapixel.`;
}

/**
 * The stored sizes of an image, widest first: one per width of IMAGE_WIDTHS that the image reaches,
 * plus its own width when narrower than the widest (never enlarged). `name` only words refusals.
 */
export async function reencodeImage(bytes: Buffer, name: string): Promise<ReencodeResult> {
  let metadata: Metadata;
  try {
    // Only the header is read here, so no pixel limit yet: the check below gives the clearer refusal.
    metadata = await sharp(bytes, { animated: true, limitInputPixels: false }).metadata();
  } catch {
    return unreadable(name);
  }
  const frames = metadata.pages ?? 1;
  const frameHeight = metadata.pageHeight ?? metadata.height;
  if (!metadata.width || !frameHeight) return unreadable(name);
  // Checked before decoding anything; sharp's limitInputPixels below is the second line of defence.
  const pixels = metadata.width * frameHeight * frames;
  if (pixels > IMAGE_MAX_PIXELS) return { ok: false, error: bombMessage(name, pixels / 1_000_000) };

  const animated = metadata.format === "gif" && frames > 1;
  // EXIF orientations 5–8 turn the picture a quarter: its shown width is the stored height.
  const shownWidth = metadata.autoOrient?.width ?? metadata.width;
  const widths = [...new Set(IMAGE_WIDTHS.map((width) => Math.min(width, shownWidth)))].sort((a, b) => b - a);

  const images: EncodedImage[] = [];
  try {
    for (const [index, width] of widths.entries()) {
      // One image at a time: sharp already uses the cores for each, and memory stays at one decode.
      const pipeline = sharp(bytes, { animated, limitInputPixels: IMAGE_MAX_PIXELS, failOn: "error" })
        .autoOrient()
        .resize({ width, withoutEnlargement: true });
      const widest = index === 0;
      const encoded = animated
        ? pipeline.gif({ effort: 7 })
        : widest
          ? pipeline.flatten({ background: "#ffffff" }).jpeg(JPEG)
          : pipeline.webp(WEBP);
      const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
      images.push({
        bytes: data,
        width: info.width,
        height: info.pageHeight ?? info.height,
        mimeType: animated ? "image/gif" : widest ? "image/jpeg" : "image/webp",
      });
    }
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) return { ok: false, error: bombMessage(name, pixels / 1_000_000) };
    return unreadable(name);
  }
  return { ok: true, images };
}

function unreadable(name: string): ReencodeResult {
  return { ok: false, error: `Không đọc được ảnh “${name}”: tệp bị hỏng hoặc không đầy đủ.` };
}
