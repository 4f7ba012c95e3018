// The audit log in plain Vietnamese: each entry's recorded change (a JSON object whose shape depends
// on the action) told as short sentences ("Chuyển từ Chờ duyệt sang Bị trả lại."), with names for the
// units and articles it mentions and file type names instead of MIME types. Pure: queries.ts looks the
// names up and the tests feed them in. A shape not known here is still told field by field, never as JSON.
import { STATE_LABELS } from "@/lib/articles/state-machine";
import { PORTAL_ROLE_LABELS, UNIT_ROLE_LABELS } from "@/lib/auth/role-labels";
import { COMMENT_STATE_LABELS } from "@/lib/comments/labels";
import { fileTypeLabel } from "@/lib/storage/file-types";
import { UNIT_STATUS_LABELS, UNIT_TYPE_LABELS } from "@/lib/units/labels";
import { formatDateTime, formatFileSize } from "@/lib/vietnamese";

export type AuditNames = {
  unit: (id: number) => string | undefined;
  article: (id: number) => string | undefined;
};

const NO_NAMES: AuditNames = { unit: () => undefined, article: () => undefined };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

/** Words for the fields that recorded changes carry; others are shown by their own name. */
const FIELD_LABELS: Record<string, string> = {
  name: "Tên",
  email: "Email",
  slug: "Địa chỉ",
  active: "Tài khoản hoạt động",
  mustChangePassword: "Phải đổi mật khẩu",
  portalRoles: "Vai trò toàn cổng",
  memberships: "Vai trò trong đơn vị",
  status: "Trạng thái",
  type: "Loại đơn vị",
  parentId: "Đơn vị cấp trên",
  successorId: "Đơn vị kế thừa",
  approvalLevels: "Số cấp duyệt",
  allowSelfApproval: "Cho phép tự duyệt",
  archivedAt: "Ngày lưu trữ",
  mergedAt: "Ngày sáp nhập",
  hidden: "Ẩn",
  position: "Vị trí",
  sortOrder: "Thứ tự",
  note: "Ghi chú",
  reason: "Lý do",
  unitId: "Đơn vị",
  articleId: "Bài viết",
  // Site settings (lib/settings) and comment settings (lib/comments/settings).
  logo: "Quốc huy",
  contact: "Thông tin liên hệ",
  footer: "Nội dung chân trang",
  supportPhone: "Điện thoại hỗ trợ",
  supportEmail: "Email hỗ trợ",
  agencyParent: "Cơ quan chủ quản",
  agencyName: "Tên cơ quan",
  address: "Địa chỉ liên hệ",
  phone: "Điện thoại",
  responsiblePerson: "Người chịu trách nhiệm",
  licence: "Giấy phép",
  relatedLinks: "Liên kết website liên quan",
  englishName: "Tên cơ quan bằng tiếng Anh",
  englishAbout: "Giới thiệu bằng tiếng Anh",
  honeypot: "Bẫy chống spam tự động",
  minFillSeconds: "Thời gian điền tối thiểu (giây)",
  addressLimit: "Số bình luận tối đa từ một địa chỉ",
  addressWindowMinutes: "Trong khoảng (phút)",
  emailLimit: "Số bình luận tối đa từ một email",
  emailWindowHours: "Trong khoảng (giờ)",
  duplicateWindowHours: "Chặn bình luận trùng trong (giờ)",
  maxLinks: "Số liên kết tối đa",
  words: "Danh sách từ cần xem xét",
  wordAction: "Cách xử lý từ trong danh sách",
  closeAfterDays: "Số ngày nhận ý kiến",
};

const PURPOSES: Record<string, string> = { image: "ảnh trong bài", attachment: "tệp đính kèm", site: "ảnh của cổng thông tin" };

const quote = (text: string) => `“${text.length > 120 ? `${text.slice(0, 117)}…` : text}”`;

function unitName(id: Json, names: AuditNames): string {
  if (typeof id !== "number") return "không có";
  return names.unit(id) ?? `đơn vị #${id}`;
}

