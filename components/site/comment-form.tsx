type Props = { articleId: number };

const inputClass =
  "mt-1 w-full rounded border border-gray-400 bg-white px-3 py-2 focus:outline-2 focus:outline-brand-600 aria-invalid:border-red-600";

/** Where the script writes a field's refusal; hidden until then. */
function FieldError({ field }: { field: string }) {
  return <p id={`binh-luan-${field}-loi`} hidden className="mt-1 text-sm text-red-700" />;
}

/**
 * Ý kiến của bạn, Tên của bạn, Email của bạn, Gửi ý kiến — server HTML, with no React in the browser:
 * public/js/binh-luan.js fetches the form's token, counts the characters, posts to /api/binh-luan and
 * fills in the messages below. What the reader typed stays when the server refuses it; after sending,
 * the form empties and says the comment waits for moderation.
 */
export function CommentForm({ articleId }: Props) {
  return (
    <>
      {/* POST, though the script sends it: sent before the script has run, the reader's email stays out of the address bar and the logs. */}
      <form id="binh-luan-form" method="post" noValidate className="relative mt-4 space-y-4">
        <p id="binh-luan-da-gui" role="status" hidden className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          Cảm ơn bạn đã gửi ý kiến. Ý kiến của bạn đang chờ kiểm duyệt và sẽ hiển thị sau khi được duyệt.
        </p>
        <p id="binh-luan-loi" role="alert" tabIndex={-1} hidden className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800" />
        <input type="hidden" name="articleId" value={articleId} />
        {/* Signs the moment the form was shown (the minimum fill time); the page itself is cached. One token posts one comment. */}
        <input type="hidden" name="token" defaultValue="" />
        <div>
          <label htmlFor="binh-luan-content" className="block text-sm font-semibold">Ý kiến của bạn</label>
          <textarea
            id="binh-luan-content"
            name="content"
            rows={5}
            maxLength={2000}
            aria-describedby="binh-luan-content-goi-y"
            className={inputClass}
          />
          <p id="binh-luan-content-goi-y" className="mt-1 text-xs text-muted">
            Từ 10 đến 2.000 ký tự (<span id="binh-luan-content-dem">0</span>/2.000).
          </p>
          <FieldError field="content" />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="binh-luan-name" className="block text-sm font-semibold">Tên của bạn</label>
            <input id="binh-luan-name" name="name" autoComplete="name" maxLength={80} className={inputClass} />
            <FieldError field="name" />
          </div>
          <div>
            <label htmlFor="binh-luan-email" className="block text-sm font-semibold">Email của bạn</label>
            <input
              id="binh-luan-email"
              name="email"
              type="email"
              autoComplete="email"
              maxLength={254}
              aria-describedby="binh-luan-email-goi-y"
              className={inputClass}
            />
            <FieldError field="email" />
          </div>
        </div>
        <p id="binh-luan-email-goi-y" className="text-sm text-muted">
          Email là dữ liệu cá nhân: chỉ cán bộ kiểm duyệt nhìn thấy, không bao giờ được công khai, và chỉ dùng để liên hệ, trả lời bạn
          khi cần. Ý kiến được hiển thị sau khi được kiểm duyệt.
        </p>
        {/* A field people never see: bots that fill in every field give themselves away. */}
        <div aria-hidden="true" className="absolute -left-[10000px] top-0 h-px w-px overflow-hidden">
          <label htmlFor="binh-luan-website">Trang web (để trống ô này)</label>
          <input id="binh-luan-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <noscript>
          <p className="text-sm text-red-800">Cần bật JavaScript trong trình duyệt để gửi ý kiến.</p>
        </noscript>
        <button
          type="submit"
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus:outline-2 focus:outline-offset-2 focus:outline-brand-600 disabled:opacity-60"
        >
          Gửi ý kiến
        </button>
      </form>
      <script src="/js/binh-luan.js" defer />
    </>
  );
}
