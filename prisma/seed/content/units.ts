import type { UnitSeed } from "../types";

// A fictional province after the two-level reorganisation: the Department of Justice, provincial
// agencies and communes/wards are the active units, all roots of the tree. The former districts and the
// communes merged at the reorganisation are kept (status MERGED, with their successor) so their history,
// their articles and their old addresses survive.

export const JUSTICE_DEPARTMENT: UnitSeed = {
  name: "Sở Tư pháp",
  type: "PROVINCIAL_JUSTICE",
  description:
    "Cơ quan thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh; quản lý Cổng thông tin phổ biến, giáo dục pháp luật.",
};

export const PROVINCIAL_AGENCIES: UnitSeed[] = [
  { name: "Sở Giáo dục và Đào tạo", type: "PROVINCIAL_AGENCY", description: "Phổ biến, giáo dục pháp luật trong nhà trường." },
  { name: "Sở Y tế", type: "PROVINCIAL_AGENCY" },
  { name: "Công an tỉnh", type: "PROVINCIAL_AGENCY", description: "Tuyên truyền pháp luật về an ninh, trật tự, an toàn giao thông." },
  { name: "Sở Tài nguyên và Môi trường", type: "PROVINCIAL_AGENCY" },
  { name: "Sở Lao động – Thương binh và Xã hội", type: "PROVINCIAL_AGENCY" },
  { name: "Sở Nông nghiệp và Phát triển nông thôn", type: "PROVINCIAL_AGENCY" },
  { name: "Sở Văn hóa, Thể thao và Du lịch", type: "PROVINCIAL_AGENCY" },
  { name: "Sở Thông tin và Truyền thông", type: "PROVINCIAL_AGENCY" },
  { name: "Ban Dân tộc", type: "PROVINCIAL_AGENCY", description: "Phổ biến pháp luật cho đồng bào dân tộc thiểu số." },
  { name: "Bảo hiểm xã hội tỉnh", type: "PROVINCIAL_AGENCY" },
  { name: "Sở Giao thông vận tải", type: "PROVINCIAL_AGENCY" },
];

/** Today's communes and wards, directly under the province. */
export const COMMUNES: UnitSeed[] = [
  {
    name: "Phường Nguyên Giang",
    type: "COMMUNE",
    description:
      "Trung tâm hành chính của tỉnh, thành lập từ thành phố Nguyên Giang và các phường Đông Thành, Nam Hà, Bắc Sơn; bài viết được Sở Tư pháp duyệt cấp thứ hai.",
    approvalLevels: 2,
  },
  { name: "Xã Hưng Lộc", type: "COMMUNE" },
  { name: "Phường Phú Lâm", type: "COMMUNE", description: "Thành lập từ thị xã Phú Lâm." },
  { name: "Phường Hải Đông", type: "COMMUNE", description: "Thành lập từ thị xã Hải Đông." },
  { name: "Xã An Lạc", type: "COMMUNE", description: "Thành lập từ huyện An Lạc, thị trấn An Lạc và xã Tân Hòa." },
  { name: "Xã An Phú", type: "COMMUNE" },
  { name: "Xã Yên Bình", type: "COMMUNE", description: "Thành lập trên cơ sở nhập toàn bộ xã Đông Yên và xã Tây Yên." },
  {
    name: "Xã Bình Minh",
    type: "COMMUNE",
    description: "Một công chức tư pháp – hộ tịch phụ trách cổng tin của xã.",
    allowSelfApproval: true,
  },
  { name: "Xã Tân Khê", type: "COMMUNE" },
  { name: "Xã Đồng Xuyên", type: "COMMUNE" },
  { name: "Xã Vĩnh Thạch", type: "COMMUNE" },
  { name: "Xã Kim Điền", type: "COMMUNE" },
  { name: "Xã Hà Lâm", type: "COMMUNE" },
  { name: "Xã Thạch Cương", type: "COMMUNE" },
  { name: "Xã Tùng Lâm", type: "COMMUNE" },
  { name: "Xã Mường Khoa", type: "COMMUNE", description: "Xã vùng cao, đông đồng bào dân tộc thiểu số." },
  { name: "Xã Quỳnh Nguyên", type: "COMMUNE" },
];

/**
 * The districts abolished at the reorganisation, each merged into the commune or ward at its seat, with
 * the communes they had (merged ones name their successor; the others are today's communes above, which
 * no longer have a parent).
 */
export const FORMER_DISTRICTS: UnitSeed[] = [
  {
    name: "Thành phố Nguyên Giang",
    type: "DISTRICT",
    approvalLevels: 2,
    mergedInto: "Phường Nguyên Giang",
    children: [
      { name: "Phường Đông Thành", type: "COMMUNE", mergedInto: "Phường Nguyên Giang" },
      { name: "Phường Nam Hà", type: "COMMUNE", mergedInto: "Phường Nguyên Giang" },
      { name: "Phường Bắc Sơn", type: "COMMUNE", mergedInto: "Phường Nguyên Giang" },
    ],
  },
  { name: "Thị xã Phú Lâm", type: "DISTRICT", mergedInto: "Phường Phú Lâm" },
  { name: "Thị xã Hải Đông", type: "DISTRICT", mergedInto: "Phường Hải Đông" },
  {
    name: "Huyện An Lạc",
    type: "DISTRICT",
    mergedInto: "Xã An Lạc",
    children: [
      { name: "Thị trấn An Lạc", type: "COMMUNE", mergedInto: "Xã An Lạc" },
      { name: "Xã Tân Hòa", type: "COMMUNE", mergedInto: "Xã An Lạc" },
      { name: "Xã Đông Yên", type: "COMMUNE", mergedInto: "Xã Yên Bình" },
      { name: "Xã Tây Yên", type: "COMMUNE", mergedInto: "Xã Yên Bình" },
    ],
  },
  { name: "Huyện Tân Khê", type: "DISTRICT", mergedInto: "Xã Tân Khê" },
  { name: "Huyện Đồng Xuyên", type: "DISTRICT", mergedInto: "Xã Đồng Xuyên" },
  { name: "Huyện Vĩnh Thạch", type: "DISTRICT", mergedInto: "Xã Vĩnh Thạch" },
  { name: "Huyện Kim Điền", type: "DISTRICT", mergedInto: "Xã Kim Điền" },
  { name: "Huyện Hà Lâm", type: "DISTRICT", mergedInto: "Xã Hà Lâm" },
  { name: "Huyện Thạch Cương", type: "DISTRICT", mergedInto: "Xã Thạch Cương" },
  { name: "Huyện Tùng Lâm", type: "DISTRICT", mergedInto: "Xã Tùng Lâm" },
  { name: "Huyện Mường Khoa", type: "DISTRICT", description: "Huyện vùng cao, đông đồng bào dân tộc thiểu số.", mergedInto: "Xã Mường Khoa" },
  { name: "Huyện Quỳnh Nguyên", type: "DISTRICT", mergedInto: "Xã Quỳnh Nguyên" },
];

/** How long before the seed time the two-level reorganisation took effect (as 1 July 2025 did). */
export const REORGANISED_DAYS_AGO = 30;
