import { beforeAll, describe, expect, it } from "vitest";
import {
  animatedGif,
  docx,
  ELF,
  HTML,
  JS,
  MACHO,
  MZ,
  odf,
  ole2,
  pdf,
  picture,
  plainZip,
  pptx,
  RAR,
  SEVEN_ZIP,
  SHELL,
  SVG,
  xlsx,
  zip,
} from "@/test-support/uploads/fixtures";
import { detectFileType, zipEntries } from "./detect-type";

const images: Record<string, Buffer> = {};

beforeAll(async () => {
  images.jpeg = await picture(40, 30, "jpeg");
  images.png = await picture(40, 30, "png");
  images.webp = await picture(40, 30, "webp");
  images.gif = await picture(40, 30, "gif");
  images.animated = await animatedGif();
});

const detect = (bytes: Uint8Array, fileName: string, claimedType?: string) => detectFileType(bytes, { fileName, claimedType });

describe("accepted files, decided by their bytes", () => {
  it.each([
    ["jpeg", "ảnh hội nghị.jpg", "image/jpeg", "image/jpeg"],
    ["jpeg", "ảnh.JPEG", "", "image/jpeg"],
    ["png", "sơ đồ.png", "image/png", "image/png"],
    ["webp", "ảnh.webp", "image/webp", "image/webp"],
    ["gif", "ảnh.gif", "image/gif", "image/gif"],
    ["animated", "động.gif", "image/gif", "image/gif"],
  ])("%s named %j", (fixture, name, claimed, mimeType) => {
    expect(detect(images[fixture], name, claimed)).toEqual({ ok: true, type: { kind: "image", mimeType, extension: expect.any(String) } });
  });

  it.each([
    [pdf(), "Kế hoạch.pdf", "application/pdf", "application/pdf"],
    [docx(), "Đề án.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    [xlsx(), "Số liệu.xlsx", "", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    [pptx(), "Bài giảng.pptx", "application/octet-stream", "application/vnd.openxmlformats-officedocument.presentationml.presentation"],
    [odf("text"), "Văn bản.odt", "", "application/vnd.oasis.opendocument.text"],
    [odf("spreadsheet"), "Bảng.ods", "", "application/vnd.oasis.opendocument.spreadsheet"],
    [odf("presentation"), "Trình chiếu.odp", "", "application/vnd.oasis.opendocument.presentation"],
    [ole2(), "Công văn.doc", "application/msword", "application/msword"],
    [ole2(), "Bảng lương.XLS", "", "application/vnd.ms-excel"],
    [ole2(), "Báo cáo.ppt", "", "application/vnd.ms-powerpoint"],
    [ole2(), "không tên", "application/vnd.ms-excel", "application/vnd.ms-excel"],
  ])("document %#: %j", (bytes, name, claimed, mimeType) => {
    expect(detect(bytes, name, claimed)).toMatchObject({ ok: true, type: { kind: "document", mimeType } });
  });

  it("takes an image saved under another image name: it is re-encoded anyway", () => {
    expect(detect(images.png, "ảnh.jpg", "image/jpeg")).toMatchObject({ ok: true, type: { mimeType: "image/png" } });
  });

  it("decides by the bytes alone when the name claims nothing", () => {
    expect(detect(pdf(), "tai-lieu", "")).toMatchObject({ ok: true, type: { mimeType: "application/pdf" } });
  });

  it("accepts polyglots as their signature says (re-encoded or served with nosniff + sandbox)", () => {
    const jpegWithHtml = Buffer.concat([images.jpeg.subarray(0, 20), Buffer.from("<html><script>alert(1)</script>"), images.jpeg.subarray(20)]);
    expect(detect(jpegWithHtml, "ảnh.jpg")).toMatchObject({ ok: true, type: { mimeType: "image/jpeg" } });
    expect(detect(pdf("<script>alert(1)</script>\n"), "a.pdf")).toMatchObject({ ok: true, type: { mimeType: "application/pdf" } });
  });
});

describe("refused files", () => {
  it.each([
    [SVG, "logo.png", "image/png", "Tệp “logo.png” không đúng định dạng: nội dung không phải ảnh JPEG, PNG, WebP hoặc GIF."],
    [SVG, "logo.svg", "image/svg+xml", "Không nhận tệp “logo.svg”: đây là ảnh SVG (có thể chứa mã chạy được). Chỉ nhận"],
    [HTML, "thông báo.pdf", "application/pdf", "Tệp “thông báo.pdf” không đúng định dạng: nội dung không phải tài liệu PDF."],
    [HTML, "trang.html", "text/html", "Không nhận tệp “trang.html”: đây là trang HTML."],
    [Buffer.from('<?xml version="1.0"?><root/>'), "dữ liệu.xml", "", "Không nhận tệp “dữ liệu.xml”: đây là tệp XML."],
    [ELF, "công văn.doc", "application/msword", "Tệp “công văn.doc” không đúng định dạng: nội dung không phải tài liệu Word."],
    [MZ, "công văn.doc", "", "Tệp “công văn.doc” không đúng định dạng: nội dung không phải tài liệu Word."],
    [MZ, "setup.exe", "application/x-msdownload", "Không nhận tệp “setup.exe”: đây là chương trình chạy được."],
    [MACHO, "app", "", "Không nhận tệp “app”: đây là chương trình chạy được."],
    [SHELL, "cài đặt.sh", "", "Không nhận tệp “cài đặt.sh”: đây là tập lệnh (script)."],
    [SHELL, "hướng dẫn.pdf", "", "Tệp “hướng dẫn.pdf” không đúng định dạng: nội dung không phải tài liệu PDF."],
    [JS, "a.js", "text/javascript", "Không nhận tệp “a.js”: đây là định dạng không được hỗ trợ."],
    [plainZip(), "Đề án.docx", "", "Tệp “Đề án.docx” không đúng định dạng: nội dung không phải tài liệu Word."],
    [plainZip(), "hồ sơ.zip", "application/zip", "Không nhận tệp “hồ sơ.zip”: đây là tệp nén."],
    [RAR, "hồ sơ.rar", "", "Không nhận tệp “hồ sơ.rar”: đây là tệp nén."],
    [SEVEN_ZIP, "hồ sơ.xlsx", "", "Tệp “hồ sơ.xlsx” không đúng định dạng: nội dung không phải bảng tính Excel."],
    [pdf(), "Đề án.docx", "", "Tệp “Đề án.docx” không đúng định dạng: nội dung không phải tài liệu Word."],
    [docx(), "Bảng.xlsx", "", "Tệp “Bảng.xlsx” không đúng định dạng: nội dung không phải bảng tính Excel."],
    [odf("text"), "Bảng.ods", "", "Tệp “Bảng.ods” không đúng định dạng: nội dung không phải bảng tính OpenDocument."],
    [ole2(), "Đề án.docx", "", "Tệp “Đề án.docx” không đúng định dạng: nội dung không phải tài liệu Word."],
    [ole2(), "tệp.bin", "", "Không nhận tệp “tệp.bin”"],
    [ole2(), "không tên", "", "Không nhận tệp “không tên”"],
    [Buffer.from("%PDF-1.4 but a text file"), "ghi chú.txt", "text/plain", "Không nhận tệp “ghi chú.txt”: chỉ nhận ảnh"],
  ])("refuses fixture %# named %j", (bytes, name, claimed, message) => {
    const result = detect(bytes, name, claimed);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });

  it("refuses a JPEG the browser calls a PDF, and a PDF called an image", async () => {
    expect(detect(images.jpeg, "ảnh", "application/pdf")).toEqual({ ok: false, error: "Tệp “ảnh” không đúng định dạng: nội dung không phải tài liệu PDF." });
    expect(detect(images.jpeg, "ảnh.jpg", "application/pdf")).toEqual({ ok: false, error: "Tệp “ảnh.jpg” không đúng định dạng: nội dung không phải tài liệu PDF." });
    expect(detect(pdf(), "ảnh.png", "")).toEqual({ ok: false, error: "Tệp “ảnh.png” không đúng định dạng: nội dung không phải ảnh JPEG, PNG, WebP hoặc GIF." });
  });

  it("refuses an SVG even when the first bytes are whitespace, a BOM or a comment", () => {
    const sneaky = Buffer.from(`\ufeff  \n<!-- đồ họa --><svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>`);
    expect(detect(sneaky, "ảnh.png", "image/png").ok).toBe(false);
    expect(detect(sneaky, "ảnh", "").ok).toBe(false);
  });

  it("refuses an OLE2 file whose name and MIME type disagree", () => {
    expect(detect(ole2(), "Bảng.xls", "application/msword")).toMatchObject({ ok: false, error: expect.stringContaining("tài liệu Word") });
  });

  it("refuses Office files carrying macros under an ordinary name", () => {
    const macro = zip([["[Content_Types].xml", "<Types/>"], ["word/document.xml", "<w:document/>"], ["word/vbaProject.bin", "macro"]]);
    expect(detect(macro, "Đề án.docx").ok).toBe(false);
  });

  it("takes only images for a cover or a picture in the body", () => {
    expect(detectFileType(images.png, { fileName: "bìa.png", accept: "image" })).toMatchObject({ ok: true });
    expect(detectFileType(docx(), { fileName: "Đề án.docx", accept: "image" })).toEqual({
      ok: false,
      error: "Tệp “Đề án.docx” không phải ảnh: chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF.",
    });
    expect(detectFileType(SVG, { fileName: "logo.svg", accept: "image" })).toMatchObject({ ok: false, error: expect.stringContaining("Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF.") });
  });

  it("refuses an empty file", () => {
    expect(detect(new Uint8Array(0), "trống.pdf")).toEqual({ ok: false, error: "Tệp “trống.pdf” rỗng (0 byte)." });
  });

  it("refuses truncated and malformed ZIPs without throwing", () => {
    const whole = docx();
    for (const cut of [4, 30, 100, whole.length - 30, whole.length - 1]) {
      expect(detect(whole.subarray(0, cut), "Đề án.docx").ok).toBe(false);
    }
    const corrupt = Buffer.from(whole);
    corrupt.writeUInt32LE(0xffffff00, corrupt.length - 6); // central directory offset past the end
    expect(detect(corrupt, "Đề án.docx").ok).toBe(false);
  });
});

describe("zipEntries", () => {
  it("lists the names in the central directory, deflated or stored", () => {
    expect(zipEntries(docx())?.map((entry) => entry.name)).toEqual(["[Content_Types].xml", "_rels/.rels", "word/document.xml"]);
    expect(zipEntries(Buffer.from("not a zip"))).toBeNull();
  });
});
