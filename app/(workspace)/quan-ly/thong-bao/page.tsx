import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
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
      {notifications.length === 0 ? (
        <p className="text-muted">Chưa có thông báo nào.</p>
      ) : (
        <ul className="divide-y divide-gray-200 rounded border border-gray-200 bg-white">
          {notifications.map((n) => (
            <li key={n.id} className={`flex flex-wrap items-start justify-between gap-3 p-3 ${n.readAt ? "" : "bg-brand-50"}`}>
              <div>
                <p className={n.readAt ? "" : "font-semibold"}>
                  {n.link ? <Link href={n.link} className="underline">{n.message}</Link> : n.message}
                </p>
                <p className="text-xs text-muted">{formatDateTime(n.createdAt)}{n.readAt ? "" : " · Chưa đọc"}</p>
              </div>
              {!n.readAt && (
                <form action={markOneReadAction}>
                  <input type="hidden" name="id" value={n.id} />
                  <button type="submit" className="text-sm underline">Đã đọc</button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
