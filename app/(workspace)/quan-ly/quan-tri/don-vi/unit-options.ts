import { UNIT_TYPE_LABELS, type UnitTypeName } from "@/lib/units/labels";
import type { UnitTreeNode } from "@/lib/units/queries";
import { successorTypesFor } from "@/lib/units/rules";

// The choices the unit forms offer, taken from the tree. They only spare people choices the server
// would refuse; the use cases check everything again.

export type Option = { value: string; label: string };

export const ROOT_OPTION: Option = { value: "", label: "— Không có (đơn vị cấp tỉnh) —" };

export const TYPE_OPTIONS: Option[] = (Object.keys(UNIT_TYPE_LABELS) as UnitTypeName[]).map((type) => ({ value: type, label: UNIT_TYPE_LABELS[type] }));

export const APPROVAL_OPTIONS: Option[] = [
  { value: "1", label: "1 cấp: người duyệt của đơn vị xuất bản" },
  { value: "2", label: "2 cấp: đơn vị duyệt, Sở Tư pháp xuất bản" },
];

function withParent(tree: readonly UnitTreeNode[], unit: UnitTreeNode): string {
  const parent = unit.parentId === null ? undefined : tree.find((u) => u.id === unit.parentId);
  return parent ? `${unit.name} — ${parent.name}` : unit.name;
}

/** Active districts: where a commune may be placed. */
export function parentOptions(tree: readonly UnitTreeNode[], exclude: ReadonlySet<number> = new Set()): Option[] {
  return tree.filter((u) => u.type === "DISTRICT" && u.status === "ACTIVE" && !exclude.has(u.id)).map((u) => ({ value: String(u.id), label: u.name }));
}

/** Active units of a kind `unit` may merge into, never itself or one of its own units. */
export function successorOptions(tree: readonly UnitTreeNode[], unit: UnitTreeNode, below: ReadonlySet<number>): Option[] {
  const types = successorTypesFor(unit.type);
  return tree
    .filter((u) => u.id !== unit.id && !below.has(u.id) && u.status === "ACTIVE" && types.includes(u.type))
    .map((u) => ({ value: String(u.id), label: withParent(tree, u) }));
}
