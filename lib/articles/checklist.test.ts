import { describe, expect, it } from "vitest";
import { doc, figure, link, p, text } from "@/lib/richtext/build";
import { runChecklist, type ChecklistInput } from "./checklist";

const words = (n: number, word = "luật") => Array.from({ length: n }, () => word).join(" ");

function good(overrides: Partial<ChecklistInput> = {}): ChecklistInput {
  return {
    title: "Huyện An Lạc tổ chức hội nghị tuyên truyền Luật Đất đai năm 2024",
    sapo: `Sáng 27/11, Ủy ban nhân dân huyện An Lạc tổ chức hội nghị ${words(25, "phổ biến")}.`,
    body: doc([p(`Hội nghị có sự tham dự của ${words(200, "cán bộ")}.`)]),
    categoryId: 3,
    cover: { fileId: null, caption: "", alt: "" },
    attachments: [{ originalName: "Kế hoạch.pdf", mimeType: "application/pdf" }],
    ...overrides,
  };
}

const codes = (items: { code: string }[]) => items.map((i) => i.code);

describe("Kiểm tra trước khi gửi", () => {
  it("passes a well-formed article with neither errors nor warnings", () => {
    expect(runChecklist(good())).toEqual({ errors: [], warnings: [] });
  });

  it("blocks a missing title, sapo, body and category", () => {
    const result = runChecklist(good({ title: "  ", sapo: "", body: doc([p(" ")]), categoryId: null }));
    expect(codes(result.errors)).toEqual(["title.missing", "sapo.missing", "body.missing", "category.missing"]);
    expect(result.errors[0].message).toBe("Chưa có tiêu đề.");
  });

  it("blocks a cover image without caption or alt text", () => {
    const result = runChecklist(good({ cover: { fileId: 7, caption: "", alt: " " } }));
    expect(codes(result.errors)).toEqual(["cover.caption", "cover.alt"]);
  });

  it("blocks an attachment of a forbidden type, naming the file", () => {
    const result = runChecklist(good({ attachments: [{ originalName: "cài đặt.exe", mimeType: "application/x-msdownload" }] }));
    expect(result.errors).toEqual([{ code: "attachment.type", message: "Tệp đính kèm “cài đặt.exe” có định dạng không được phép." }]);
  });

  it("warns about lengths outside the taught range", () => {
    const result = runChecklist(good({ title: "Tin ngắn", sapo: "Sapo quá ngắn." }));
    expect(codes(result.warnings)).toEqual(["title.length", "sapo.length"]);
    expect(result.warnings[0].message).toBe("Tiêu đề có 2 từ; nên từ 6 đến 30 từ.");
  });

  it("warns about a title in capitals, but not about one with a few capitalised names", () => {
    expect(codes(runChecklist(good({ title: "HUYỆN AN LẠC TỔ CHỨC HỘI NGHỊ PHỔ BIẾN LUẬT ĐẤT ĐAI" })).warnings)).toContain("title.capitals");
    expect(codes(runChecklist(good({ title: "UBND huyện An Lạc triển khai Luật Đất đai cho người dân" })).warnings)).not.toContain("title.capitals");
  });

  it("warns when the sapo is repeated as the first paragraph", () => {
    const sapo = good().sapo;
    const result = runChecklist(good({ body: doc([p(sapo.toUpperCase()), p(words(200))]) }));
    expect(codes(result.warnings)).toEqual(["sapo.repeated"]);
  });

  it("warns about images without captions and links without https", () => {
    const body = doc([
      p(words(200)),
      figure("/tep/ab/cd/" + "abcd".padEnd(64, "0") + ".jpg", "Ảnh hội nghị", ""),
      p(text("Xem "), link("văn bản", "http://example.vn/van-ban"), text(" và "), link("trang này", "https://example.vn")),
    ]);
    const result = runChecklist(good({ body }));
    expect(result.warnings).toEqual([
      { code: "images.caption", message: "1 ảnh trong nội dung chưa có chú thích." },
      { code: "links.http", message: "1 liên kết dùng http thay vì https." },
    ]);
  });

  it("warns about a very short body", () => {
    expect(codes(runChecklist(good({ body: doc([p("Nội dung ngắn.")]) })).warnings)).toEqual(["body.short"]);
  });
});
