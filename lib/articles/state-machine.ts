// The life of an article (PRODUCT.md "States"). Pure: the use cases ask it which state an action
// leads to and refuse what it does not allow; who may act is lib/policy.ts's business.

export const ARTICLE_STATES = ["DRAFT", "SUBMITTED", "ENDORSED", "SCHEDULED", "PUBLISHED", "RETURNED", "TAKEN_DOWN"] as const;
export type ArticleStateName = (typeof ARTICLE_STATES)[number];

export const STATE_LABELS: Record<ArticleStateName, string> = {
  DRAFT: "Nháp",
  SUBMITTED: "Chờ duyệt",
  ENDORSED: "Chờ duyệt cấp tỉnh",
  SCHEDULED: "Hẹn giờ",
  PUBLISHED: "Đã xuất bản",
  RETURNED: "Bị trả lại",
  TAKEN_DOWN: "Đã gỡ",
};

export type WorkflowStep =
  | "submit" // Gửi duyệt
  | "endorse" // the unit approver of a two-level unit passes it to the province
  | "publish" // Duyệt và xuất bản
  | "schedule" // Hẹn giờ xuất bản
  | "publishScheduled" // the clock reached the scheduled time
  | "return" // Trả lại, with a reason
  | "takeDown"; // Gỡ bài, with a reason

type Rule = { from: readonly ArticleStateName[]; to: ArticleStateName; approvalLevels?: 1 | 2 };

const RULES: Record<WorkflowStep, Rule[]> = {
  submit: [{ from: ["DRAFT", "RETURNED"], to: "SUBMITTED" }],
  endorse: [{ from: ["SUBMITTED"], to: "ENDORSED", approvalLevels: 2 }],
  publish: [
    { from: ["SUBMITTED"], to: "PUBLISHED", approvalLevels: 1 },
    { from: ["ENDORSED"], to: "PUBLISHED", approvalLevels: 2 },
  ],
  schedule: [
    { from: ["SUBMITTED"], to: "SCHEDULED", approvalLevels: 1 },
    { from: ["ENDORSED"], to: "SCHEDULED", approvalLevels: 2 },
  ],
  publishScheduled: [{ from: ["SCHEDULED"], to: "PUBLISHED" }],
  return: [{ from: ["SUBMITTED", "ENDORSED", "SCHEDULED"], to: "RETURNED" }],
  takeDown: [{ from: ["PUBLISHED"], to: "TAKEN_DOWN" }],
};

/** The state `step` leads to from `state` in a unit with `approvalLevels`, or null when it is not allowed. */
export function nextState(state: ArticleStateName, step: WorkflowStep, approvalLevels: 1 | 2): ArticleStateName | null {
  const rule = RULES[step].find((r) => r.from.includes(state) && (r.approvalLevels === undefined || r.approvalLevels === approvalLevels));
  return rule ? rule.to : null;
}

/** States whose text may still change before publication; published text changes through a correction. */
export const EDITABLE_BY_WRITER: readonly ArticleStateName[] = ["DRAFT", "RETURNED"];
export const EDITABLE_BY_REVIEWER: readonly ArticleStateName[] = ["SUBMITTED", "ENDORSED"];

/** Only what has not reached readers may go to the bin. */
export const DELETABLE: readonly ArticleStateName[] = ["DRAFT", "RETURNED"];

export function refusalForState(state: ArticleStateName): string {
  return `Không thể thực hiện thao tác này khi bài viết đang ở trạng thái “${STATE_LABELS[state]}”.`;
}
