import { db } from "@/lib/db";
import { countReviewQueue } from "@/lib/articles/review-queue";
import { canSomewhere, holdsPortalWide, unitsWithRole, type PolicyActor } from "@/lib/policy";
import type { Prisma } from "@/generated/prisma/client";

/** A count on the dashboard and the list it was counted from, which the card opens. */
export type DashboardCount = { label: string; count: number; href: string };

/**
 * The counts that matter to this person's roles: their drafts and returned articles as a writer,
 * the articles waiting for their decision as an approver or provincial editor, comments waiting
 * for them as a moderator. Sections they have no role for are left out.
 */
export async function dashboardCounts(actor: PolicyActor): Promise<DashboardCount[]> {
  const counts: Promise<DashboardCount>[] = [];
  const notDeleted = { deletedAt: null } satisfies Prisma.ArticleWhereInput;
  const count = (label: string, href: string, where: Prisma.ArticleWhereInput) =>
    db.article.count({ where: { ...notDeleted, ...where } }).then((n) => ({ label, count: n, href }));

  if (unitsWithRole(actor, ["AUTHOR", "APPROVER"]).length > 0) {
    counts.push(count("Bài nháp của tôi", "/quan-ly/bai-viet?trang_thai=DRAFT&cua-toi", { writerId: actor.id, state: "DRAFT" }));
    counts.push(count("Bài bị trả lại cho tôi", "/quan-ly/bai-viet?trang_thai=RETURNED&cua-toi", { writerId: actor.id, state: "RETURNED" }));
  }
  if (canSomewhere(actor, "article.approve")) {
    counts.push(countReviewQueue(actor).then((n) => ({ label: "Chờ tôi duyệt", count: n, href: "/quan-ly/duyet-bai" })));
  }
  const moderatedUnits = unitsWithRole(actor, ["COMMENT_MODERATOR"]);
  const moderatesAll = holdsPortalWide(actor, "comment.moderate");
  if (moderatesAll || moderatedUnits.length > 0) {
    counts.push(
      db.comment
        .count({ where: { state: "PENDING", ...(moderatesAll ? {} : { article: { unitId: { in: moderatedUnits } } }) } })
        .then((n) => ({ label: "Bình luận chờ duyệt", count: n, href: "/quan-ly/binh-luan" })),
    );
  }
  return Promise.all(counts);
}
