import Link from "next/link";
import { redirect } from "next/navigation";
import { BellIcon } from "@/components/ui/icons";
import { SignOutButton } from "@/components/workspace/sign-out-button";
import { WorkspaceNav } from "@/components/workspace/workspace-nav";
import { getActor } from "@/lib/auth/session";
import { countReviewQueue } from "@/lib/articles/review-queue";
import { countPendingComments } from "@/lib/comments/queries";
import { unreadCount } from "@/lib/notifications/queries";
import { canSomewhere } from "@/lib/policy";
import { navigationFor } from "@/lib/workspace/navigation";

// Every workspace page needs a live, active account; the proxy only checks the cookie.
export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/dang-nhap");
  if (actor.mustChangePassword) redirect("/doi-mat-khau");
  const [unread, waitingForReview, waitingComments] = await Promise.all([
    unreadCount(actor.id),
    canSomewhere(actor, "article.approve") ? countReviewQueue(actor) : Promise.resolve(0),
    canSomewhere(actor, "comment.moderate") ? countPendingComments(actor) : Promise.resolve(0),
  ]);
  return (
    <div className="min-h-screen bg-gray-50">
      <a href="#noi-dung" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Bỏ qua, đến nội dung chính
      </a>
      <header className="border-b border-gray-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/quan-ly" className="font-bold text-brand-800">Bàn làm việc PBGDPL</Link>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
            <Link href="/quan-ly/thong-bao" aria-label={`Thông báo: ${unread} chưa đọc`} className="relative inline-flex min-h-10 min-w-10 items-center justify-center rounded px-2 py-1 hover:bg-gray-100">
              <BellIcon className="h-5 w-5" />
              {unread > 0 && (
                <span aria-hidden="true" className="absolute -right-1 -top-1 min-w-5 rounded-full bg-brand-700 px-1 text-center text-xs font-bold text-white">
                  {unread > 99 ? "99+" : unread}
                </span>
              )}
            </Link>
            <span>{actor.name}</span>
            <Link href="/" className="underline">Xem cổng thông tin</Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <WorkspaceNav links={navigationFor(actor, { "/quan-ly/duyet-bai": waitingForReview, "/quan-ly/binh-luan": waitingComments })} />
      <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </div>
  );
}
