import { STATE_LABELS, type ArticleStateName } from "@/lib/articles/state-machine";
import { StatusChip, type ChipTone } from "./responsive-list";

const TONES: Record<ArticleStateName, ChipTone> = {
  DRAFT: "neutral",
  SUBMITTED: "info",
  ENDORSED: "info",
  SCHEDULED: "warning",
  PUBLISHED: "success",
  RETURNED: "danger",
  TAKEN_DOWN: "neutral",
};

/** An article's state as a chip; `label` replaces the state's name (e.g. "Sửa đổi chờ duyệt"). */
export function ArticleStateChip({ state, label }: { state: string; label?: string }) {
  const known = state in TONES ? (state as ArticleStateName) : null;
  return <StatusChip tone={known ? TONES[known] : "neutral"}>{label ?? (known ? STATE_LABELS[known] : state)}</StatusChip>;
}
