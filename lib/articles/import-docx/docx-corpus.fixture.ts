// Real .docx files for the import tests, written by the `docx` package from Word features (no binary
// fixtures in the repository), plus the broken and hostile files an import must refuse.
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type ISectionOptions,
} from "docx";
import sharp from "sharp";
// Relative, not "@/": the Playwright journeys import this file too.
import { ole2, pdf, plainZip, zip } from "../../../test-support/uploads/fixtures";

export const NEWS_TITLE = "Xã An Lạc tập huấn kỹ năng hòa giải ở cơ sở cho hòa giải viên";
export const NEWS_SAPO =
  "Sáng 26/11, Ủy ban nhân dân xã An Lạc phối hợp với Phòng Tư pháp tổ chức lớp tập huấn kỹ năng hòa giải ở cơ sở cho gần 120 hòa giải viên của 12 thôn, giúp các tổ hòa giải nắm vững quy trình và kỹ năng làm việc.";
export const CAPTIONS = ["Ảnh: Quang cảnh lớp tập huấn.", "Ảnh: Hòa giải viên thảo luận tình huống mẫu."];

/** A small photo of one colour, so each image of a file has its own bytes. */
export async function photo(seed: number, width = 320, height = 200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: (seed * 53) % 256, g: (seed * 97) % 256, b: 120 } } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

const image = (data: Buffer, description: string) =>
  new ImageRun({ type: "jpg", data, transformation: { width: 320, height: 200 }, altText: { name: description, title: description, description } });

async function pack(sections: ISectionOptions[], extra: Partial<ConstructorParameters<typeof Document>[0]> = {}): Promise<Buffer> {
  return Packer.toBuffer(
    new Document({
      styles: { paragraphStyles: [{ id: "Caption", name: "caption", basedOn: "Normal", run: { italics: true } }] },
      ...extra,
      sections,
    }),
  );
}

const filler = (sentence: string, times: number) => Array.from({ length: times }, () => sentence).join(" ");

/** A complete news item as a unit writes it in Word: title, sapo, headings, a table, two captioned photos, a link. */
export async function newsDocx(): Promise<Buffer> {
  return pack([
    {
      children: [
        new Paragraph({ text: NEWS_TITLE, heading: HeadingLevel.TITLE }),
        new Paragraph({ children: [new TextRun({ text: NEWS_SAPO, bold: true, font: "Times New Roman", size: 28, color: "C00000" })] }),
        new Paragraph({ children: [image(await photo(1), "Hội trường lớp tập huấn")] }),
        new Paragraph({ style: "Caption", children: [new TextRun(CAPTIONS[0])] }),
        new Paragraph({ text: "Nội dung tập huấn", heading: HeadingLevel.HEADING_1 }),
        new Paragraph({
          children: [
            new TextRun("Tại lớp tập huấn, báo cáo viên đã giới thiệu "),
            new TextRun({ text: "Luật Hòa giải ở cơ sở", bold: true }),
            new TextRun(" và "),
            new TextRun({ text: "các tình huống thường gặp", italics: true }),
            new TextRun(". Xem toàn văn tại "),
            new ExternalHyperlink({ link: "https://vbpl.vn/luat-hoa-giai", children: [new TextRun({ text: "Cơ sở dữ liệu quốc gia về văn bản pháp luật", style: "Hyperlink" })] }),
            new TextRun(". " + filler("Các học viên được thực hành xử lý tình huống theo nhóm.", 8)),
          ],
        }),
        new Paragraph({ text: "Kết quả", heading: HeadingLevel.HEADING_2 }),
        new Table({
          rows: [
            ["Thôn", "Số hòa giải viên", "Số vụ hòa giải"],
            ["Thôn Đông", "10", "4"],
            ["Thôn Tây", "12", "6"],
          ].map((cells) => new TableRow({ children: cells.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })),
        }),
        new Paragraph({ children: [image(await photo(2), "Hòa giải viên thảo luận nhóm")] }),
        new Paragraph({ style: "Caption", children: [new TextRun(CAPTIONS[1])] }),
        new Paragraph({ text: "Hòa giải viên được phát tài liệu", bullet: { level: 0 } }),
        new Paragraph({ text: "Mỗi thôn cử hai người tham dự", bullet: { level: 0 } }),
      ],
    },
  ]);
}

/** Numbered list with lettered sub-items and bullets a level deeper. */
export async function nestedListsDocx(): Promise<Buffer> {
  const item = (text: string, level: number) => new Paragraph({ text, numbering: { reference: "nhieu-cap", level } });
  return pack(
    [
      {
        children: [
          new Paragraph("Kế hoạch tuyên truyền gồm các bước sau đây để mọi người cùng theo dõi và thực hiện."),
          item("Chuẩn bị tài liệu", 0),
          item("In tờ gấp", 1),
          item("Khổ A4", 2),
          item("Tổ chức tuyên truyền", 0),
          item("Tại nhà văn hóa thôn", 1),
        ],
      },
    ],
    {
      numbering: {
        config: [
          {
            reference: "nhieu-cap",
            levels: [
              { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START },
              { level: 1, format: LevelFormat.LOWER_LETTER, text: "%2)", alignment: AlignmentType.START },
              { level: 2, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.START },
            ],
          },
        ],
      },
    },
  );
}

export async function footnotesDocx(): Promise<Buffer> {
  return pack(
    [
      {
        children: [
          new Paragraph({ children: [new TextRun("Luật Phổ biến, giáo dục pháp luật năm 2012"), new FootnoteReferenceRun(1), new TextRun(" vẫn đang có hiệu lực.")] }),
        ],
      },
    ],
    { footnotes: { 1: { children: [new Paragraph("Luật số 14/2012/QH13 ngày 20/6/2012.")] } } },
  );
}

