// What readers and staff call each state of a question (shared/PRODUCT.md, "Hỏi đáp pháp luật"). Pure.

export type QuestionStateName = "NEW" | "ROUTED" | "SUBMITTED" | "ENDORSED" | "ANSWERED" | "DECLINED";

export const QUESTION_STATE_LABELS: Record<QuestionStateName, string> = {
  NEW: "Mới",
  ROUTED: "Đang xử lý",
  SUBMITTED: "Chờ duyệt",
  ENDORSED: "Chờ duyệt cấp tỉnh",
  ANSWERED: "Đã trả lời",
  DECLINED: "Từ chối",
};

/** States in which the question still waits for its unit: the deadline applies only to them. */
export const OPEN_STATES: readonly QuestionStateName[] = ["NEW", "ROUTED", "SUBMITTED", "ENDORSED"];

export function isOverdue(question: { state: string; dueAt: Date | string }, now: Date = new Date()): boolean {
  return OPEN_STATES.includes(question.state as QuestionStateName) && new Date(question.dueAt).getTime() < now.getTime();
}

export const DECLINE_REASONS = {
  duplicate: "Câu hỏi trùng với câu hỏi đã được trả lời",
  "out-of-scope": "Câu hỏi không thuộc phạm vi hỏi đáp pháp luật",
  abusive: "Câu hỏi có nội dung không phù hợp",
  other: "Lý do khác",
} as const;
export type DeclineReasonKind = keyof typeof DECLINE_REASONS;

/** What readers see instead of a name the asker did not allow to show: "Nguyễn Văn An" → "N.V.A." */
export function initialsOf(name: string): string {
  const letters = name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0]!.toLocaleUpperCase("vi"));
  return letters.length > 0 ? `${letters.join(".")}.` : "Ẩn danh";
}

export function shownAskerName(question: { askerName: string; showName: boolean }): string {
  return question.showName ? question.askerName : initialsOf(question.askerName);
}
