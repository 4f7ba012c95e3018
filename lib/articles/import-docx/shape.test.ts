import { describe, expect, it } from "vitest";
import { shapeImportedHtml } from "./shape";

const SAPO = "Sáng 26/11, Ủy ban nhân dân xã tổ chức hội nghị triển khai kế hoạch phổ biến, giáo dục pháp luật năm 2027 cho cán bộ, công chức và trưởng các thôn trên địa bàn xã.";

describe("shaping mammoth's HTML into the article format", () => {
  it("takes a bold first line as the title, but not a bold sapo", () => {
    expect(shapeImportedHtml(`<p><strong>Xã An Lạc triển khai kế hoạch năm 2027</strong></p><p>${SAPO}</p>`)).toMatchObject({
      title: "Xã An Lạc triển khai kế hoạch năm 2027",
      sapo: SAPO,
      html: "",
    });
    expect(shapeImportedHtml(`<p><strong>${SAPO}</strong></p><p>Nội dung.</p>`)).toMatchObject({ title: "", sapo: SAPO, html: "<p>Nội dung.</p>" });
  });

  it("leaves a first paragraph outside the taught sapo length in the body", () => {
    expect(shapeImportedHtml("<p>Một đoạn ngắn.</p>")).toEqual({ title: "", sapo: "", html: "<p>Một đoạn ngắn.</p>" });
  });

  it("makes a picture and the italic line under it one figure, and keeps a picture inside text after its paragraph", () => {
    const { html } = shapeImportedHtml('<p>Đoạn có ảnh <img src="/tep/a" alt="Sơ đồ"> giữa câu.</p><p><img src="/tep/b" alt=""></p><p><em>Ảnh: Hội nghị.</em></p>');
    expect(html).toBe(
      '<p>Đoạn có ảnh  giữa câu.</p><figure><img src="/tep/a" alt="Sơ đồ"><figcaption></figcaption></figure><figure><img src="/tep/b" alt=""><figcaption><em>Ảnh: Hội nghị.</em></figcaption></figure>',
    );
  });
});
