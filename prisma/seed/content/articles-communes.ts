import type { ArticleSeed } from "../types";

// News of communes and wards. Đông Yên and Tây Yên were merged into Yên Bình (see units.ts): their
// articles now belong to Yên Bình but still show the commune that wrote them.

export const COMMUNE_ARTICLES: ArticleSeed[] = [
  {
    key: "dy-ngay-hoi-phap-luat",
    unit: "Xã Đông Yên",
    category: "tin",
    writer: "luong.phuc@demo.local",
    title: "Xã Đông Yên tổ chức \"Ngày hội pháp luật\" cho người dân",
    sapo:
      "Hơn 300 người dân xã Đông Yên tham gia ngày hội với các hoạt động thi hỏi đáp pháp luật, tư vấn miễn phí và trưng bày sách, tài liệu pháp luật tại sân Ủy ban nhân dân xã.",
    body: [
      "Ngày hội do Ủy ban nhân dân xã Đông Yên phối hợp với Phòng Tư pháp huyện An Lạc tổ chức, với sự tham gia của các chi hội phụ nữ, nông dân, cựu chiến binh và đoàn thanh niên ở 7 thôn.",
      "Phần thi hỏi đáp với những câu hỏi về an toàn giao thông, phòng cháy, chữa cháy, hộ tịch diễn ra sôi nổi. Đội thôn Yên Thượng giành giải nhất nhờ trả lời chính xác và nhanh nhất.",
      "Tại góc tư vấn, công chức tư pháp – hộ tịch và luật sư tình nguyện giải đáp cho người dân về thủ tục tặng cho quyền sử dụng đất, lập di chúc, đăng ký thường trú.",
      "Ông Lương Văn Phúc, công chức tư pháp – hộ tịch xã, cho biết ngày hội là dịp để người dân tiếp cận pháp luật một cách nhẹ nhàng, gần gũi, qua đó nâng cao ý thức chấp hành pháp luật trong cộng đồng.",
    ],
    byline: "Lương Văn Phúc",
    tags: ["ngày hội pháp luật", "tủ sách pháp luật"],
    state: "PUBLISHED",
    daysAgo: 55,
    cover: {
      caption: "Các đội thi hỏi đáp pháp luật tại Ngày hội pháp luật xã Đông Yên.",
      alt: "Người dân ngồi dưới mái rạp theo dõi phần thi trên sân khấu",
    },
  },
  {
    key: "ty-hoa-giai-loi-di",
    unit: "Xã Tây Yên",
    category: "hoa-giai",
    writer: "vi.sen@demo.local",
    title: "Tổ hòa giải thôn Tây Hạ hóa giải mâu thuẫn về lối đi chung kéo dài nhiều năm",
    sapo:
      "Sau ba buổi hòa giải, hai gia đình ở thôn Tây Hạ, xã Tây Yên đã thống nhất mở lại lối đi chung rộng 2,5 mét, chấm dứt mâu thuẫn kéo dài gần 5 năm.",
    body: [
      "Nguyên nhân mâu thuẫn là một gia đình xây tường rào lấn sang lối đi chung vốn được hai nhà sử dụng từ nhiều năm trước, khiến gia đình còn lại không thể đưa xe máy cày vào nhà.",
      "Tổ hòa giải thôn đã mời công chức địa chính xã cùng xem xét hồ sơ địa chính, đo đạc thực tế, đồng thời gặp riêng từng gia đình để lắng nghe nguyện vọng.",
      "Các hòa giải viên phân tích quy định của Bộ luật Dân sự về quyền về lối đi qua bất động sản liền kề, kết hợp với tình làng nghĩa xóm. Cuối cùng, gia đình xây tường đồng ý lùi tường rào, gia đình còn lại hỗ trợ một phần chi phí.",
      "Biên bản hòa giải thành được lập và gửi Ủy ban nhân dân xã theo dõi. Hai gia đình đã cùng nhau làm lại lối đi trước mùa thu hoạch.",
    ],
    byline: "Vi Thị Sen",
    tags: ["hòa giải cơ sở", "tranh chấp đất đai"],
    state: "PUBLISHED",
    daysAgo: 50,
    cover: {
      caption: "Lối đi chung ở thôn Tây Hạ sau khi được mở rộng.",
      alt: "Con đường bê tông nhỏ nằm giữa hai bức tường rào ở làng quê",
    },
  },
  {
    key: "yb-kien-toan-to-hoa-giai",
    unit: "Xã Yên Bình",
    category: "hoa-giai",
    writer: "vi.sen@demo.local",
    title: "Xã Yên Bình kiện toàn 12 tổ hòa giải sau sắp xếp đơn vị hành chính",
    sapo:
      "Sau khi được thành lập trên cơ sở nhập hai xã Đông Yên và Tây Yên, xã Yên Bình đã kiện toàn 12 tổ hòa giải với 78 hòa giải viên, bảo đảm mỗi thôn có một tổ hoạt động ổn định.",
    body: [
      "Việc sắp xếp đơn vị hành chính kéo theo sáp nhập một số thôn, thay đổi địa bàn hoạt động của các tổ hòa giải. Ủy ban nhân dân xã đã rà soát, lựa chọn hòa giải viên có kinh nghiệm, uy tín ở cả hai xã cũ.",
      "Mỗi tổ có từ 5 đến 7 thành viên, trong đó có ít nhất một hòa giải viên nữ, bảo đảm thuận lợi khi hòa giải các vụ việc liên quan đến hôn nhân và gia đình.",
      "Các tổ hòa giải được tiếp tục sử dụng sổ theo dõi và hồ sơ vụ việc của tổ cũ, tránh gián đoạn việc theo dõi những vụ việc đã hòa giải thành nhưng cần tiếp tục động viên các bên thực hiện.",
      "Xã cũng đề nghị Phòng Tư pháp huyện An Lạc tổ chức tập huấn cho các hòa giải viên mới được bầu trong quý tới.",
    ],
    byline: "Vi Thị Sen",
    tags: ["hòa giải cơ sở", "sắp xếp đơn vị hành chính"],
    state: "PUBLISHED",
    daysAgo: 7,
    cover: {
      caption: "Hội nghị kiện toàn tổ hòa giải xã Yên Bình.",
      alt: "Đại biểu giơ tay biểu quyết trong hội trường xã",
    },
  },
  {
    key: "bm-tu-sach-phap-luat",
    unit: "Xã Bình Minh",
    category: "chuan-tiep-can",
    writer: "kieu.oanh@demo.local",
    title: "Xã Bình Minh đưa tủ sách pháp luật đến nhà văn hóa 6 thôn",
    sapo:
      "Thay vì chỉ đặt tại trụ sở Ủy ban nhân dân xã, tủ sách pháp luật của xã Bình Minh được chia thành 6 ngăn sách nhỏ đặt tại nhà văn hóa các thôn, giúp người dân mượn đọc thuận tiện hơn.",
    body: [
      "Mỗi ngăn sách có khoảng 60 đầu sách, tài liệu hỏi đáp pháp luật về đất đai, hôn nhân và gia đình, an toàn giao thông, phòng cháy, chữa cháy, được định kỳ luân chuyển giữa các thôn ba tháng một lần.",
      "Trưởng thôn là người quản lý ngăn sách, ghi sổ theo dõi mượn, trả. Tủ sách được mở vào các buổi sinh hoạt thôn và tối thứ bảy hằng tuần.",
      "Tủ sách pháp luật là một nội dung được đánh giá trong tiêu chí phổ biến, giáo dục pháp luật của chuẩn tiếp cận pháp luật. Từ khi đưa sách về thôn, số lượt mượn đọc tăng gấp ba lần so với trước.",
      "Xã Bình Minh kêu gọi các cơ quan, đơn vị, cá nhân ủng hộ sách, tài liệu pháp luật để bổ sung cho các ngăn sách thôn.",
    ],
    byline: "Kiều Thị Oanh",
    tags: ["tủ sách pháp luật", "chuẩn tiếp cận pháp luật"],
    state: "PUBLISHED",
    daysAgo: 13,
    cover: {
      caption: "Ngăn sách pháp luật tại nhà văn hóa thôn Bình Trung.",
      alt: "Giá sách gỗ nhỏ với các cuốn sách pháp luật xếp ngay ngắn",
    },
  },
  {
    key: "dt-phong-chay-nha-o-kinh-doanh",
    unit: "Phường Nguyên Giang",
    category: "tim-hieu",
    writer: "tong.hai@demo.local",
    title: "Nhà ở kết hợp kinh doanh: những yêu cầu về phòng cháy, chữa cháy cần biết",
    sapo:
      "Phường Đông Thành có gần 900 nhà ở kết hợp kinh doanh. Nhiều hộ vẫn chưa trang bị bình chữa cháy, chưa có lối thoát nạn thứ hai. Bài viết tóm tắt những yêu cầu cơ bản mà mỗi hộ cần thực hiện.",
    body: [
      "Nhà ở kết hợp kinh doanh là loại hình có nguy cơ cháy cao do tập trung nhiều hàng hóa dễ cháy, sử dụng nhiều thiết bị điện, trong khi người ở thường ngủ ngay tại tầng trên khu kinh doanh.",
      { h2: "Những việc mỗi hộ cần làm" },
      {
        list: [
          "Bố trí khu vực kinh doanh tách biệt với khu vực ở; không để hàng hóa chắn lối đi, cầu thang;",
          "Trang bị bình chữa cháy xách tay và đặt ở nơi dễ thấy, dễ lấy;",
          "Có lối thoát nạn thứ hai qua ban công, mái hoặc sang nhà liền kề; không lắp lồng sắt kín cửa sổ, ban công;",
          "Kiểm tra định kỳ hệ thống điện, không để ổ cắm quá tải, ngắt điện khu vực kinh doanh khi không sử dụng;",
          "Lắp thiết bị báo cháy cục bộ, đặc biệt ở khu vực ngủ.",
        ],
      },
      "Công an phường khuyến khích các hộ tham gia mô hình \"Tổ liên gia an toàn phòng cháy, chữa cháy\", trong đó các hộ liền kề cùng hỗ trợ nhau khi có sự cố.",
      "Người dân có thể liên hệ Công an phường để được hướng dẫn, kiểm tra miễn phí điều kiện an toàn phòng cháy, chữa cháy tại nhà.",
    ],
    byline: "Tống Minh Hải",
    tags: ["phòng cháy chữa cháy", "an toàn cộng đồng"],
    state: "PUBLISHED",
    daysAgo: 5,
    cover: {
      caption: "Cán bộ Công an phường Đông Thành hướng dẫn hộ kinh doanh sử dụng bình chữa cháy.",
      alt: "Cán bộ công an cầm bình chữa cháy hướng dẫn một chủ cửa hàng",
    },
  },
];
