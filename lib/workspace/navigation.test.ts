import { describe, expect, it } from "vitest";
import { navigationFor } from "./navigation";

const labels = (actor: Parameters<typeof navigationFor>[0]) => navigationFor(actor).map((link) => link.label);

describe("workspace navigation", () => {
  it("shows administration only to administrators", () => {
    expect(labels({ id: 1, portalRoles: ["ADMINISTRATOR"], memberships: [] })).toEqual([
      "Bàn làm việc", "Bài viết", "Văn bản pháp luật", "Hỏi đáp", "Báo cáo thống kê", "Cuộc thi", "Đơn vị", "Sắp xếp đơn vị", "Người dùng", "Chuyên mục", "Cài đặt", "Cài đặt bình luận", "Cài đặt hỏi đáp", "Nhật ký", "Đổi mật khẩu",
    ]);
  });

  it("shows an author no administration", () => {
    expect(labels({ id: 2, portalRoles: [], memberships: [{ unitId: 5, role: "AUTHOR" }] })).toEqual(["Bàn làm việc", "Bài viết", "Văn bản pháp luật", "Hỏi đáp", "Đổi mật khẩu"]);
  });

  it("shows a provincial editor the review queue and no administration", () => {
    expect(labels({ id: 3, portalRoles: ["PROVINCIAL_EDITOR"], memberships: [] })).toEqual(["Bàn làm việc", "Bài viết", "Duyệt bài", "Văn bản pháp luật", "Hỏi đáp", "Báo cáo thống kê", "Cuộc thi", "Cài đặt hỏi đáp", "Đổi mật khẩu"]);
  });

  it("shows a unit approver the review queue with its count", () => {
    const links = navigationFor({ id: 6, portalRoles: [], memberships: [{ unitId: 5, role: "APPROVER" }] }, { "/quan-ly/duyet-bai": 3 });
    expect(links.find((link) => link.label === "Duyệt bài")).toEqual({ href: "/quan-ly/duyet-bai", label: "Duyệt bài", count: 3 });
  });

  it("shows Báo cáo thống kê to a unit approver, not to an author", () => {
    expect(labels({ id: 7, portalRoles: [], memberships: [{ unitId: 5, role: "APPROVER" }] })).toContain("Báo cáo thống kê");
    expect(labels({ id: 8, portalRoles: [], memberships: [{ unitId: 5, role: "AUTHOR" }] })).not.toContain("Báo cáo thống kê");
  });
});

describe("a comment moderator", () => {
  it("sees no articles section, and Bình luận with its waiting count", () => {
    expect(labels({ id: 4, portalRoles: ["COMMENT_MODERATOR"], memberships: [] })).toEqual(["Bàn làm việc", "Bình luận", "Đổi mật khẩu"]);
    const links = navigationFor({ id: 4, portalRoles: ["COMMENT_MODERATOR"], memberships: [] }, { "/quan-ly/binh-luan": 7 });
    expect(links.find((link) => link.label === "Bình luận")).toEqual({ href: "/quan-ly/binh-luan", label: "Bình luận", count: 7 });
  });

  it("limited to a unit sees Bình luận too", () => {
    expect(labels({ id: 5, portalRoles: [], memberships: [{ unitId: 3, role: "COMMENT_MODERATOR" }] })).toEqual(["Bàn làm việc", "Bình luận", "Đổi mật khẩu"]);
  });

  it("is no one else: an author, approver or administrator gets no Bình luận", () => {
    expect(labels({ id: 6, portalRoles: ["ADMINISTRATOR", "PROVINCIAL_EDITOR"], memberships: [{ unitId: 3, role: "APPROVER" }] })).not.toContain("Bình luận");
  });
});
