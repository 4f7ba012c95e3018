import type { CategoryKey } from "../types";

/** The eight categories, in the order the home page shows them; each gets its own cover palette. */
export const CATEGORIES: { key: CategoryKey; name: string; description: string; colors: [string, string] }[] = [
  { key: "tin", name: "Tin hoạt động", description: "Hoạt động phổ biến, giáo dục pháp luật của các sở, ngành, địa phương.", colors: ["#0b4f8a", "#1c8ad1"] },
  { key: "van-ban", name: "Văn bản pháp luật mới", description: "Giới thiệu văn bản quy phạm pháp luật mới ban hành, sắp có hiệu lực.", colors: ["#7a1f1f", "#c0392b"] },
  { key: "hoi-dap", name: "Tình huống pháp luật", description: "Những tình huống pháp luật thường gặp trong đời sống và cách giải quyết.", colors: ["#0f6b5c", "#23a58b"] },
  { key: "tim-hieu", name: "Tìm hiểu pháp luật", description: "Phân tích, hướng dẫn các quy định pháp luật theo chủ đề.", colors: ["#4a2f86", "#7d5bc4"] },
  { key: "hoa-giai", name: "Hòa giải ở cơ sở", description: "Kinh nghiệm, mô hình hay trong công tác hòa giải ở cơ sở.", colors: ["#8a5a00", "#d99a1e"] },
  {
    key: "chuan-tiep-can",
    name: "Xây dựng xã, phường đạt chuẩn tiếp cận pháp luật",
    description: "Kết quả đánh giá, công nhận xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật.",
    colors: ["#1d5e2b", "#3f9e4f"],
  },
  { key: "tro-giup", name: "Trợ giúp pháp lý", description: "Trợ giúp pháp lý miễn phí cho người dân thuộc diện được trợ giúp.", colors: ["#7b1c5a", "#c2408f"] },
  { key: "guong", name: "Gương điển hình", description: "Những tập thể, cá nhân tiêu biểu trong thực hiện pháp luật.", colors: ["#5c3d1e", "#a0703c"] },
];
