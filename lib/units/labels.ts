// The Vietnamese words for unit types and states. Pure, so client components can show them too.

export const UNIT_TYPES = ["PROVINCIAL_JUSTICE", "PROVINCIAL_AGENCY", "DISTRICT", "COMMUNE"] as const;
export type UnitTypeName = (typeof UNIT_TYPES)[number];

export const UNIT_STATUSES = ["ACTIVE", "MERGED", "ARCHIVED"] as const;
export type UnitStatusName = (typeof UNIT_STATUSES)[number];

export const UNIT_TYPE_LABELS: Record<UnitTypeName, string> = {
  PROVINCIAL_JUSTICE: "Sở Tư pháp",
  PROVINCIAL_AGENCY: "Sở/ban/ngành",
  DISTRICT: "Huyện/thị xã/thành phố",
  COMMUNE: "Xã/phường/thị trấn",
};

export const UNIT_STATUS_LABELS: Record<UnitStatusName, string> = {
  ACTIVE: "Đang hoạt động",
  MERGED: "Đã sáp nhập",
  ARCHIVED: "Đã lưu trữ",
};

/** "1 cấp duyệt" (the unit approver publishes) or "2 cấp duyệt" (a provincial editor publishes). */
export function approvalLevelsLabel(levels: number): string {
  return `${levels} cấp duyệt`;
}
