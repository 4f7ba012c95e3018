import { getWorkingActor } from "@/lib/auth/session";
import { can } from "@/lib/policy";
import { rowsToTable } from "@/lib/reorganisation/plan-rows";
import { templateRows } from "@/lib/reorganisation/queries";

// Tải mẫu: today's units as a plan sheet (each mapped to itself), in CSV with a byte-order mark so
// Excel opens the Vietnamese names correctly. The administrator edits the "Đơn vị mới" column.
export const dynamic = "force-dynamic";

const cell = (text: string) => (/[",;\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export async function GET(): Promise<Response> {
  const actor = await getWorkingActor();
  if (!actor || !can(actor, "admin.units")) return new Response("Không có quyền.", { status: 403 });
  const csv = rowsToTable(await templateRows()).map((row) => row.map(cell).join(",")).join("\r\n");
  return new Response(`\uFEFF${csv}\r\n`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="ke-hoach-sap-xep-don-vi.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
