// The words of Báo cáo thống kê's Hỏi đáp pháp luật section and the shape of its figures. Pure:
// the page's component imports it without the database code of lib/reports/questions.ts.

export type QuestionReportRow = {
  /** null: still in triage at the Sở Tư pháp (no unit yet). */
  unitId: number | null;
  name: string;
  received: number;
  answered: number;
  declined: number;
  overdue: number;
  /** Calendar days, one decimal; null when nothing was answered in the period. */
  medianDays: number | null;
};

export type QuestionReport = { rows: QuestionReportRow[]; total: Omit<QuestionReportRow, "unitId" | "name"> };

export const QUESTION_REPORT_TITLE = "Hỏi đáp pháp luật";
export const QUESTION_REPORT_HEADER = ["Đơn vị trả lời", "Câu hỏi nhận", "Đã trả lời", "Từ chối", "Quá hạn", "Số ngày trả lời thường gặp"];
export const QUESTION_REPORT_NOTES = [
  "Câu hỏi nhận: câu hỏi gửi trong kỳ, tính cho đơn vị đang giữ câu hỏi (chưa phân công: Chờ phân công).",
  "Đã trả lời, Từ chối: câu trả lời được công bố, câu hỏi bị từ chối trong kỳ.",
  "Quá hạn: câu hỏi gửi trong kỳ chưa được trả lời khi đã hết hạn, hoặc được trả lời/từ chối sau hạn.",
  "Số ngày trả lời thường gặp: một nửa số câu trả lời công bố trong kỳ được công bố nhanh hơn, tính từ khi nhận câu hỏi (ngày lịch).",
];
