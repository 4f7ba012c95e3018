import { escapeHtml } from "@/lib/search/highlight";

/**
 * The page a taken-down article's address shows, with the status 410 Gone. A route handler sends it
 * (a React page cannot set that status), so it is a small complete HTML document in the site's
 * colours. The reason for the take-down is an internal note: readers get a generic explanation.
 */
export function goneArticleHtml(siteName: string): string {
  const name = escapeHtml(siteName);
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Bài viết đã được gỡ | ${name}</title>
<style>
  body { margin: 0; font-family: "Be Vietnam Pro", system-ui, sans-serif; color: #1f2328; background: #fff; line-height: 1.6; }
  header { background: #931d17; border-bottom: 4px solid #b3261e; color: #fff; }
  header a { color: #fff; font-weight: 700; text-decoration: none; font-size: 1.15rem; }
  .wrap { max-width: 72rem; margin: 0 auto; padding: 1rem; }
  main { max-width: 36rem; margin: 0 auto; padding: 4rem 1rem; text-align: center; }
  h1 { font-size: 1.6rem; margin: 0 0 1rem; }
  p { color: #57606a; }
  main a { color: #931d17; font-weight: 600; }
  a:focus-visible { outline: 3px solid #1f2328; outline-offset: 2px; }
  form { margin-top: 2rem; display: flex; gap: .5rem; justify-content: center; flex-wrap: wrap; }
  input { padding: .5rem .75rem; border: 1px solid #57606a; border-radius: .25rem; font: inherit; min-width: 0; }
  button { padding: .5rem 1rem; border: 0; border-radius: .25rem; background: #931d17; color: #fff; font: inherit; font-weight: 600; }
</style>
</head>
<body>
<header><div class="wrap"><a href="/">${name}</a></div></header>
<main id="noi-dung">
  <h1>Bài viết đã được gỡ</h1>
  <p>Bài viết bạn tìm đã được cơ quan đăng tải gỡ khỏi Cổng thông tin và không còn được cung cấp tại địa chỉ này.</p>
  <p><a href="/">Về trang chủ</a> · <a href="/don-vi">Danh bạ đơn vị</a></p>
  <form action="/tim-kiem" method="get" role="search">
    <label for="q" style="position:absolute;left:-9999px">Tìm kiếm</label>
    <input id="q" name="q" type="search" placeholder="Nhập từ khóa">
    <button type="submit">Tìm kiếm</button>
  </form>
</main>
</body>
</html>
`;
}
