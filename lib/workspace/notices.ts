import { createHmac, timingSafeEqual } from "node:crypto";
import { DECISIONS, type CommentStateName } from "@/lib/comments/labels";

// What a workspace page says after an action sent the person back to it. Anyone can send an official
// a link, so the words never come from the address: a success carries a code (?xong=da-duyet) looked
// up here, and a refusal (?loi=…), whose words the use case chose, carries the server's signature
// over them (&ky=…). An unknown code, or words without a valid signature, show nothing.

const commentDone = (state: CommentStateName) => (count: number) => `${DECISIONS.find((d) => d.state === state)!.done} ${count} bình luận.`;

const DONE = {
  "da-duyet": "Đã duyệt bài viết.",
  "da-xuat-ban": "Đã duyệt và xuất bản bài viết.",
  "da-chuyen-cap-tinh": "Đã duyệt bài viết và chuyển lên biên tập cấp tỉnh xuất bản.",
  "da-hen-gio": "Đã hẹn giờ xuất bản.",
  "da-tra-lai": "Đã trả lại bài viết cho người viết.",
  "da-go": "Đã gỡ bài viết.",
  "da-cap-nhat-noi-bat": "Đã cập nhật tin nổi bật.",
  "da-duyet-sua-doi": "Đã duyệt bản sửa đổi; bạn đọc đã thấy nội dung mới.",
  "da-tra-lai-sua-doi": "Đã trả lại bản sửa đổi cho người viết.",
  "da-duyet-binh-luan": commentDone("APPROVED"),
  "da-tu-choi-binh-luan": commentDone("REJECTED"),
  "da-danh-dau-spam": commentDone("SPAM"),
  "da-luu-tra-loi": "Đã lưu trả lời.",
  "da-xoa-tra-loi": "Đã xóa trả lời.",
  // Hỏi đáp pháp luật
  "da-phan-cong-cau-hoi": "Đã chuyển câu hỏi đến đơn vị trả lời.",
  "da-luu-cau-tra-loi": "Đã lưu câu trả lời.",
  "da-gui-duyet-cau-tra-loi": "Đã gửi câu trả lời để duyệt.",
  "da-cong-bo-cau-tra-loi": "Đã duyệt và công bố câu trả lời.",
  "da-chuyen-cap-tinh-cau-tra-loi": "Đã duyệt câu trả lời và chuyển lên biên tập cấp tỉnh xuất bản.",
  "da-tra-lai-cau-tra-loi": "Đã trả lại câu trả lời cho người soạn.",
  "da-tu-choi-cau-hoi": "Đã từ chối câu hỏi; người hỏi sẽ thấy lý do khi tra cứu.",
  "da-luu-cai-dat-hoi-dap": "Đã lưu cài đặt hỏi đáp.",
} satisfies Record<string, string | ((count: number) => string)>;

export type DoneCode = keyof typeof DONE;

/** The notice for each moderation decision (Duyệt, Từ chối, Spam), counted with ?so=N. */
export const COMMENT_DECISION_DONE: Record<Exclude<CommentStateName, "PENDING">, DoneCode> = {
  APPROVED: "da-duyet-binh-luan",
  REJECTED: "da-tu-choi-binh-luan",
  SPAM: "da-danh-dau-spam",
};

type Query = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** `path` (which may have its own query) with the code of what was done, and how many when it counts. */
export function withDoneNotice(path: string, code: DoneCode, count?: number): string {
  const url = new URL(path, "http://portal.invalid");
  url.searchParams.set("xong", code);
  if (count !== undefined) url.searchParams.set("so", String(count));
  return `${url.pathname}${url.search}`;
}

/**
 * After "Duyệt và xuất bản": the notice and the article it was about (?xong=da-xuat-ban&bai=12). Only
 * the id travels; the page looks the article up and links to its public page only while it is
 * published, so the address cannot make the notice point anywhere else.
 */
export function withPublishedNotice(path: string, articleId: number): string {
  const url = new URL(withDoneNotice(path, "da-xuat-ban"), "http://portal.invalid");
  url.searchParams.set("bai", String(articleId));
  return `${url.pathname}${url.search}`;
}

/** The article id of a ?xong=da-xuat-ban&bai=N notice, or null. */
export function publishedArticleOf(query: Query): number | null {
  const id = single(query.bai);
  return single(query.xong) === "da-xuat-ban" && id && /^\d{1,9}$/.test(id) ? Number(id) : null;
}

/** The success notice a page shows for ?xong=<code>(&so=N), or null. */
export function doneNotice(query: Query): string | null {
  const code = single(query.xong);
  if (!code || !Object.hasOwn(DONE, code)) return null;
  const notice = DONE[code as DoneCode];
  if (typeof notice === "string") return notice;
  const count = single(query.so);
  return count && /^\d{1,4}$/.test(count) ? notice(Number(count)) : null;
}

function signature(message: string): string | null {
  const secret = process.env.NEXTAUTH_SECRET;
  return secret ? createHmac("sha256", secret).update(`workspace-notice:${message}`).digest("base64url") : null;
}

/** `path` with a refusal's words and the server's signature over them. */
export function withErrorNotice(path: string, message: string): string {
  const url = new URL(path, "http://portal.invalid");
  url.searchParams.set("loi", message);
  const signed = signature(message);
  if (signed) url.searchParams.set("ky", signed);
  return `${url.pathname}${url.search}`;
}

/** The refusal a page shows for ?loi=…&ky=…, or null when the words were not signed by this server. */
export function errorNotice(query: Query): string | null {
  const message = single(query.loi);
  const given = single(query.ky);
  if (!message || !given || message.length > 500) return null;
  const expected = signature(message);
  if (!expected || given.length !== expected.length) return null;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected)) ? message : null;
}