function articleName(id: Json, names: AuditNames): string {
  if (typeof id !== "number") return "bài viết";
  const title = names.article(id);
  return title ? `bài viết ${quote(title)}` : `bài viết #${id}`;
}

function roleList(roles: Json): string {
  return Array.isArray(roles) && roles.length > 0 ? roles.map((role) => PORTAL_ROLE_LABELS[String(role)] ?? String(role)).join(", ") : "không có";
}

function membershipList(list: Json, names: AuditNames): string {
  if (!Array.isArray(list) || list.length === 0) return "không có";
  return list
    .filter(isObject)
    .map((m) => `${UNIT_ROLE_LABELS[String(m.role)] ?? String(m.role)} — ${unitName(m.unitId, names)}`)
    .join("; ");
}

/** A value as words: yes/no, dates, states, roles, units; text quoted. */
function valueWords(field: string, value: Json, names: AuditNames): string {
  if (value === null || value === undefined || value === "") return "trống";
  if (typeof value === "boolean") return value ? "có" : "không";
  if (field === "portalRoles") return roleList(value);
  if (field === "memberships") return membershipList(value, names);
  if (field === "parentId" || field === "successorId" || field === "unitId") return unitName(value, names);
  if (field === "articleId") return articleName(value, names);
  if (field === "status" && typeof value === "string") return UNIT_STATUS_LABELS[value as keyof typeof UNIT_STATUS_LABELS] ?? value;
  if (field === "type" && typeof value === "string") return UNIT_TYPE_LABELS[value as keyof typeof UNIT_TYPE_LABELS] ?? value;
  if (field === "approvalLevels" && typeof value === "number") return `${value} cấp`;
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value) || value;
  if (typeof value === "string") return quote(value);
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.length === 0 ? "trống" : value.map((item) => (isObject(item) ? Object.values(item).join(" ") : String(item))).join(", ");
  return Object.entries(value).map(([key, item]) => `${FIELD_LABELS[key] ?? key}: ${valueWords(key, item, names)}`).join("; ");
}

