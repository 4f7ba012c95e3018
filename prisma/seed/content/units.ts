import type { UnitSeed } from "../types";

// A fictional province. Provincial agencies and districts are roots of the tree, like the Department
// of Justice; communes hang under their district.

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

export const DISTRICTS: UnitSeed[] = [
  {
    name: "Thành phố Nguyên Giang",
    type: "DISTRICT",
    description: "Trung tâm hành chính của tỉnh; bài viết được Sở Tư pháp duyệt cấp thứ hai.",
    approvalLevels: 2,
    children: [
      { name: "Phường Đông Thành", type: "COMMUNE" },
      { name: "Phường Nam Hà", type: "COMMUNE" },
      { name: "Phường Bắc Sơn", type: "COMMUNE" },
      { name: "Xã Hưng Lộc", type: "COMMUNE" },
    ],
  },
  { name: "Thị xã Phú Lâm", type: "DISTRICT" },
  { name: "Thị xã Hải Đông", type: "DISTRICT" },
  {
    name: "Huyện An Lạc",
    type: "DISTRICT",
    children: [
      { name: "Thị trấn An Lạc", type: "COMMUNE" },
      { name: "Xã An Phú", type: "COMMUNE" },
      { name: "Xã Tân Hòa", type: "COMMUNE" },
      {
        name: "Xã Yên Bình",
        type: "COMMUNE",
        description: "Thành lập trên cơ sở nhập toàn bộ xã Đông Yên và xã Tây Yên.",
      },
      { name: "Xã Đông Yên", type: "COMMUNE", mergedInto: "Xã Yên Bình" },
      { name: "Xã Tây Yên", type: "COMMUNE", mergedInto: "Xã Yên Bình" },
      {
        name: "Xã Bình Minh",
        type: "COMMUNE",
        description: "Một công chức tư pháp – hộ tịch phụ trách cổng tin của xã.",
        allowSelfApproval: true,
      },
    ],
  },
  { name: "Huyện Tân Khê", type: "DISTRICT" },
  { name: "Huyện Đồng Xuyên", type: "DISTRICT" },
  { name: "Huyện Vĩnh Thạch", type: "DISTRICT" },
  { name: "Huyện Kim Điền", type: "DISTRICT" },
  { name: "Huyện Hà Lâm", type: "DISTRICT" },
  { name: "Huyện Thạch Cương", type: "DISTRICT" },
  { name: "Huyện Tùng Lâm", type: "DISTRICT" },
  { name: "Huyện Mường Khoa", type: "DISTRICT", description: "Huyện vùng cao, đông đồng bào dân tộc thiểu số." },
  { name: "Huyện Quỳnh Nguyên", type: "DISTRICT" },
];

/** How long ago Đông Yên and Tây Yên became Yên Bình. */
export const MERGER_DAYS_AGO = 45;
