import { describe, expect, it } from "vitest";
import { doc, h2, p } from "@/lib/richtext/build";
import { runChecklist } from "./checklist";
import { emptyTemplateSections, NEWS_TEMPLATES, newsTemplate, sectionHint, templateOfBody } from "./templates";

const input = (body: unknown) => ({ title: "Tiêu đề", sapo: "Sapo", body, categoryId: 1, cover: { fileId: null, caption: "", alt: "" }, attachments: [] });

describe("Mẫu tin", () => {
  it("offers the three kinds of news the training teaches", () => {
    expect(NEWS_TEMPLATES.map((t) => t.name)).toEqual(["Tin hội nghị, tập huấn", "Tin hoạt động", "Bài tuyên truyền văn bản mới"]);
  });

  it("starts a body with the template's headings and empty paragraphs, whose hints are not text", () => {
    const { body } = newsTemplate("van-ban-moi");
    expect(body.content.map((node) => node.type)).toEqual(["heading", "paragraph", "heading", "paragraph", "heading", "paragraph", "heading", "paragraph"]);
    expect(JSON.stringify(body)).not.toContain(sectionHint("Những điểm mới")!);
    expect(templateOfBody(body)?.key).toBe("van-ban-moi");
  });

  it("blocks sending while a template heading has nothing under it, and not once it is written or removed", () => {
    const { body } = newsTemplate("hoat-dong");
    expect(emptyTemplateSections(body)).toEqual(["Diễn biến hoạt động", "Kết quả đạt được", "Ý nghĩa và kế hoạch tiếp theo"]);
    expect(runChecklist(input(body)).errors.map((e) => e.message)).toContain(
      "Mục “Diễn biến hoạt động” của mẫu tin chưa có nội dung (và 2 mục khác): viết tiếp hoặc xóa mục.",
    );
    const written = doc([h2("Diễn biến hoạt động"), p("Đoàn viên đến từng nhà phát tờ gấp.")]);
    expect(runChecklist(input(written)).errors.map((e) => e.code)).not.toContain("template.empty");
  });
});
