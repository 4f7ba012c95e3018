// An address whose path is not valid percent-encoding (/bai-viet/%ff) is a bad request, answered
// here with 400. Next would answer 500: it does see a bad request (DecodeError), but renders it with
// the Pages Router's /_error page, which an App Router-only build does not have, and that failure
// becomes "Internal Server Error" — for every dynamic segment of the site, and even for /%ff.
import { SCRIPTLESS_POLICY } from "./security-headers.mjs";

const PAGE = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Địa chỉ không hợp lệ</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<main><h1>Địa chỉ không hợp lệ</h1><p>Đường dẫn có ký tự không đọc được. Vui lòng kiểm tra lại địa chỉ hoặc tìm bài viết từ trang chủ.</p><p><a href="/">Về trang chủ</a></p></main>
</body></html>
`;

/** Is the path of this request target (before any query) readable percent-encoding? */
export function hasReadablePath(url) {
  const path = String(url ?? "").split(/[?#]/, 1)[0];
  if (!path.includes("%")) return true;
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown} handler
 */
export function refuseMalformedPath(handler) {
  return (req, res) => {
    if (hasReadablePath(req.url)) return handler(req, res);
    res.writeHead(400, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "content-security-policy": SCRIPTLESS_POLICY,
      "x-content-type-options": "nosniff",
    });
    res.end(req.method === "HEAD" ? undefined : PAGE);
  };
}
