// The moderation states as the workspace names them, and the words used in its addresses. Pure.

export type CommentStateName = "PENDING" | "APPROVED" | "REJECTED" | "SPAM";

export const COMMENT_STATES: readonly CommentStateName[] = ["PENDING", "APPROVED", "REJECTED", "SPAM"];

export const COMMENT_STATE_LABELS: Record<CommentStateName, string> = {
  PENDING: "Chờ duyệt",
  APPROVED: "Đã duyệt",
  REJECTED: "Bị từ chối",
  SPAM: "Spam",
};

/** ?trang_thai=… in /quan-ly/binh-luan. */
export const COMMENT_STATE_SLUGS: Record<CommentStateName, string> = {
  PENDING: "cho-duyet",
  APPROVED: "da-duyet",
  REJECTED: "tu-choi",
  SPAM: "spam",
};

export function stateFromSlug(slug: string | undefined): CommentStateName {
  return COMMENT_STATES.find((state) => COMMENT_STATE_SLUGS[state] === slug) ?? "PENDING";
}

/** The bulk buttons: Duyệt, Từ chối, Spam, and the state each one sets. */
export const DECISIONS = [
  { state: "APPROVED", label: "Duyệt", done: "Đã duyệt" },
  { state: "REJECTED", label: "Từ chối", done: "Đã từ chối" },
  { state: "SPAM", label: "Spam", done: "Đã đánh dấu spam" },
] as const satisfies readonly { state: CommentStateName; label: string; done: string }[];
