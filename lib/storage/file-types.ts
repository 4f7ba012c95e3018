// Short labels readers recognise, shown beside attachment names.
const LABELS: Record<string, string> = {
  "application/pdf": "PDF",
  "application/msword": "Word",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
  "application/vnd.ms-excel": "Excel",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
  "application/vnd.ms-powerpoint": "PowerPoint",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint",
  "application/vnd.oasis.opendocument.text": "OpenDocument",
  "application/vnd.oasis.opendocument.spreadsheet": "OpenDocument",
  "application/vnd.oasis.opendocument.presentation": "OpenDocument",
  "image/jpeg": "Ảnh JPEG",
  "image/png": "Ảnh PNG",
  "image/webp": "Ảnh WebP",
  "image/gif": "Ảnh GIF",
};

export function fileTypeLabel(mimeType: string): string {
  return LABELS[mimeType] ?? "Tệp";
}
