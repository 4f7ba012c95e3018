// What the reorganisation pages and use cases say, in Vietnamese.

export const PLAN_MESSAGES = {
  NOT_FOUND: "Không tìm thấy kế hoạch sắp xếp đơn vị.",
  ALREADY_APPLIED: "Kế hoạch này đã được áp dụng; không thể thay đổi hay áp dụng lại.",
  NOT_DRAFT: "Chỉ sửa được kế hoạch chưa hẹn giờ áp dụng; hãy hủy hẹn giờ trước.",
  TITLE_REQUIRED: "Vui lòng nhập tên kế hoạch.",
  TITLE_TOO_LONG: "Tên kế hoạch dài tối đa 200 ký tự.",
  SHEET_REQUIRED: "Vui lòng chọn tệp kế hoạch (Excel hoặc CSV) hoặc nhập các dòng của kế hoạch.",
  WHEN_REQUIRED: "Vui lòng chọn thời điểm áp dụng (giờ Việt Nam).",
  WHEN_PAST: "Thời điểm áp dụng phải ở sau thời điểm hiện tại; để áp dụng ngay, bấm Áp dụng ngay.",
  NOT_SCHEDULED: "Kế hoạch không có hẹn giờ áp dụng.",
  TO_REQUIRED: "Vui lòng ghi đơn vị mới (tên hoặc địa chỉ trang của đơn vị hiện có, hoặc tên đơn vị mới).",
  LINE_NOT_FOUND: "Không tìm thấy dòng này trong kế hoạch; có thể dòng đã được xóa.",
} as const;

/** A refusal that lists every problem of the plan: nothing was changed. */
export function problemsMessage(problems: readonly string[]): string {
  return `Kế hoạch còn ${problems.length} vấn đề nên chưa được áp dụng, không có thay đổi nào:\n${problems.map((p) => `– ${p}`).join("\n")}`;
}
