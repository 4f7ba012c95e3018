// .docx → HTML with mammoth (a maintained converter; we do not parse WordprocessingML ourselves).
// Word's own look (fonts, colours, spacing, its style names) is left behind: only the structure the
// news format uses comes out. Pictures are not stored here: each gets a placeholder address and its
// bytes are kept aside, so nothing is written until the whole document is known to be acceptable.
import mammoth from "mammoth";
import { placeholderSrc } from "./placeholders";

export type ExtractedImage = { index: number; bytes: Buffer; contentType: string };
export type Converted = { ok: true; html: string; images: ExtractedImage[] } | { ok: false };

const STYLE_MAP = [
  // The document's title becomes the article's Tiêu đề (see shape.ts), not a heading in the body.
  "p[style-name='Title'] => h1.docx-title:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  // The body has two heading levels (Đề mục cấp 2 and 3): Word's levels fold onto them.
  "p[style-name='Heading 1'] => h2:fresh",
  "p[style-name='heading 1'] => h2:fresh",
  "p[style-name='Heading 2'] => h3:fresh",
  "p[style-name='heading 2'] => h3:fresh",
  "p[style-name^='Heading'] => h3:fresh",
  "p[style-name^='heading'] => h3:fresh",
  // Word's caption style ("caption" inside the file, "Caption" in some templates) names a picture's caption.
  "p[style-name='caption'] => p.docx-caption:fresh",
  "p[style-name='Caption'] => p.docx-caption:fresh",
  "u => u",
  "strike => s",
];

export async function convertDocx(bytes: Buffer): Promise<Converted> {
  const images: ExtractedImage[] = [];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        styleMap: STYLE_MAP,
        // A style map hidden inside the file would let its author choose our markup.
        includeEmbeddedStyleMap: false,
        // Pictures linked to a path or a URL outside the file are never fetched.
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async (image) => {
          const index = images.length;
          images.push({ index, bytes: await image.readAsBuffer(), contentType: image.contentType });
          return { src: placeholderSrc(index) };
        }),
      },
    );
    return { ok: true, html: result.value, images };
  } catch {
    return { ok: false };
  }
}
