// What the contest pages say, in one place so the use cases, pages and tests use the same words.

export const CONTEST_MESSAGES = {
  notFound: "Không tìm thấy cuộc thi.",
  contestClosed: "Cuộc thi chưa mở hoặc đã kết thúc.",
  roundClosed: "Vòng thi này chưa mở hoặc đã kết thúc.",
  phoneTaken: "Số điện thoại này đã được dùng để đăng ký cuộc thi. Mỗi số điện thoại chỉ đăng ký một người dự thi.",
  notRegistered: "Bạn chưa đăng ký dự thi trên trình duyệt này. Vui lòng đăng ký trước khi làm bài.",
  noAttemptsLeft: "Bạn đã dùng hết số lượt thi của vòng này.",
  poolTooSmall: "Ngân hàng câu hỏi của đối tượng này chưa đủ câu hỏi cho vòng thi. Vui lòng liên hệ ban tổ chức.",
  attemptNotFound: "Không tìm thấy bài thi của bạn.",
  timeUp: "Đã hết giờ làm bài: câu trả lời này không được ghi nhận.",
  alreadySubmitted: "Bài thi này đã được nộp; không thể trả lời hay nộp lại.",
  foreignQuestion: "Câu hỏi không thuộc bài thi của bạn.",
  badChoice: "Phương án trả lời không hợp lệ.",
  singleChoice: "Câu hỏi này chỉ có một đáp án đúng: chọn một phương án.",
  tieBreakInvalid: "Số dự đoán phải là số nguyên từ 0 trở lên.",
  codeRequired: "Vui lòng nhập mã xác nhận đã gửi đến email của bạn.",
  codeWrong: "Mã xác nhận không đúng hoặc đã hết hạn.",
} as const;

export type ContestMessageKey = keyof typeof CONTEST_MESSAGES;

/** A refusal travels in a redirect as its key (?loi=noAttemptsLeft), so a link can only show our own words. */
export function messageKey(message: string): string {
  return (Object.keys(CONTEST_MESSAGES) as ContestMessageKey[]).find((key) => CONTEST_MESSAGES[key] === message) ?? "roundClosed";
}

export function messageOf(key: unknown): string | null {
  return typeof key === "string" && Object.hasOwn(CONTEST_MESSAGES, key) ? CONTEST_MESSAGES[key as ContestMessageKey] : null;
}

export const KIND_LABELS = { SINGLE: "Một đáp án", MULTIPLE: "Nhiều đáp án" } as const;
export const DIFFICULTY_LABELS: Record<number, string> = { 1: "Dễ", 2: "Trung bình", 3: "Khó" };

/** A, B, C… for the choices of a question. */
export function choiceLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** "15 phút", "1 phút 30 giây". */
export function describeDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (minutes === 0) return `${seconds} giây`;
  return seconds === 0 ? `${minutes} phút` : `${minutes} phút ${seconds} giây`;
}
