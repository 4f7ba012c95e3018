import ExcelJS from "exceljs";
import { formatDate } from "@/lib/vietnamese";
import { describeDuration } from "./labels";
import { contestStatistics, roundLeaderboard } from "./results";

// The organising board's workbook: one ranked sheet per round (with contacts, for handing out prizes)
// and the counts by group and commune.

export async function contestResultsWorkbook(contest: { id: number; name: string; rounds: { id: number; name: string }[] }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const round of contest.rounds) {
    const board = await roundLeaderboard(round.id);
    const sheet = workbook.addWorksheet(round.name.replace(/[\\/?*[\]:]/g, " ").slice(0, 31) || `Vòng ${round.id}`);
    sheet.addRow([`${contest.name} — ${round.name}: ${board.participants} người dự thi`]).font = { bold: true };
    const header = sheet.addRow(["Hạng", "Họ và tên", "Ngày sinh", "Số điện thoại", "Đối tượng", "Xã/phường", "Số câu đúng", "Số câu", "Thời gian làm bài", "Thời gian (giây)", "Dự đoán", "Chênh lệch dự đoán", "Giải"]);
    header.font = { bold: true };
    for (const e of board.entries) {
      sheet.addRow([e.rank, e.fullName, formatDate(e.birthDate), e.phone, e.groupName, e.communeName, e.correctCount, e.total, describeDuration(e.durationMs), Math.round(e.durationMs / 100) / 10, e.tieBreakGuess ?? "", e.tieBreakGap ?? "", e.prize ?? ""]);
    }
    sheet.columns.forEach((column, i) => (column.width = i === 1 ? 28 : i === 5 ? 24 : 14));
  }
  const stats = workbook.addWorksheet("Thống kê");
  for (const round of await contestStatistics(contest.id)) {
    stats.addRow([round.roundName]).font = { bold: true };
    stats.addRow(["Lượt thi", round.attempts, "Người dự thi", round.participants, "Điểm trung bình", round.averageScore ?? ""]);
    stats.addRow(["Theo đối tượng", "Người dự thi", "Điểm trung bình"]).font = { bold: true };
    for (const row of round.byGroup) stats.addRow([row.name, row.entrants, row.averageScore ?? ""]);
    stats.addRow(["Theo xã/phường", "Người dự thi", "Điểm trung bình"]).font = { bold: true };
    for (const row of round.byCommune) stats.addRow([row.name, row.entrants, row.averageScore ?? ""]);
    stats.addRow([]);
  }
  stats.getColumn(1).width = 30;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
