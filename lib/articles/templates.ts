// Mẫu tin: the kinds of news the training teaches, each a starting structure. A template's headings are
// real text (the writer keeps, renames or deletes them); what to write under each is a hint the editor
// shows as a placeholder in the empty paragraph, never saved. Pure data: the editor imports it too.
import { doc, h2, p } from "@/lib/richtext/build";
import type { RichTextDoc, RichTextNode } from "@/lib/richtext/types";

type Section = { heading: string; hint: string };

export type NewsTemplate = {
  key: (typeof NEWS_TEMPLATE_KEYS)[number];
  name: string;
  description: string;
  titleHint: string;
  sapoHint: string;
  sections: Section[];
};

export const NEWS_TEMPLATE_KEYS = ["hoi-nghi", "hoat-dong", "van-ban-moi"] as const;
export type NewsTemplateKey = (typeof NEWS_TEMPLATE_KEYS)[number];

export const NEWS_TEMPLATES: readonly NewsTemplate[] = [
  {
    key: "hoi-nghi",
    name: "Tin hội nghị, tập huấn",
    description: "Hội nghị, hội thảo, lớp tập huấn, bồi dưỡng: ai tổ chức, cho ai, nội dung gì, kết quả ra sao.",
    titleHint: "Ví dụ: Xã An Lạc tập huấn kỹ năng hòa giải cho 120 hòa giải viên",
    sapoHint: "Ngày …, tại …, (đơn vị) tổ chức (hội nghị/lớp tập huấn) về … cho … người tham dự. Viết 20–90 từ.",
    sections: [
      { heading: "Thành phần tham dự", hint: "Người chủ trì, báo cáo viên, đại biểu và số người tham dự." },
      { heading: "Nội dung chính", hint: "Những nội dung được phổ biến, trao đổi; số liệu, điểm mới đáng chú ý." },
      { heading: "Ý kiến tại hội nghị", hint: "Trích ngắn ý kiến phát biểu, ghi rõ họ tên và chức vụ người nói." },
      { heading: "Kết luận và nhiệm vụ tiếp theo", hint: "Kết luận của người chủ trì, kế hoạch sau hội nghị, lớp tập huấn." },
    ],
  },
  {
    key: "hoat-dong",
    name: "Tin hoạt động",
    description: "Một hoạt động tuyên truyền, ra quân, trợ giúp pháp lý lưu động… vừa diễn ra ở đơn vị.",
    titleHint: "Ví dụ: Phường Đông Sơn tuyên truyền pháp luật giao thông cho 500 học sinh",
    sapoHint: "Ngày …, (đơn vị) đã (hoạt động gì) tại … với sự tham gia của … Viết 20–90 từ.",
    sections: [
      { heading: "Diễn biến hoạt động", hint: "Hoạt động diễn ra thế nào: hình thức, địa điểm, người tham gia." },
      { heading: "Kết quả đạt được", hint: "Kết quả cụ thể bằng con số: số buổi, số người, số tài liệu phát ra." },
      { heading: "Ý nghĩa và kế hoạch tiếp theo", hint: "Ý nghĩa của hoạt động và những việc đơn vị sẽ làm tiếp." },
    ],
  },
  {
    key: "van-ban-moi",
    name: "Bài tuyên truyền văn bản mới",
    description: "Giới thiệu một luật, nghị định, quyết định mới: có hiệu lực khi nào, áp dụng cho ai, điểm mới gì.",
    titleHint: "Ví dụ: Những điểm mới của Luật Đất đai năm 2024 người dân cần biết",
    sapoHint: "(Tên văn bản) được ban hành ngày …, có hiệu lực từ ngày …, với những điểm mới về … Viết 20–90 từ.",
    sections: [
      { heading: "Văn bản và hiệu lực", hint: "Tên, số/ký hiệu, cơ quan ban hành, ngày ban hành, ngày có hiệu lực." },
      { heading: "Phạm vi và đối tượng áp dụng", hint: "Văn bản áp dụng cho ai, trong những trường hợp nào." },
      { heading: "Những điểm mới", hint: "Các điểm mới đáng chú ý, mỗi điểm một đoạn hoặc một mục danh sách." },
      { heading: "Điều người dân cần biết", hint: "Quyền, nghĩa vụ, thủ tục, mức xử phạt… diễn đạt ngắn gọn, dễ hiểu." },
    ],
  },
];

export function newsTemplate(key: NewsTemplateKey): NewsTemplate & { body: RichTextDoc } {
  const template = NEWS_TEMPLATES.find((candidate) => candidate.key === key)!;
  return { ...template, body: doc(template.sections.flatMap((section) => [h2(section.heading), p()])) };
}

const HINTS = new Map(NEWS_TEMPLATES.flatMap((template) => template.sections.map((section) => [section.heading, section.hint] as const)));

const textOf = (node: RichTextNode): string => (node.text ?? "") + (node.content ?? []).map(textOf).join("");

/** The hint for the section a heading opens, when the heading is still a template's own. */
export function sectionHint(headingText: string): string | null {
  return HINTS.get(headingText.trim()) ?? null;
}

/** The template a body was started from, recognised by its headings (for the title and sapo hints). */
export function templateOfBody(body: unknown): NewsTemplate | null {
  const headings = new Set(((body as RichTextNode | null)?.content ?? []).filter((node) => node.type === "heading").map((node) => textOf(node).trim()));
  return NEWS_TEMPLATES.find((template) => template.sections.some((section) => headings.has(section.heading))) ?? null;
}

/** Template headings with nothing written under them: sent like that, the article would show bare headings. */
export function emptyTemplateSections(body: unknown): string[] {
  const blocks = (body as RichTextNode | null)?.content ?? [];
  const empty: string[] = [];
  blocks.forEach((block, index) => {
    if (block.type !== "heading" || !HINTS.has(textOf(block).trim())) return;
    const following = [];
    for (const next of blocks.slice(index + 1)) {
      if (next.type === "heading") break;
      following.push(next);
    }
    if (!following.some((next) => textOf(next).trim() !== "" || next.type === "figure" || next.type === "table")) empty.push(textOf(block).trim());
  });
  return empty;
}
