// The words of Văn bản pháp luật: types of documents with the abbreviation their numbers carry, the
// effect (tình trạng hiệu lực), states and relations, as readers and staff see them. Pure.

export type DocumentType = { key: string; label: string; /** As in the number, folded: "nd" for NĐ. */ abbreviation: string };

export const DOCUMENT_TYPES: readonly DocumentType[] = [
  { key: "HIEN_PHAP", label: "Hiến pháp", abbreviation: "hp" },
  { key: "BO_LUAT", label: "Bộ luật", abbreviation: "bl" },
  { key: "LUAT", label: "Luật", abbreviation: "qh" },
  { key: "PHAP_LENH", label: "Pháp lệnh", abbreviation: "pl" },
  { key: "NGHI_DINH", label: "Nghị định", abbreviation: "nd" },
  { key: "NGHI_QUYET", label: "Nghị quyết", abbreviation: "nq" },
  { key: "THONG_TU", label: "Thông tư", abbreviation: "tt" },
  { key: "THONG_TU_LIEN_TICH", label: "Thông tư liên tịch", abbreviation: "ttlt" },
  { key: "QUYET_DINH", label: "Quyết định", abbreviation: "qd" },
  { key: "CHI_THI", label: "Chỉ thị", abbreviation: "ct" },
  { key: "KE_HOACH", label: "Kế hoạch", abbreviation: "kh" },
  { key: "CONG_VAN", label: "Công văn", abbreviation: "cv" },
  { key: "HUONG_DAN", label: "Hướng dẫn", abbreviation: "hd" },
  { key: "THONG_BAO", label: "Thông báo", abbreviation: "tb" },
];

const BY_KEY = new Map(DOCUMENT_TYPES.map((type) => [type.key, type]));

export function documentType(key: string): DocumentType | undefined {
  return BY_KEY.get(key);
}

export function documentTypeLabel(key: string): string {
  return BY_KEY.get(key)?.label ?? key;
}

export const EFFECTS = ["IN_FORCE", "PARTLY_EXPIRED", "EXPIRED", "NOT_YET"] as const;
export type EffectName = (typeof EFFECTS)[number];

export const EFFECT_LABELS: Record<EffectName, string> = {
  IN_FORCE: "Còn hiệu lực",
  PARTLY_EXPIRED: "Hết hiệu lực một phần",
  EXPIRED: "Hết hiệu lực",
  NOT_YET: "Chưa có hiệu lực",
};

/** URL words for the effect facet (lib/search/params.ts habit: Vietnamese in the address). */
export const EFFECT_SLUGS: Record<EffectName, string> = {
  IN_FORCE: "con-hieu-luc",
  PARTLY_EXPIRED: "het-hieu-luc-mot-phan",
  EXPIRED: "het-hieu-luc",
  NOT_YET: "chua-co-hieu-luc",
};

export const DOCUMENT_STATES = ["DRAFT", "SUBMITTED", "ENDORSED", "RETURNED", "PUBLISHED"] as const;
export type DocumentStateName = (typeof DOCUMENT_STATES)[number];

export const DOCUMENT_STATE_LABELS: Record<DocumentStateName, string> = {
  DRAFT: "Nháp",
  SUBMITTED: "Chờ duyệt",
  ENDORSED: "Chờ duyệt cấp tỉnh",
  RETURNED: "Bị trả lại",
  PUBLISHED: "Đã xuất bản",
};

export const RELATION_KINDS = ["REPLACES", "AMENDS", "GUIDES"] as const;
export type RelationKindName = (typeof RELATION_KINDS)[number];

/** How a relation reads from the document that makes it, and from the document it points at. */
export const RELATION_LABELS: Record<RelationKindName, { outgoing: string; incoming: string }> = {
  REPLACES: { outgoing: "Thay thế", incoming: "Bị thay thế bởi" },
  AMENDS: { outgoing: "Sửa đổi, bổ sung", incoming: "Được sửa đổi, bổ sung bởi" },
  GUIDES: { outgoing: "Hướng dẫn", incoming: "Được hướng dẫn bởi" },
};
