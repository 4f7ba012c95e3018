// What an imported Word file may hold, and what the writer is told when it holds more or is not one.
import { DOCUMENT_MAX_BYTES, DOCUMENT_MAX_MB } from "@/lib/storage/upload-limits";

export const DOCX_LIMITS = {
  /** The same ceiling as any document upload. */
  maxFileBytes: DOCUMENT_MAX_BYTES,
  /** All parts unpacked together; a real 20 MB report unpacks to a few tens of MB at most. */
  maxUnpackedBytes: 60 * 1024 * 1024,
  maxParts: 2000,
  /** Pictures one news article may bring in; more is a photo album, not a news item. */
  maxImages: 30,
} as const;

export const DOCX_MESSAGES = {
  empty: "Tệp rỗng (0 byte). Vui lòng chọn tệp Word (.docx) có nội dung.",
  tooLarge: `Tệp vượt quá ${DOCUMENT_MAX_MB} MB.`,
  oldWord: "Đây là tệp Word cũ (.doc). Vui lòng mở tệp bằng Word, chọn Lưu thành… định dạng Word Document (.docx) rồi nhập lại.",
  notDocx: "Tệp không phải tài liệu Word (.docx). Vui lòng chọn tệp .docx.",
  broken: "Tệp Word bị hỏng hoặc không đọc được. Vui lòng mở bằng Word, lưu lại rồi nhập lại.",
  bomb: `Tệp Word khi giải nén quá lớn (trên ${DOCX_LIMITS.maxUnpackedBytes / 1024 / 1024} MB). Vui lòng giảm kích thước ảnh hoặc chia nhỏ tài liệu.`,
  tooManyParts: "Tệp Word có cấu trúc bất thường (quá nhiều thành phần) nên không được nhập.",
  tooManyImages: `Tệp Word có quá nhiều ảnh (tối đa ${DOCX_LIMITS.maxImages} ảnh một bài). Vui lòng bớt ảnh rồi nhập lại.`,
  noText: "Tệp Word không có nội dung nào để nhập.",
} as const;
