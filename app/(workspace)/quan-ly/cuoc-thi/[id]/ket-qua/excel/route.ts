// GET /quan-ly/cuoc-thi/<id>/ket-qua/excel — the organising board's workbook: one ranked sheet per
// round (with contacts) and the statistics. 401 without a session, 403 without contest.results.
import { getWorkingActor } from "@/lib/auth/session";
import { contestResultsWorkbook } from "@/lib/contests/export-results";
import { contestForEditors } from "@/lib/contests/workspace-queries";
import { can } from "@/lib/policy";
import { slugify } from "@/lib/vietnamese";

export const dynamic = "force-dynamic";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const actor = await getWorkingActor();
  if (!actor) return new Response("Vui lòng đăng nhập.", { status: 401 });
  if (!can(actor, "contest.results")) return new Response("Bạn không có quyền thực hiện thao tác này.", { status: 403 });
  const contest = await contestForEditors(Number((await params).id));
  if (!contest) return new Response("Không tìm thấy cuộc thi.", { status: 404 });
  const body = await contestResultsWorkbook(contest);
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": XLSX,
      "content-disposition": `attachment; filename="ket-qua-${slugify(contest.name, 60)}.xlsx"`,
      "cache-control": "private, no-store",
    },
  });
}
