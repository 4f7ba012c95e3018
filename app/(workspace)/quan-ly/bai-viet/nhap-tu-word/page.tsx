import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DocxImportForm } from "@/components/editor/docx-import-form";
import { getWorkingActor } from "@/lib/auth/session";
import { canSomewhere } from "@/lib/policy";
import { writableUnits } from "../writable-units";

export const metadata: Metadata = { title: "Nhập từ Word" };

export default async function ImportFromWordPage() {
  const actor = await getWorkingActor();
  if (!actor) redirect("/dang-nhap");
  const units = writableUnits(actor);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <p className="text-sm"><Link href="/quan-ly/bai-viet" className="underline">Bài viết</Link> / Nhập từ Word</p>
      <h1 className="text-2xl font-bold">Nhập từ Word</h1>
      <p>
        Chọn tệp Word (.docx) đã soạn: tiêu đề, các đoạn, đề mục, chữ đậm, nghiêng, danh sách, bảng, liên kết và ảnh kèm chú thích
        được chuyển thành một bài nháp. Định dạng riêng của Word (phông chữ, màu, cỡ chữ) không được giữ lại. Đoạn đầu được đề xuất làm Sapo
        nếu dài 20–90 từ.
      </p>
      {canSomewhere(actor, "article.create") && units.length > 0 ? (
        <DocxImportForm units={units} />
      ) : (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">Bạn không có quyền viết bài cho đơn vị nào.</p>
      )}
      <p className="text-sm">Muốn bắt đầu từ một cấu trúc có sẵn? <Link href="/quan-ly/bai-viet/viet-bai-moi" className="underline">Chọn mẫu tin</Link>.</p>
    </div>
  );
}
