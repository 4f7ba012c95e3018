// GET /quan-ly/bao-cao/excel?<the page's query> — Báo cáo thống kê as an Excel workbook (.xlsx).
// 401 without a working session, 403 without report.view, 400 for a bad period.
import { getWorkingActor } from "@/lib/auth/session";
import { exportReport, searchParamsOf } from "@/lib/reports/export";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return exportReport(await getWorkingActor(), searchParamsOf(request), "xlsx");
}
