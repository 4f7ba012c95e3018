import { describe, expect, it } from "vitest";
import { cleanPastedHtml } from "./clean-pasted-html";

describe("cleaning pasted HTML", () => {
  it("keeps Word's structure and drops its styling", () => {
    const word =
      '<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->' +
      '<style>p.MsoNormal{margin:0}</style>' +
      '<h2 class="MsoHeading2" style="mso-outline-level:2">Điều 1</h2>' +
      '<p class="MsoNormal" style="text-align:justify"><b>Luật</b> đất đai<o:p></o:p></p>';
    expect(cleanPastedHtml(word)).toBe("<h2>Điều 1</h2><p><b>Luật</b> đất đai</p>");
  });

  it("drops event handlers and scripts from a web page", () => {
    expect(cleanPastedHtml('<p onclick="alert(1)" id="x">Chào</p><script>alert(2)</script>')).toBe("<p>Chào</p>");
  });
});
