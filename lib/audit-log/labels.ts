// Vietnamese names for what the audit log records. Actions not listed here are shown as recorded.

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "user.create": "Tạo người dùng",
  "user.rename": "Đổi họ và tên",
  "user.deactivate": "Khóa tài khoản",
  "user.reactivate": "Mở khóa tài khoản",
  "user.resetPassword": "Đặt lại mật khẩu",
  "user.changePassword": "Đổi mật khẩu",
  "user.signOutEverywhere": "Đăng xuất khỏi mọi thiết bị",
  "user.setPortalRoles": "Đổi vai trò toàn cổng",
  "user.setMemberships": "Đổi vai trò trong đơn vị",
  "category.create": "Tạo chuyên mục",
  "category.rename": "Đổi tên chuyên mục",
  "category.reorder": "Đổi thứ tự chuyên mục",
  "category.hide": "Ẩn chuyên mục",
  "category.show": "Hiện chuyên mục",
  "settings.site": "Cập nhật cài đặt cổng thông tin",
  "unit.create": "Tạo đơn vị",
  "unit.rename": "Đổi tên đơn vị",
  "unit.update": "Cập nhật đơn vị",
  "unit.move": "Chuyển đơn vị cấp trên",
  "unit.merge": "Sáp nhập đơn vị",
  "unit.archive": "Lưu trữ đơn vị",
  "article.create": "Viết bài mới",
  "article.submit": "Gửi duyệt",
  "article.endorse": "Duyệt cấp đơn vị",
  "article.approve": "Duyệt và xuất bản",
  "article.schedule": "Hẹn giờ xuất bản",
  "article.return": "Trả lại",
  "article.takeDown": "Gỡ bài",
  "article.delete": "Xóa bài viết",
  "article.restore": "Khôi phục bài viết",
  "article.feature": "Nổi bật",
  "article.unfeature": "Bỏ nổi bật",
  "comment.approve": "Duyệt bình luận",
  "comment.reject": "Từ chối bình luận",
  "comment.spam": "Đánh dấu spam",
  "comment.reply": "Trả lời bình luận",
};

export const AUDIT_TARGET_LABELS: Record<string, string> = {
  User: "Người dùng",
  Unit: "Đơn vị",
  Category: "Chuyên mục",
  Setting: "Cài đặt",
  Article: "Bài viết",
  Comment: "Bình luận",
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}
