import type { Metadata } from "next";
import { listCategoriesForAdmin } from "@/lib/categories/queries";
import { requireAdministrator } from "@/lib/workspace/admin-access";
import { CategoryForms, CreateCategoryForm } from "./category-forms";

export const metadata: Metadata = { title: "Chuyên mục" };

export default async function CategoriesPage() {
  await requireAdministrator("admin.categories");
  const categories = await listCategoriesForAdmin();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Chuyên mục</h1>

      <section aria-labelledby="tao-chuyen-muc" className="rounded border border-gray-200 bg-white p-4">
        <h2 id="tao-chuyen-muc" className="mb-3 text-lg font-bold">Tạo chuyên mục</h2>
        <CreateCategoryForm />
      </section>

      <section aria-labelledby="danh-sach-chuyen-muc" className="space-y-3">
        <h2 id="danh-sach-chuyen-muc" className="text-lg font-bold">Thứ tự hiển thị trên cổng thông tin</h2>
        <p className="text-sm text-muted">Chuyên mục bị ẩn không hiện trong trình đơn và trang chủ; bài viết của chuyên mục vẫn được xuất bản.</p>
        {categories.length === 0 && <p className="text-muted">Chưa có chuyên mục nào.</p>}
        <ol className="space-y-3">
          {categories.map((category, index) => (
            <li key={category.id}>
              <section aria-labelledby={`chuyen-muc-${category.id}`} className={`rounded border bg-white p-4 ${category.hidden ? "border-dashed border-gray-400" : "border-gray-200"}`}>
                <h3 id={`chuyen-muc-${category.id}`} className="font-bold">
                  {index + 1}. {category.name}
                  {category.hidden && <span className="ml-2 rounded border border-gray-400 bg-gray-100 px-2 text-xs font-normal">Đã ẩn</span>}
                </h3>
                <p className="mb-3 text-sm text-muted">
                  Đường dẫn: {category.slug} · {category.articleCount} bài viết
                </p>
                <CategoryForms category={category} position={index + 1} count={categories.length} />
              </section>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
