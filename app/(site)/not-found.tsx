import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-3 text-muted">Trang hoặc bài viết bạn tìm không tồn tại hoặc đã được chuyển đi.</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">Về trang chủ</Link>
    </div>
  );
}
