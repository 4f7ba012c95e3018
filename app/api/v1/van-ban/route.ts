import { apiDocuments, jsonWithEtag } from "@/lib/documents/open-data";
import { readDocumentSearch } from "@/lib/documents/search-params";

// GET /api/v1/van-ban?q=&loai=&co-quan=&linh-vuc=&nam=&hieu-luc=&trang= — published documents, 20 a
// page, with the facets' counts; the same filters as /van-ban.
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  return jsonWithEtag(request, await apiDocuments(readDocumentSearch(params)));
}
