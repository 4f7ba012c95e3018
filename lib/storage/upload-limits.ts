// How big an upload may be. Pure constants: the route, the use case and the browser's uploader share them.

const MEGABYTE = 1024 * 1024;

export const IMAGE_MAX_MB = 10;
export const DOCUMENT_MAX_MB = 20;
export const IMAGE_MAX_BYTES = IMAGE_MAX_MB * MEGABYTE;
export const DOCUMENT_MAX_BYTES = DOCUMENT_MAX_MB * MEGABYTE;

/**
 * Decoded pixels an image may have (all frames of an animated GIF together). A small file can declare a
 * huge canvas (a "decompression bomb"); 50 megapixels is a 8 660 × 5 773 photo, above any phone camera.
 */
export const IMAGE_MAX_PIXELS = 50_000_000;

/** The widths images are stored at, never enlarged: a phone, a desktop column, a full-width cover. */
export const IMAGE_WIDTHS = [480, 960, 1600] as const;

export const IMAGE_TOO_LARGE = `Ảnh vượt quá ${IMAGE_MAX_MB} MB.`;
export const DOCUMENT_TOO_LARGE = `Tệp vượt quá ${DOCUMENT_MAX_MB} MB.`;
