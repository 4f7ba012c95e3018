// GET /quan-ly/cuoc-thi/mau-cau-hoi — the question bank's template (.xlsx) with two example rows.
import { getWorkingActor } from "@/lib/auth/session";
import { questionWorkbook, TEMPLATE_ROWS } from "@/lib/contests/question-sheet";
import { can } from "@/lib/policy";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const actor = await getWorkingActor();
  if (!actor) return new Response("Vui lòng đăng nhập.", { status: 401 });
  if (!can(actor, "contest.manage")) return new Response("Bạn không có quyền thực hiện thao tác này.", { status: 403 });
  return new Response(new Uint8Array(await questionWorkbook(TEMPLATE_ROWS)), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": 'attachment; filename="mau-ngan-hang-cau-hoi.xlsx"',
      "cache-control": "private, no-store",
    },
  });
}
