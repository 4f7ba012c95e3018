// What the document pages say after an action sent the person back (?xong=<code>): fixed words looked
// up by code, never words from the address.
export const DOCUMENT_DONE: Record<string, string> = {
  "da-luu": "Đã lưu văn bản.",
  "da-gui": "Đã gửi văn bản đi duyệt.",
  "da-xuat-ban": "Đã duyệt và xuất bản văn bản.",
  "da-chuyen-cap-tinh": "Đã duyệt văn bản và chuyển lên biên tập cấp tỉnh xuất bản.",
  "da-tra-lai": "Đã trả lại văn bản cho người nhập.",
  "da-doi-hieu-luc": "Đã cập nhật tình trạng hiệu lực.",
};