const same = (a: Json | undefined, b: Json | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** "Tên: “A” → “B”." for each field that differs between before and after. */
function beforeAfter(before: Json, after: Json, names: AuditNames): string[] {
  const b = isObject(before) ? before : {};
  const a = isObject(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((field) => !same(b[field], a[field]));
  return fields.map((field) => {
    const label = FIELD_LABELS[field] ?? field;
    if (!(field in b)) return `${label}: ${valueWords(field, a[field], names)}.`;
    if (!(field in a)) return `${label}: bỏ ${valueWords(field, b[field], names)}.`;
    return `${label}: ${valueWords(field, b[field], names)} → ${valueWords(field, a[field], names)}.`;
  });
}

function articleStep(change: JsonObject): string[] {
  const state = (value: Json) => STATE_LABELS[String(value) as keyof typeof STATE_LABELS] ?? String(value);
  const sentences: string[] = [];
  if (typeof change.from === "string" && typeof change.to === "string") {
    sentences.push(change.from === change.to ? `Vẫn ở trạng thái ${state(change.to)}.` : `Chuyển từ ${state(change.from)} sang ${state(change.to)}.`);
  }
  if (typeof change.note === "string" && change.note) sentences.push(`Ghi chú: ${quote(change.note)}.`);
  return sentences;
}

function fileUpload(change: JsonObject, names: AuditNames): string[] {
  const name = typeof change.originalName === "string" ? quote(change.originalName) : "một tệp";
  const details = [typeof change.mimeType === "string" ? fileTypeLabel(change.mimeType) : null, typeof change.size === "number" ? formatFileSize(change.size) : null].filter(Boolean);
  const purpose = PURPOSES[String(change.purpose)];
  const sentences = [`Tải lên ${name}${details.length ? ` (${details.join(", ")})` : ""}${purpose ? ` làm ${purpose}` : ""}.`];
  if (typeof change.unitId === "number") sentences.push(`Thuộc ${unitName(change.unitId, names)}.`);
  return sentences;
}

function commentChange(action: string, change: JsonObject, names: AuditNames): string[] {
  const state = (value: Json) => COMMENT_STATE_LABELS[String(value) as keyof typeof COMMENT_STATE_LABELS] ?? String(value);
  const on = typeof change.articleId === "number" ? [`Ở ${articleName(change.articleId, names)}.`] : [];
  if (action === "comment.reply" || action === "comment.reply.remove") {
    const reply = typeof change.after === "string" && change.after ? `Trả lời: ${quote(change.after)}.` : "Đã bỏ trả lời.";
    const before = typeof change.before === "string" && change.before ? [`Trả lời trước đó: ${quote(change.before)}.`] : [];
    return [reply, ...before, ...on];
  }
  if (action === "comment.submit") {
    const flagged = Array.isArray(change.flaggedWords) && change.flaggedWords.length > 0 ? [`Chứa từ cần xem xét: ${change.flaggedWords.join(", ")}.`] : [];
    return [`Bình luận mới, trạng thái ${state(change.state)}.`, ...flagged, ...on];
  }
  if (typeof change.before === "string" && typeof change.after === "string") return [`Chuyển từ ${state(change.before)} sang ${state(change.after)}.`, ...on];
  return [...beforeAfter(change.before ?? null, change.after ?? null, names), ...on];
}

function unitMerge(change: JsonObject, names: AuditNames): string[] {
  const successor = isObject(change.successor) && typeof change.successor.name === "string" ? change.successor.name : unitName(isObject(change.after) ? change.after.successorId : null, names);
  const articles = Array.isArray(change.movedArticleIds) ? change.movedArticleIds.length : 0;
  const children = Array.isArray(change.movedChildIds) ? change.movedChildIds.length : 0;
  return [`Sáp nhập vào ${successor}.`, `Chuyển ${articles} bài viết và ${children} đơn vị trực thuộc sang đơn vị kế thừa.`];
}

/** What one audit entry changed, as sentences; [] when it recorded nothing beyond its action. */
export function describeAuditChange(action: string, change: unknown, names: AuditNames = NO_NAMES): string[] {
  // A sentence that ends on a quotation needs no full stop after it.
  return sentencesFor(action, change, names).map((sentence) => sentence.replace(/”\.$/, "”"));
}

function sentencesFor(action: string, change: unknown, names: AuditNames): string[] {
  if (!isObject(change) || Object.keys(change).length === 0) return [];
  if (action.startsWith("article.") && ("from" in change || "to" in change)) return articleStep(change);
  if (action === "file.upload") return fileUpload(change, names);
  if (action.startsWith("comment.")) return commentChange(action, change, names);
  if (action === "unit.merge") return unitMerge(change, names);
  if (action === "category.reorder" && isObject(change.before) && isObject(change.after)) {
    return [`Chuyển từ vị trí ${change.before.position} sang vị trí ${change.after.position}.`];
  }
  if ("before" in change || "after" in change) {
    if (change.before === null && isObject(change.after)) {
      return Object.entries(change.after).map(([field, value]) => `${FIELD_LABELS[field] ?? field}: ${valueWords(field, value, names)}.`);
    }
    const sentences = beforeAfter(change.before ?? null, change.after ?? null, names);
    return sentences.length > 0 ? sentences : ["Không có thay đổi về nội dung."];
  }
  return Object.entries(change).map(([field, value]) => `${FIELD_LABELS[field] ?? field}: ${valueWords(field, value, names)}.`);
}

/** The unit and article ids an entry mentions, so the page can look their names up in one query each. */
export function mentionedIds(change: unknown): { units: number[]; articles: number[] } {
  const units = new Set<number>();
  const articles = new Set<number>();
  const walk = (value: unknown, key = "") => {
    if (typeof value === "number" && Number.isInteger(value)) {
      if (key === "unitId" || key === "parentId" || key === "successorId") units.add(value);
      if (key === "articleId") articles.add(value);
    } else if (Array.isArray(value)) {
      value.forEach((item) => walk(item, key));
    } else if (isObject(value)) {
      for (const [field, item] of Object.entries(value)) walk(item, field);
    }
  };
  walk(change);
  return { units: [...units], articles: [...articles] };
}
