import { describe, expect, it } from "vitest";
import { contentDisposition, downloadHeaders } from "./download-headers";

describe("download headers", () => {
  it("carries the Vietnamese file name in RFC 5987 form with an ASCII fallback", () => {
    const header = contentDisposition("Kế hoạch tuyên truyền pháp luật năm 2026.pdf", "application/pdf", true);
    expect(header).toBe(
      `attachment; filename="Ke hoach tuyen truyen phap luat nam 2026.pdf"; ` +
        `filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20tuy%C3%AAn%20truy%E1%BB%81n%20ph%C3%A1p%20lu%E1%BA%ADt%20n%C4%83m%202026.pdf`,
    );
  });

  it("decodes back to the original name", () => {
    const name = "Đề án “Ngày Pháp luật” (bản 2).docx";
    const header = contentDisposition(name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const encoded = /filename\*=UTF-8''(.+)$/.exec(header)![1];
    expect(decodeURIComponent(encoded)).toBe(name);
    expect(header.startsWith("attachment;")).toBe(true);
  });

  it("cannot be broken out of by quotes or line breaks in the name", () => {
    const header = contentDisposition('a"\r\nSet-Cookie: x=1.pdf', "application/pdf");
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toContain('filename="a___Set-Cookie: x=1.pdf"');
  });

  it("shows images inline and forbids sniffing", () => {
    const headers = downloadHeaders({ originalName: "ảnh.jpg", mimeType: "image/jpeg", size: 10 });
    expect(headers["Content-Disposition"].startsWith("inline;")).toBe(true);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("lets shared caches keep a published file only briefly, and an unpublished one not at all", () => {
    const file = { originalName: "ảnh.jpg", mimeType: "image/jpeg", size: 10 };
    expect(downloadHeaders(file, false, "public")["Cache-Control"]).toBe("public, max-age=300");
    expect(downloadHeaders(file, false, "staff")["Cache-Control"]).toBe("private, no-cache");
  });
});
