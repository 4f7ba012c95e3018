import type { Helpdesk } from "@/lib/auth/messages";

/** The helpdesk from the site settings, as links a phone or a mail program opens. */
export function HelpdeskContact({ helpdesk }: { helpdesk: Helpdesk }) {
  if (!helpdesk.phone && !helpdesk.email) {
    return <p>Vui lòng liên hệ quản trị cổng thông tin của đơn vị bạn để được cấp lại mật khẩu.</p>;
  }
  return (
    <div>
      <p>Bộ phận hỗ trợ của cổng thông tin:</p>
      <ul className="mt-1 list-disc pl-6">
        {helpdesk.phone && (
          <li>
            Điện thoại: <a className="text-brand-700 underline" href={`tel:${helpdesk.phone.replace(/[^0-9+]/g, "")}`}>{helpdesk.phone}</a>
          </li>
        )}
        {helpdesk.email && (
          <li>
            Email: <a className="text-brand-700 underline" href={`mailto:${helpdesk.email}`}>{helpdesk.email}</a>
          </li>
        )}
      </ul>
    </div>
  );
}
