import { describe, expect, it } from "vitest";
import { cleanFileName } from "./file-name";

describe("cleanFileName", () => {
  it("keeps a Vietnamese name, in NFC", () => {
    const decomposed = "Ke\u0302\u0301 hoa\u0323ch tuye\u0302n truye\u0302\u0300n.pdf";
    expect(cleanFileName(decomposed)).toBe("Kế hoạch tuyên truyền.pdf");
    expect(cleanFileName(decomposed)).toBe(cleanFileName(decomposed).normalize("NFC"));
  });

  it("drops the folders old browsers and crafted requests send", () => {
    expect(cleanFileName("C:\\fakepath\\Báo cáo.docx")).toBe("Báo cáo.docx");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("thư mục/ảnh.jpg")).toBe("ảnh.jpg");
  });

  it("removes control characters and direction overrides", () => {
    expect(cleanFileName("a\u0000b\r\n\u0007c.pdf")).toBe("abc.pdf");
    expect(cleanFileName("hóa đơn\u202Efdp.exe")).toBe("hóa đơnfdp.exe");
  });

  it("keeps at most 255 characters, extension included", () => {
    const long = `${"Đề án ".repeat(80)}.docx`;
    const cleaned = cleanFileName(long);
    expect(Array.from(cleaned)).toHaveLength(255);
    expect(cleaned.endsWith(".docx")).toBe(true);
    expect(Array.from(cleanFileName("ả".repeat(300)))).toHaveLength(255);
  });

  it("names a file that had no usable name", () => {
    expect(cleanFileName("")).toBe("tệp");
    expect(cleanFileName("/")).toBe("tệp");
    expect(cleanFileName("..")).toBe("tệp");
    expect(cleanFileName("\u0001\u0002")).toBe("tệp");
  });
});
