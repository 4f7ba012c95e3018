import { db } from "@/lib/db";

export function unreadCount(userId: number): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

export function listNotifications(userId: number, take = 50) {
  return db.notification.findMany({ where: { userId }, orderBy: { id: "desc" }, take });
}

/** Marks this person's notifications read: one, or all of them. Nobody can touch another's inbox. */
export async function markRead(userId: number, notificationId?: number): Promise<void> {
  await db.notification.updateMany({
    where: { userId, readAt: null, ...(notificationId ? { id: notificationId } : {}) },
    data: { readAt: new Date() },
  });
}