/** Word with Track Changes on: an inserted word and a deleted one, never accepted. */
export async function trackedChangesDocx(): Promise<Buffer> {
  const change = { author: "Trần Minh Đức", date: "2026-11-26T08:00:00Z" };
  return pack([
    {
      children: [
        new Paragraph({
          children: [
            new TextRun("Hội nghị có "),
            new DeletedTextRun({ text: "100", id: 1, ...change }),
            new InsertedTextRun({ text: "120", id: 2, ...change }),
            new TextRun(" đại biểu tham dự."),
          ],
        }),
      ],
    },
  ]);
}

/** A safe link, a mail link, and a link that would run script. */
export async function hyperlinksDocx(): Promise<Buffer> {
  const linkTo = (link: string, text: string) => new ExternalHyperlink({ link, children: [new TextRun({ text, style: "Hyperlink" })] });
  return pack([
    {
      children: [
        new Paragraph({ children: [new TextRun({ text: "Liên kết hữu ích", bold: true })] }),
        new Paragraph({
          children: [
            linkTo("https://moj.gov.vn", "Bộ Tư pháp"),
            new TextRun(", "),
            linkTo("mailto:tuphap@anlac.gov.vn", "hộp thư Phòng Tư pháp"),
            new TextRun(" và "),
            linkTo("javascript:alert(1)", "một liên kết lạ"),
            new TextRun("."),
          ],
        }),
      ],
    },
  ]);
}

/** A JPEG photo and a BMP drawing: the upload accepts only JPEG, PNG, WebP and GIF. */
export async function bitmapDocx(): Promise<Buffer> {
  const bmp = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#336699" } }).raw().toBuffer();
  return pack([
    {
      children: [
        new Paragraph("Sơ đồ tổ chức và ảnh hội nghị được đính kèm dưới đây để bạn đọc tham khảo."),
        new Paragraph({ children: [new ImageRun({ type: "bmp", data: bitmap(8, 8, bmp), transformation: { width: 80, height: 80 } })] }),
        new Paragraph({ children: [image(await photo(7), "Hội nghị")] }),
      ],
    },
  ]);
}

/** A 24-bit BMP file around raw RGB pixels (sharp writes no BMP). */
function bitmap(width: number, height: number, rgb: Buffer): Buffer {
  const row = Math.ceil((width * 3) / 4) * 4;
  const file = Buffer.alloc(54 + row * height);
  file.write("BM", 0, "latin1");
  file.writeUInt32LE(file.length, 2);
  file.writeUInt32LE(54, 10);
  file.writeUInt32LE(40, 14);
  file.writeInt32LE(width, 18);
  file.writeInt32LE(height, 22);
  file.writeUInt16LE(1, 26);
  file.writeUInt16LE(24, 28);
  file.writeUInt32LE(row * height, 34);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const source = ((height - 1 - y) * width + x) * 3;
      const target = 54 + y * row + x * 3;
      file[target] = rgb[source + 2];
      file[target + 1] = rgb[source + 1];
      file[target + 2] = rgb[source];
    }
  }
  return file;
}

export async function manyImagesDocx(count: number): Promise<Buffer> {
  const children = [];
  for (let index = 0; index < count; index++) children.push(new Paragraph({ children: [image(await photo(index + 10, 16, 16), `Ảnh ${index + 1}`)] }));
  return pack([{ children }]);
}

/** A zip whose one part inflates to more than the budget (`bytes`), honestly declared or lying. */
export function zipBomb(bytes: number, { lie = false } = {}): Buffer {
  const file = zip(
    [
      ["[Content_Types].xml", "<Types/>"],
      ["word/document.xml", Buffer.alloc(bytes, 0x20)],
    ],
    { deflate: true },
  );
  if (lie) {
    // Declare 1 KB unpacked in both headers: a reader trusting them would be fooled.
    for (let at = 0; at < file.length - 4; at++) {
      const signature = file.readUInt32LE(at);
      if (signature === 0x04034b50 && file.readUInt32LE(at + 22) === bytes) file.writeUInt32LE(1024, at + 22);
      if (signature === 0x02014b50 && file.readUInt32LE(at + 24) === bytes) file.writeUInt32LE(1024, at + 24);
    }
  }
  return file;
}

/** The hostile and broken files, each with the start of the message the writer must see. */
export async function refusedCorpus(): Promise<{ name: string; bytes: Buffer; message: RegExp }[]> {
  const real = await newsDocx();
  return [
    { name: "trống.docx", bytes: Buffer.alloc(0), message: /^Tệp rỗng/ },
    { name: "ke-hoach.doc đổi tên.docx", bytes: ole2(), message: /^Đây là tệp Word cũ \(\.doc\)/ },
    { name: "khong-phai-zip.docx", bytes: Buffer.from("Đây không phải tài liệu Word.", "utf8"), message: /^Tệp không phải tài liệu Word/ },
    { name: "bao-cao.pdf.docx", bytes: pdf(), message: /^Tệp không phải tài liệu Word/ },
    { name: "zip-thuong.docx", bytes: plainZip(), message: /^Tệp không phải tài liệu Word/ },
    { name: "bom-zip.docx", bytes: zipBomb(64 * 1024 * 1024), message: /^Tệp Word khi giải nén quá lớn/ },
    { name: "bom-zip-khai-gian.docx", bytes: zipBomb(64 * 1024 * 1024, { lie: true }), message: /^Tệp Word khi giải nén quá lớn/ },
    { name: "cat-doi.docx", bytes: real.subarray(0, Math.floor(real.length / 2)), message: /^Tệp Word bị hỏng/ },
    { name: "qua-nhieu-anh.docx", bytes: await manyImagesDocx(31), message: /^Tệp Word có quá nhiều ảnh/ },
  ];
}
