import { describe, expect, it } from "vitest";
import { describeAuditChange, mentionedIds, type AuditNames } from "./sentences";

const names: AuditNames = {
  unit: (id) => ({ 7: "Xã An Phú", 9: "Huyện An Lạc" })[id],
  article: (id) => ({ 12: "Ra mắt mô hình tổ hòa giải" })[id],
};

describe("the audit log in plain Vietnamese", () => {
  it("tells an article step as a move between states, with its note", () => {
    expect(describeAuditChange("article.return", { to: "RETURNED", from: "SUBMITTED", note: "Bổ sung số người tham dự." })).toEqual([
      "Chuyển từ Chờ duyệt sang Bị trả lại.",
      "Ghi chú: “Bổ sung số người tham dự.”",
    ]);
    expect(describeAuditChange("article.approve", { from: "SUBMITTED", to: "PUBLISHED" })).toEqual(["Chuyển từ Chờ duyệt sang Đã xuất bản."]);
  });

  it("names a file's type and size instead of its MIME type", () => {
    const sentences = describeAuditChange(
      "file.upload",
      { unitId: 7, purpose: "attachment", originalName: "Kế hoạch.pdf", mimeType: "application/pdf", size: 1_258_291 },
      names,
    );
    expect(sentences).toEqual(["Tải lên “Kế hoạch.pdf” (PDF, 1,2 MB) làm tệp đính kèm.", "Thuộc Xã An Phú."]);
    expect(sentences.join(" ")).not.toContain("application/");
    expect(describeAuditChange("file.upload", { purpose: "image", originalName: "anh.jpg", mimeType: "image/jpeg", size: 2048 })[0]).toBe(
      "Tải lên “anh.jpg” (Ảnh JPEG, 2 KB) làm ảnh trong bài.",
    );
  });

  it("tells a user's changes field by field, with role and unit names", () => {
    expect(describeAuditChange("user.deactivate", { before: { active: true }, after: { active: false } })).toEqual(["Tài khoản hoạt động: có → không."]);
    expect(describeAuditChange("user.rename", { before: { name: "Lê Văn A" }, after: { name: "Lê Văn An" } })).toEqual(["Tên: “Lê Văn A” → “Lê Văn An”"]);
    expect(describeAuditChange("user.setPortalRoles", { before: { portalRoles: [] }, after: { portalRoles: ["PROVINCIAL_EDITOR", "ADMINISTRATOR"] } })).toEqual([
      "Vai trò toàn cổng: không có → Biên tập cấp tỉnh, Quản trị.",
    ]);
    expect(
      describeAuditChange("user.setMemberships", { before: { memberships: [{ unitId: 7, role: "AUTHOR" }] }, after: { memberships: [{ unitId: 9, role: "APPROVER" }] } }, names),
    ).toEqual(["Vai trò trong đơn vị: Người viết — Xã An Phú → Người duyệt của đơn vị — Huyện An Lạc."]);
  });

  it("tells a new record by what it was created with", () => {
    expect(describeAuditChange("category.create", { before: null, after: { name: "Hỏi đáp", slug: "hoi-dap", sortOrder: 3, hidden: false } })).toEqual([
      "Tên: “Hỏi đáp”",
      "Địa chỉ: “hoi-dap”",
      "Thứ tự: 3.",
      "Ẩn: không.",
    ]);
  });

  it("tells unit changes with statuses, levels and the successor's name", () => {
    expect(describeAuditChange("unit.setApproval", { before: { approvalLevels: 1, allowSelfApproval: false }, after: { approvalLevels: 2, allowSelfApproval: false } })).toEqual([
      "Số cấp duyệt: 1 cấp → 2 cấp.",
    ]);
    expect(describeAuditChange("unit.move", { before: { parentId: 9 }, after: { parentId: null } }, names)).toEqual(["Đơn vị cấp trên: Huyện An Lạc → trống."]);
    expect(
      describeAuditChange("unit.merge", {
        before: { status: "ACTIVE" },
        after: { status: "MERGED", successorId: 9 },
        successor: { id: 9, name: "Huyện An Lạc", slug: "huyen-an-lac" },
        movedArticleIds: [1, 2, 3],
        movedChildIds: [],
      }),
    ).toEqual(["Sáp nhập vào Huyện An Lạc.", "Chuyển 3 bài viết và 0 đơn vị trực thuộc sang đơn vị kế thừa."]);
    expect(describeAuditChange("unit.archive", { before: { status: "ACTIVE", archivedAt: null }, after: { status: "ARCHIVED", archivedAt: "2026-07-01T01:00:00.000Z" } })).toEqual([
      "Trạng thái: Đang hoạt động → Đã lưu trữ.",
      "Ngày lưu trữ: trống → 01/07/2026 08:00.",
    ]);
  });

  it("tells moderation and replies with the article's title", () => {
    expect(describeAuditChange("comment.approve", { articleId: 12, before: "PENDING", after: "APPROVED" }, names)).toEqual([
      "Chuyển từ Chờ duyệt sang Đã duyệt.",
      "Ở bài viết “Ra mắt mô hình tổ hòa giải”",
    ]);
    expect(describeAuditChange("comment.reply", { articleId: 40, before: null, after: "Cảm ơn bạn." }, names)).toEqual(["Trả lời: “Cảm ơn bạn.”", "Ở bài viết #40."]);
    expect(describeAuditChange("comment.submit", { articleId: 12, state: "PENDING", flaggedWords: ["lừa đảo"] }, names)).toEqual([
      "Bình luận mới, trạng thái Chờ duyệt.",
      "Chứa từ cần xem xét: lừa đảo.",
      "Ở bài viết “Ra mắt mô hình tổ hòa giải”",
    ]);
  });

  it("lists only the settings that changed, by their names", () => {
    expect(describeAuditChange("settings.site", { before: { name: "Cổng A", phone: "0237" }, after: { name: "Cổng A", phone: "0237 3852 000", licence: "Giấy phép số 12" } })).toEqual([
      "Điện thoại: “0237” → “0237 3852 000”",
      "Giấy phép: “Giấy phép số 12”",
    ]);
    expect(describeAuditChange("settings.comments", { before: { maxLinks: 2, honeypot: true }, after: { maxLinks: 0, honeypot: true } })).toEqual(["Số liên kết tối đa: 2 → 0."]);
  });

  it("never shows JSON, even for a shape it does not know", () => {
    const sentences = describeAuditChange("something.new", { count: 3, flags: ["a", "b"], nested: { ok: true } });
    expect(sentences).toEqual(["count: 3.", "flags: a, b.", "nested: ok: có."]);
    for (const sentence of sentences) expect(sentence).not.toMatch(/[{}"]/);
    expect(describeAuditChange("user.signOutEverywhere", {})).toEqual([]);
  });

  it("finds the units and articles an entry mentions", () => {
    expect(mentionedIds({ before: { memberships: [{ unitId: 7, role: "AUTHOR" }] }, after: { parentId: 9 }, articleId: 12 })).toEqual({ units: [7, 9], articles: [12] });
  });
});
