// The Vietnamese names of roles, as PRODUCT.md's people table gives them.
export const PORTAL_ROLE_LABELS: Record<string, string> = {
  ADMINISTRATOR: "Quản trị",
  PROVINCIAL_EDITOR: "Biên tập cấp tỉnh",
  COMMENT_MODERATOR: "Kiểm duyệt bình luận",
};

export const UNIT_ROLE_LABELS: Record<string, string> = {
  AUTHOR: "Người viết",
  APPROVER: "Người duyệt của đơn vị",
  COMMENT_MODERATOR: "Kiểm duyệt bình luận",
};
