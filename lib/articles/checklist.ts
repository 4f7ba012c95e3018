// "Kiểm tra trước khi gửi": the checks taught for writing news (PRODUCT.md). Errors block Gửi duyệt;
// warnings may be acknowledged. Pure, so the editor runs it live and the server runs it again on submit.
import { extractPlainText } from "@/lib/richtext/plain-text";
import type { RichTextNode } from "@/lib/richtext/types";
import { countWords } from "@/lib/vietnamese";
import { emptyTemplateSections } from "./templates";

export const TITLE_WORDS = { min: 6, max: 30 };
export const SAPO_WORDS = { min: 20, max: 90 };
export const SHORT_BODY_WORDS = 150;

/** Attachment types an article may carry: documents and images (the upload route enforces the same). */
export const ALLOWED_ATTACHMENT_TYPES: ReadonlySet<string> = new Set([
  "application/pdf",
  "application/msword",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.ms-excel",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.ms-powerpoint",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/vnd.oasis.opendocument.presentation",
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/gif",
]);

export type ChecklistInput = {
  title: string;
  sapo: string;
  body: unknown;
  categoryId: number | null;
  cover: { fileId: number | null; caption: string; alt: string };
  attachments: { originalName: string; mimeType: string }[];
};

export type ChecklistItem = { code: string; message: string };
export type ChecklistResult = { errors: ChecklistItem[]; warnings: ChecklistItem[] };

function walk(nodes: RichTextNode[] | undefined, visit: (node: RichTextNode) => void) {
  for (const node of nodes ?? []) {
    visit(node);
    walk(node.content, visit);
  }
}

function isAllCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 8 && letters === letters.toLocaleUpperCase("vi") && letters !== letters.toLocaleLowerCase("vi");
}

const normalize = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi");

export function runChecklist(input: ChecklistInput): ChecklistResult {
  const errors: ChecklistItem[] = [];
  const warnings: ChecklistItem[] = [];
  const title = input.title.trim();
  const sapo = input.sapo.trim();
  const bodyText = extractPlainText(input.body);
  const bodyNodes = (input.body as RichTextNode | null)?.content;

  if (!title) errors.push({ code: "title.missing", message: "Chưa có tiêu đề." });
  if (!sapo) errors.push({ code: "sapo.missing", message: "Chưa có sapo." });
  if (!bodyText.trim()) errors.push({ code: "body.missing", message: "Chưa có nội dung." });
  const emptySections = bodyText.trim() ? emptyTemplateSections(input.body) : [];
  if (emptySections.length > 0) {
    errors.push({ code: "template.empty", message: `Mục “${emptySections[0]}” của mẫu tin chưa có nội dung${emptySections.length > 1 ? ` (và ${emptySections.length - 1} mục khác)` : ""}: viết tiếp hoặc xóa mục.` });
  }
  if (input.categoryId === null) errors.push({ code: "category.missing", message: "Chưa chọn chuyên mục." });
  if (input.cover.fileId !== null) {
    if (!input.cover.caption.trim()) errors.push({ code: "cover.caption", message: "Ảnh đại diện chưa có chú thích ảnh." });
    if (!input.cover.alt.trim()) errors.push({ code: "cover.alt", message: "Ảnh đại diện chưa có mô tả thay thế (cho người khiếm thị)." });
  }
  for (const file of input.attachments) {
    if (!ALLOWED_ATTACHMENT_TYPES.has(file.mimeType)) {
      errors.push({ code: "attachment.type", message: `Tệp đính kèm “${file.originalName}” có định dạng không được phép.` });
    }
  }

  const titleWords = countWords(title);
  if (title && (titleWords < TITLE_WORDS.min || titleWords > TITLE_WORDS.max)) {
    warnings.push({ code: "title.length", message: `Tiêu đề có ${titleWords} từ; nên từ ${TITLE_WORDS.min} đến ${TITLE_WORDS.max} từ.` });
  }
  if (title && isAllCapitals(title)) warnings.push({ code: "title.capitals", message: "Tiêu đề viết hoa toàn bộ; chỉ nên viết hoa chữ đầu và tên riêng." });
  const sapoWords = countWords(sapo);
  if (sapo && (sapoWords < SAPO_WORDS.min || sapoWords > SAPO_WORDS.max)) {
    warnings.push({ code: "sapo.length", message: `Sapo có ${sapoWords} từ; nên từ ${SAPO_WORDS.min} đến ${SAPO_WORDS.max} từ.` });
  }
  const firstParagraph = bodyText.split("\n").find((line) => line.trim() !== "") ?? "";
  if (sapo && firstParagraph && normalize(firstParagraph) === normalize(sapo)) {
    warnings.push({ code: "sapo.repeated", message: "Sapo bị lặp lại ở đoạn đầu của nội dung." });
  }
  let imagesWithoutCaption = 0;
  let plainHttpLinks = 0;
  walk(bodyNodes, (node) => {
    if (node.type === "image") imagesWithoutCaption++;
    if (node.type === "figure" && !(node.content ?? []).some((child) => (child.text ?? "").trim())) imagesWithoutCaption++;
    for (const mark of node.marks ?? []) {
      if (mark.type === "link" && String(mark.attrs?.href ?? "").toLowerCase().startsWith("http:")) plainHttpLinks++;
    }
  });
  if (imagesWithoutCaption > 0) warnings.push({ code: "images.caption", message: `${imagesWithoutCaption} ảnh trong nội dung chưa có chú thích.` });
  if (plainHttpLinks > 0) warnings.push({ code: "links.http", message: `${plainHttpLinks} liên kết dùng http thay vì https.` });
  const bodyWords = countWords(bodyText);
  if (bodyText.trim() && bodyWords < SHORT_BODY_WORDS) {
    warnings.push({ code: "body.short", message: `Nội dung chỉ có ${bodyWords} từ; bài tin thường dài hơn ${SHORT_BODY_WORDS} từ.` });
  }
  return { errors, warnings };
}
