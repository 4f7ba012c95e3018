import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ResponsiveList, StatusChip } from "@/components/workspace/responsive-list";
import { getWorkingActor } from "@/lib/auth/session";
import { listNotifications } from "@/lib/notifications/queries";
import { formatDateTime } from "@/lib/vietnamese";
import { markAllReadAction, markOneReadAction } from "./actions";

export const metadata: Metadata = { title: "Thông báo" };

export default async function NotificationsPage() {
  const actor = await getWorkingActor();
  if (!actor) redirect("/dang-nhap");
  const notifications = await listNotifications(actor.id);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Thông báo</h1>
        {notifications.some((n) => !n.readAt) && (
          <form action={markAllReadAction}>
            <button type="submit" className="rounded border border-gray-300 px-3 py-1 text-sm hover:bg-gray-100">Đánh dấu tất cả đã đọc</button>
          </form>
        )}
      </div>
      <ResponsiveList
        caption="Danh sách thông báo"
        rows={notifications}
        rowKey={(n) => n.id}
        empty="Chưa có thông báo nào."
        columns={[
          {
            header: "Thông báo",
            card: "title",
            cell: (n) => <span className={n.readAt ? "font-normal" : "font-semibold"}>{n.link ? <Link href={n.link} className="underline">{n.message}</Link> : n.message}</span>,
          },
          { header: "Thời gian", card: "plain", className: "text-muted md:whitespace-nowrap md:text-inherit", cell: (n) => formatDateTime(n.createdAt) },
          { header: "Trạng thái", card: "plain", cell: (n) => (n.readAt ? <StatusChip>Đã đọc</StatusChip> : <StatusChip tone="info">Chưa đọc</StatusChip>) },
          {
            header: "Thao tác",
            card: "plain",
            cell: (n) =>
              n.readAt ? null : (
                <form action={markOneReadAction}>
                  <input type="hidden" name="id" value={n.id} />
                  <button type="submit" className="text-sm underline">Đã đọc</button>
                </form>
              ),
          },
        ]}
      />
    </div>
  );
}
