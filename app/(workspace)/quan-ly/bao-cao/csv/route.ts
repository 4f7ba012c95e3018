// GET /quan-ly/bao-cao/csv?<the page's query> — Báo cáo thống kê as CSV (UTF-8 with BOM).
// 401 without a working session, 403 without report.view, 400 for a bad period.
import { getWorkingActor } from "@/lib/auth/session";
import { exportReport, searchParamsOf } from "@/lib/reports/export";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return exportReport(await getWorkingActor(), searchParamsOf(request), "csv");
}
