import type { StaffSeed } from "../types";
import {
  DEMO_ADMIN_EMAIL,
  DEMO_APPROVER_EMAIL,
  DEMO_AUTHOR_EMAIL,
  DEMO_COMMENT_MODERATOR_EMAIL,
  DEMO_UNIT_NAME,
  DEMO_PROVINCIAL_EDITOR_EMAIL,
} from "../constants";

/** The five demo accounts documented for testers. */
export const DEMO_ACCOUNTS = {
  admin: { email: DEMO_ADMIN_EMAIL, name: "Quản trị hệ thống", portalRoles: ["ADMINISTRATOR"] },
  provincialEditor: { email: DEMO_PROVINCIAL_EDITOR_EMAIL, name: "Phạm Thu Trang", portalRoles: ["PROVINCIAL_EDITOR"] },
  approver: { email: DEMO_APPROVER_EMAIL, name: "Lê Văn Hùng", portalRoles: [] },
  author: { email: DEMO_AUTHOR_EMAIL, name: "Nguyễn Thị Mai", portalRoles: [] },
  commentModerator: { email: DEMO_COMMENT_MODERATOR_EMAIL, name: "Đỗ Thanh Tâm", portalRoles: ["COMMENT_MODERATOR"] },
} as const;

/** Unit memberships of the demo accounts and of the other staff who wrote and approved the demo news. */
export const STAFF: StaffSeed[] = [
  { email: DEMO_ADMIN_EMAIL, name: DEMO_ACCOUNTS.admin.name, memberships: [] },
  { email: DEMO_PROVINCIAL_EDITOR_EMAIL, name: DEMO_ACCOUNTS.provincialEditor.name, memberships: [["Sở Tư pháp", "AUTHOR"]] },
  { email: DEMO_APPROVER_EMAIL, name: DEMO_ACCOUNTS.approver.name, memberships: [[DEMO_UNIT_NAME, "APPROVER"]] },
  { email: DEMO_AUTHOR_EMAIL, name: DEMO_ACCOUNTS.author.name, memberships: [[DEMO_UNIT_NAME, "AUTHOR"]] },
  { email: DEMO_COMMENT_MODERATOR_EMAIL, name: DEMO_ACCOUNTS.commentModerator.name, memberships: [] },

  { email: "vu.thao@demo.local", name: "Vũ Phương Thảo", memberships: [["Sở Tư pháp", "AUTHOR"]] },
  { email: "ngo.quang@demo.local", name: "Ngô Đức Quang", memberships: [["Sở Tư pháp", "APPROVER"]] },
  { email: "bui.son@demo.local", name: "Bùi Ngọc Sơn", memberships: [["Công an tỉnh", "AUTHOR"]] },
  { email: "hoang.viet@demo.local", name: "Hoàng Quốc Việt", memberships: [["Công an tỉnh", "APPROVER"]] },
  { email: "dang.lan@demo.local", name: "Đặng Thị Lan", memberships: [["Sở Giáo dục và Đào tạo", "AUTHOR"]] },
  { email: "ly.tuan@demo.local", name: "Lý Anh Tuấn", memberships: [["Sở Tài nguyên và Môi trường", "AUTHOR"]] },
  { email: "mai.huong@demo.local", name: "Mai Thu Hương", memberships: [["Sở Lao động – Thương binh và Xã hội", "AUTHOR"]] },
  { email: "chu.thanh@demo.local", name: "Chu Văn Thành", memberships: [["Bảo hiểm xã hội tỉnh", "AUTHOR"]] },
  { email: "la.nhung@demo.local", name: "La Thị Nhung", memberships: [["Sở Y tế", "AUTHOR"]] },
  { email: "lo.xuan@demo.local", name: "Lò Văn Xuân", memberships: [["Ban Dân tộc", "AUTHOR"]] },
  { email: "quach.yen@demo.local", name: "Quách Hải Yến", memberships: [["Sở Văn hóa, Thể thao và Du lịch", "AUTHOR"]] },
  { email: "tran.khanh@demo.local", name: "Trần Quốc Khánh", memberships: [["Sở Thông tin và Truyền thông", "AUTHOR"]] },
  { email: "duong.thinh@demo.local", name: "Dương Văn Thịnh", memberships: [["Sở Nông nghiệp và Phát triển nông thôn", "AUTHOR"]] },
  { email: "trinh.hoa@demo.local", name: "Trịnh Thị Hòa", memberships: [["Phường Nguyên Giang", "AUTHOR"]] },
  { email: "phan.long@demo.local", name: "Phan Thành Long", memberships: [["Phường Nguyên Giang", "APPROVER"]] },
  { email: "cao.binh@demo.local", name: "Cao Thanh Bình", memberships: [["Phường Phú Lâm", "AUTHOR"]] },
  { email: "ta.nga@demo.local", name: "Tạ Thị Nga", memberships: [["Phường Phú Lâm", "APPROVER"]] },
  { email: "dinh.khoa@demo.local", name: "Đinh Văn Khoa", memberships: [["Xã Tân Khê", "AUTHOR"], ["Xã Tân Khê", "APPROVER"]] },
  { email: "ha.thu@demo.local", name: "Hà Thị Thu", memberships: [["Xã Mường Khoa", "AUTHOR"]] },
  { email: "luong.phuc@demo.local", name: "Lương Văn Phúc", memberships: [["Xã Yên Bình", "AUTHOR"], ["Xã Yên Bình", "APPROVER"]] },
  { email: "vi.sen@demo.local", name: "Vi Thị Sen", memberships: [["Xã Yên Bình", "AUTHOR"]] },
  { email: "kieu.oanh@demo.local", name: "Kiều Thị Oanh", memberships: [["Xã Bình Minh", "AUTHOR"], ["Xã Bình Minh", "APPROVER"]] },
  { email: "tong.hai@demo.local", name: "Tống Minh Hải", memberships: [["Phường Nguyên Giang", "AUTHOR"]] },
  { email: "nong.tuyet@demo.local", name: "Nông Thị Tuyết", memberships: [["Xã Mường Khoa", "COMMENT_MODERATOR"]] },
];
