import { EFFECT_LABELS, type EffectName } from "@/lib/documents/types";

// Tình trạng hiệu lực as a label readers can tell apart without colour too (the words say it).
const TONE: Record<EffectName, string> = {
  IN_FORCE: "border-green-700 text-green-800 bg-green-50",
  PARTLY_EXPIRED: "border-amber-700 text-amber-900 bg-amber-50",
  EXPIRED: "border-gray-600 text-gray-800 bg-gray-100",
  NOT_YET: "border-blue-700 text-blue-900 bg-blue-50",
};

export function EffectBadge({ effect }: { effect: EffectName }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${TONE[effect]}`}>{EFFECT_LABELS[effect]}</span>;
}
