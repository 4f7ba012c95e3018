import { z } from "zod";
import { slugify } from "@/lib/vietnamese";

export const CATEGORY_NOT_FOUND = "Không tìm thấy chuyên mục.";
export const SLUG_LENGTH = 60;

export const categoryIdField = z.coerce
  .number({ message: CATEGORY_NOT_FOUND })
  .int({ message: CATEGORY_NOT_FOUND })
  .positive({ message: CATEGORY_NOT_FOUND });

export const categoryNameField = z
  .string({ message: "Vui lòng nhập tên chuyên mục." })
  .transform((name) => name.normalize("NFC").trim().replace(/\s+/g, " "))
  .pipe(z.string().min(1, "Vui lòng nhập tên chuyên mục.").max(100, "Tên chuyên mục dài tối đa 100 ký tự."));

export function duplicateSlugMessage(slug: string): string {
  return `Đường dẫn “${slug}” đã được dùng cho một chuyên mục khác. Vui lòng chọn đường dẫn khác.`;
}

/** The slug typed, or the name when none was: folded to lower-case ASCII ("Hỏi đáp" → "hoi-dap"). */
export function categorySlug(typed: string, name: string): string | null {
  const source = typed.trim() || name;
  if (!/[\p{L}\p{N}]/u.test(source)) return null;
  return slugify(source, SLUG_LENGTH);
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
