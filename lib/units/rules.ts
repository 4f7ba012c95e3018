import { UNIT_TYPE_LABELS, type UnitStatusName, type UnitTypeName } from "./labels";

// Where a unit may sit in the tree and what it may merge into, as the province is organised since
// local government has two levels: the Department of Justice, provincial agencies and communes/wards
// are roots; a commune may still sit under a district (the former structure, or a province that has
// not reorganised yet), and a district may be merged into a commune (a level abolished). Pure, so the
// rules are table-tested without a database.

export const UNIT_MESSAGES = {
  NOT_FOUND: "Không tìm thấy đơn vị.",
  NAME_REQUIRED: "Vui lòng nhập tên đơn vị.",
  NAME_TOO_LONG: "Tên đơn vị dài tối đa 200 ký tự.",
  TYPE_REQUIRED: "Vui lòng chọn loại đơn vị.",
  SLUG_FORMAT: "Địa chỉ trang chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: xa-an-phu).",
  SLUG_TOO_LONG: "Địa chỉ trang dài tối đa 100 ký tự.",
  APPROVAL_LEVELS: "Số cấp duyệt phải là 1 hoặc 2.",
  PARENT_NOT_FOUND: "Không tìm thấy đơn vị cấp trên.",
  PARENT_INACTIVE: "Đơn vị cấp trên đã sáp nhập hoặc lưu trữ; hãy chọn đơn vị đang hoạt động.",
  COMMUNE_PARENT: "Xã/phường/thị trấn trực thuộc tỉnh hoặc một huyện/thị xã/thành phố, không thuộc đơn vị khác.",
  ROOT_ONLY: "Sở Tư pháp, sở/ban/ngành và huyện/thị xã/thành phố là đơn vị cấp tỉnh, không có đơn vị cấp trên.",
  JUSTICE_EXISTS: "Cổng thông tin đã có Sở Tư pháp; mỗi tỉnh chỉ có một.",
  MOVE_INTO_SELF: "Không thể chuyển đơn vị vào chính nó.",
  MOVE_INTO_DESCENDANT: "Không thể chuyển đơn vị vào một đơn vị trực thuộc nó.",
  MERGE_INTO_SELF: "Không thể sáp nhập đơn vị vào chính nó.",
  MERGE_INTO_DESCENDANT: "Không thể sáp nhập đơn vị vào một đơn vị trực thuộc nó.",
  SUCCESSOR_REQUIRED: "Vui lòng chọn đơn vị nhận sáp nhập.",
  SUCCESSOR_NOT_FOUND: "Không tìm thấy đơn vị nhận sáp nhập.",
  SUCCESSOR_INACTIVE: "Đơn vị nhận sáp nhập đã sáp nhập hoặc lưu trữ; hãy chọn đơn vị đang hoạt động.",
  ALREADY_MERGED: "Đơn vị này đã được sáp nhập trước đó.",
  MERGE_ARCHIVED: "Đơn vị này đang lưu trữ; hãy khôi phục trước khi sáp nhập.",
  MERGE_JUSTICE: "Không thể sáp nhập Sở Tư pháp: đây là cơ quan quản lý cổng thông tin.",
  MERGED_READ_ONLY: "Đơn vị đã được sáp nhập nên không thể thay đổi.",
  ARCHIVE_JUSTICE: "Không thể lưu trữ Sở Tư pháp: đây là cơ quan quản lý cổng thông tin.",
  ARCHIVE_HAS_ACTIVE_CHILDREN:
    "Đơn vị còn đơn vị trực thuộc đang hoạt động; hãy sáp nhập, chuyển hoặc lưu trữ các đơn vị đó trước.",
  ALREADY_ARCHIVED: "Đơn vị này đã được lưu trữ.",
  NOT_ARCHIVED: "Chỉ khôi phục được đơn vị đang lưu trữ.",
  RESTORE_PARENT_INACTIVE: "Đơn vị cấp trên đang không hoạt động; hãy khôi phục đơn vị cấp trên hoặc chuyển đơn vị này trước.",
} as const;

export function slugTaken(slug: string): string {
  return `Địa chỉ trang “${slug}” đã được dùng cho đơn vị khác.`;
}

type UnitLike = { type: UnitTypeName; status: UnitStatusName };

/** Why a unit of `type` may not sit under `parent` (null: at the root), or null when it may. */
export function placementProblem(type: UnitTypeName, parent: UnitLike | null): string | null {
  if (type === "COMMUNE") {
    if (parent && parent.type !== "DISTRICT") return UNIT_MESSAGES.COMMUNE_PARENT;
  } else if (parent) {
    return UNIT_MESSAGES.ROOT_ONLY;
  }
  if (parent && parent.status !== "ACTIVE") return UNIT_MESSAGES.PARENT_INACTIVE;
  return null;
}

/**
 * The types a unit of `type` may be merged into: its own kind; an agency also into the Department of
 * Justice; a district also into a commune (the level abolished, its work going to the commune at its seat).
 */
export function successorTypesFor(type: UnitTypeName): readonly UnitTypeName[] {
  switch (type) {
    case "PROVINCIAL_JUSTICE":
      return [];
    case "PROVINCIAL_AGENCY":
      return ["PROVINCIAL_AGENCY", "PROVINCIAL_JUSTICE"];
    case "DISTRICT":
      return ["DISTRICT", "COMMUNE"];
    default:
      return [type];
  }
}

/** Why `source` may not be merged into `successor` as far as kinds go, or null. Tree checks come first. */
export function successorKindProblem(source: UnitLike, successor: UnitLike): string | null {
  if (source.type === "PROVINCIAL_JUSTICE") return UNIT_MESSAGES.MERGE_JUSTICE;
  if (successor.status !== "ACTIVE") return UNIT_MESSAGES.SUCCESSOR_INACTIVE;
  const allowed = successorTypesFor(source.type);
  if (!allowed.includes(successor.type)) {
    return `${UNIT_TYPE_LABELS[source.type]} chỉ sáp nhập được vào ${allowed.map((t) => UNIT_TYPE_LABELS[t].toLowerCase()).join(" hoặc ")}.`;
  }
  return null;
}
