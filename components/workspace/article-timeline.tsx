import { formatDateTime } from "@/lib/vietnamese";

const ACTION_LABELS: Record<string, string> = {
  CREATE: "Tạo bài",
  SUBMIT: "Gửi duyệt",
  ENDORSE: "Duyệt, chuyển cấp tỉnh",
  APPROVE: "Duyệt và xuất bản",
  SCHEDULE: "Hẹn giờ xuất bản",
  PUBLISH_SCHEDULED: "Tự động xuất bản theo giờ hẹn",
  RETURN: "Trả lại",
  TAKE_DOWN: "Gỡ bài",
  RESTORE: "Khôi phục",
  DELETE: "Xóa vào thùng rác",
  FEATURE: "Đưa lên tin nổi bật",
  UNFEATURE: "Bỏ khỏi tin nổi bật",
  SUBMIT_CORRECTION: "Gửi duyệt sửa đổi",
  APPROVE_CORRECTION: "Duyệt sửa đổi",
  DISCARD_CORRECTION: "Bỏ sửa đổi",
};

type Event = { id: number; action: string; note: string | null; createdAt: Date; actor: { name: string } | null };

/** The article's record: who did what, when, with the note they gave. Newest first. */
export function ArticleTimeline({ events }: { events: Event[] }) {
  return (
    <section aria-labelledby="dong-thoi-gian" className="rounded border border-gray-200 bg-white p-4">
      <h2 id="dong-thoi-gian" className="font-bold">Quá trình xử lý</h2>
      <ol className="mt-2 space-y-2 text-sm">
        {events.map((event) => (
          <li key={event.id} className="border-l-2 border-brand-600 pl-3">
            <p>
              <span className="font-semibold">{ACTION_LABELS[event.action] ?? event.action}</span> — {event.actor?.name ?? "Hệ thống"}
            </p>
            <p className="text-xs text-muted">{formatDateTime(event.createdAt)}</p>
            {event.note && <p className="mt-1 whitespace-pre-line">{event.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
