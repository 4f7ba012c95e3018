import { apiArticles, jsonWithEtag } from "@/lib/documents/open-data";

// GET /api/v1/bai-viet?chuyen-muc=<slug>&don-vi=<slug>&tu-ngay=yyyy-mm-dd&trang=N — published
// articles, newest first, 20 a page.
export const dynamic = "force-dynamic";

const SLUG = /^[a-z0-9-]{1,120}$/;

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const page = Number(params.get("trang"));
  const category = params.get("chuyen-muc") ?? "";
  const unit = params.get("don-vi") ?? "";
  const since = params.get("tu-ngay") ?? "";
  return jsonWithEtag(
    request,
    await apiArticles({
      page: Number.isInteger(page) && page > 0 && page <= 10_000 ? page : 1,
      categorySlug: SLUG.test(category) ? category : null,
      unitSlug: SLUG.test(unit) ? unit : null,
      since: /^\d{4}-\d{2}-\d{2}$/.test(since) ? since : null,
    }),
  );
}
