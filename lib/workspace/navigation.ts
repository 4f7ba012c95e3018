import { canSomewhere, type Action, type PolicyActor } from "@/lib/policy";

/** `count` is shown beside the label (e.g. how many articles wait in Duyệt bài). */
export type NavigationLink = { href: string; label: string; count?: number };
type NavigationEntry = NavigationLink & { needs?: Action };

// The workspace's sections, each shown only to people the policy lets use it.
const ENTRIES: NavigationEntry[] = [
  { href: "/quan-ly", label: "Bàn làm việc" },
  { href: "/quan-ly/bai-viet", label: "Bài viết", needs: "article.view" },
  { href: "/quan-ly/duyet-bai", label: "Duyệt bài", needs: "article.approve" },
  { href: "/quan-ly/van-ban", label: "Văn bản pháp luật", needs: "document.view" },
  { href: "/quan-ly/hoi-dap", label: "Hỏi đáp", needs: "question.view" },
  { href: "/quan-ly/binh-luan", label: "Bình luận", needs: "comment.moderate" },
  { href: "/quan-ly/bao-cao", label: "Báo cáo thống kê", needs: "report.view" },
  { href: "/quan-ly/cuoc-thi", label: "Cuộc thi", needs: "contest.results" },
  { href: "/quan-ly/quan-tri/don-vi", label: "Đơn vị", needs: "admin.units" },
  { href: "/quan-ly/quan-tri/sap-xep-don-vi", label: "Sắp xếp đơn vị", needs: "admin.units" },
  { href: "/quan-ly/quan-tri/nguoi-dung", label: "Người dùng", needs: "admin.users" },
  { href: "/quan-ly/quan-tri/chuyen-muc", label: "Chuyên mục", needs: "admin.categories" },
  { href: "/quan-ly/quan-tri/cai-dat", label: "Cài đặt", needs: "admin.settings" },
  { href: "/quan-ly/binh-luan/cai-dat", label: "Cài đặt bình luận", needs: "admin.settings" },
  { href: "/quan-ly/quan-tri/hoi-dap", label: "Cài đặt hỏi đáp", needs: "question.rules" },
  { href: "/quan-ly/quan-tri/nhat-ky", label: "Nhật ký", needs: "admin.audit" },
  { href: "/doi-mat-khau", label: "Đổi mật khẩu" },
];

export function navigationFor(actor: PolicyActor, counts: Record<string, number> = {}): NavigationLink[] {
  return ENTRIES.filter((entry) => !entry.needs || canSomewhere(actor, entry.needs)).map(({ href, label }) => ({ href, label, count: counts[href] }));
}
