import type { ArticleSeed } from "../types";
import { DEMO_AUTHOR_EMAIL, DEMO_FORMER_DISTRICT_NAME, DEMO_UNIT_NAME } from "../constants";

// News of Xã An Lạc, the demo commune: its author and approver are the demo accounts, so its articles
// sit in every state a tester needs (waiting for approval, returned, scheduled, drafts). Some were
// written by Huyện An Lạc before the district was merged into the commune: they keep its name, and its
// drafts carried on in the commune's queue.

export const AN_LAC_ARTICLES: ArticleSeed[] = [
  {
    key: "al-hoa-giai-co-so",
    unit: DEMO_UNIT_NAME,
    category: "hoa-giai",
    writer: DEMO_AUTHOR_EMAIL,
    title: "An Lạc: hơn 9 trên 10 vụ việc hòa giải ở cơ sở thành công",
    sapo:
      "Trong năm qua, 126 tổ hòa giải trên địa bàn huyện An Lạc tiếp nhận 138 vụ việc, hòa giải thành 127 vụ, đạt tỷ lệ 92%. Nhiều mâu thuẫn về đất đai, hôn nhân được giải quyết ngay từ thôn, xóm.",
    body: [
      "Theo Phòng Tư pháp huyện An Lạc, các vụ việc chủ yếu liên quan đến tranh chấp ranh giới đất, lối đi chung, mâu thuẫn gia đình và va chạm trong sinh hoạt hằng ngày. Nhờ được hòa giải kịp thời, nhiều vụ việc không phải chuyển lên chính quyền hay tòa án.",
      { h2: "Chọn đúng người, đúng lúc" },
      "Kinh nghiệm của huyện là kiện toàn tổ hòa giải với thành phần có uy tín như trưởng thôn, chi hội trưởng phụ nữ, cựu chiến binh, người cao tuổi, và ưu tiên người am hiểu phong tục, tập quán của địa phương.",
      "Ông Trần Văn Lộc, tổ trưởng tổ hòa giải thôn Đồng Lạc, chia sẻ: \"Mâu thuẫn để lâu thì thành hận. Nghe tin có chuyện là chúng tôi đến ngay, nghe cả hai bên nói hết rồi mới phân tích lý, tình.\"",
      { h2: "Kết quả theo lĩnh vực" },
      {
        list: [
          "Tranh chấp đất đai, ranh giới: 54 vụ, hòa giải thành 47 vụ;",
          "Hôn nhân và gia đình: 39 vụ, hòa giải thành 37 vụ;",
          "Mâu thuẫn trong sinh hoạt cộng đồng: 45 vụ, hòa giải thành 43 vụ.",
        ],
      },
      "Năm tới, huyện tiếp tục tập huấn kỹ năng cho hòa giải viên, hỗ trợ thù lao theo vụ việc và khen thưởng kịp thời các tổ hòa giải tiêu biểu.",
    ],
    byline: "Nguyễn Thị Mai",
    tags: ["hòa giải cơ sở", "tranh chấp đất đai"],
    state: "PUBLISHED",
    daysAgo: 4,
    cover: {
      caption: "Một buổi hòa giải tại nhà văn hóa thôn Đồng Lạc.",
      alt: "Tổ hòa giải và hai gia đình ngồi quanh bàn tại nhà văn hóa thôn",
    },
    featured: 4,
  },
  {
    key: "al-dia-chi-tin-cay",
    unit: DEMO_UNIT_NAME,
    category: "tin",
    writer: DEMO_AUTHOR_EMAIL,
    title: "Ra mắt 14 \"địa chỉ tin cậy\" phòng, chống bạo lực gia đình ở An Lạc",
    sapo:
      "Mỗi xã, thị trấn của huyện An Lạc có một gia đình hoặc nhà văn hóa được chọn làm nơi tạm lánh an toàn cho người bị bạo lực gia đình, kèm đường dây điện thoại để báo tin bất kể ngày đêm.",
    body: [
      "Mô hình \"địa chỉ tin cậy\" được Ủy ban nhân dân huyện An Lạc triển khai theo Luật Phòng, chống bạo lực gia đình, nhằm bảo vệ, hỗ trợ kịp thời người bị bạo lực, đặc biệt là phụ nữ và trẻ em.",
      "Các địa chỉ tin cậy được gắn biển, công khai số điện thoại của người phụ trách. Khi có người đến lánh nạn, người phụ trách có trách nhiệm tiếp nhận, bảo đảm an toàn, thông báo cho trưởng thôn và công an xã để có biện pháp ngăn chặn hành vi bạo lực.",
      { h2: "Không chỉ là nơi tạm lánh" },
      "Sau khi tiếp nhận, tổ hòa giải và Hội Phụ nữ xã phối hợp tìm hiểu nguyên nhân, gặp gỡ các bên để hòa giải nếu phù hợp. Trường hợp hành vi bạo lực nghiêm trọng, người bị bạo lực được hướng dẫn đề nghị áp dụng biện pháp cấm tiếp xúc hoặc trình báo cơ quan chức năng.",
      "Bà Phạm Thị Xuân, Chủ tịch Hội Liên hiệp Phụ nữ huyện, cho biết điều quan trọng nhất là làm sao để người bị bạo lực dám lên tiếng. \"Nhiều chị em chịu đựng nhiều năm vì sợ mang tiếng, sợ con cái bị ảnh hưởng\", bà nói.",
      "Cùng với việc ra mắt mô hình, huyện tổ chức tuyên truyền Luật Phòng, chống bạo lực gia đình tại các thôn, lồng ghép trong sinh hoạt chi hội phụ nữ, nông dân, người cao tuổi.",
    ],
    byline: "Nguyễn Thị Mai",
    tags: ["phòng chống bạo lực gia đình", "bình đẳng giới"],
    state: "PUBLISHED",
    daysAgo: 15,
    cover: {
      caption: "Biển \"Địa chỉ tin cậy\" tại nhà văn hóa xã An Phú.",
      alt: "Biển màu xanh ghi địa chỉ tin cậy gắn trên cổng nhà văn hóa",
    },
  },
  {
    key: "al-tuyen-truyen-luu-dong",
    unit: DEMO_FORMER_DISTRICT_NAME,
    category: "tin",
    writer: DEMO_AUTHOR_EMAIL,
    title: "Xe tuyên truyền lưu động đưa pháp luật về các thôn, xóm của huyện An Lạc",
    sapo:
      "Trong 10 ngày, xe tuyên truyền lưu động của huyện An Lạc đã đi qua các xã, thị trấn, phát các bản tin pháp luật ngắn về Luật Đất đai, Luật Căn cước và phòng, chống lừa đảo trực tuyến.",
    body: [
      "Các bản tin được Phòng Tư pháp và Phòng Văn hóa – Thông tin huyện biên soạn ngắn gọn, dễ hiểu, mỗi bản tin dài từ 3 đến 5 phút, xen kẽ với các ca khúc về quê hương, đất nước.",
      "Xe dừng tại các chợ, khu đông dân cư vào buổi sáng sớm và chiều muộn, khi người dân đi làm đồng về. Tại mỗi điểm dừng, cán bộ tư pháp phát tờ gấp và trả lời trực tiếp những câu hỏi của người dân.",
      "Nhiều người dân cho biết hình thức này phù hợp với người cao tuổi, người ít sử dụng điện thoại thông minh. \"Nghe loa ngoài chợ, về nhà kể lại cho con cháu\", bà Lê Thị Hồng ở xã Tân Hòa nói.",
      "Kế hoạch tuyên truyền của huyện trong năm, trong đó có lịch chạy xe lưu động các đợt tiếp theo, được đăng kèm bài viết này.",
    ],
    byline: "Nguyễn Thị Mai",
    tags: ["tuyên truyền lưu động", "Luật Căn cước", "phòng chống lừa đảo trực tuyến"],
    state: "PUBLISHED",
    daysAgo: 33,
    cover: {
      caption: "Xe tuyên truyền lưu động dừng tại chợ An Lạc.",
      alt: "Xe ô tô gắn loa và băng rôn tuyên truyền đỗ cạnh khu chợ",
    },
    attachments: ["ke-hoach"],
  },
  {
    key: "al-tap-huan-hoa-giai-vien",
    unit: DEMO_FORMER_DISTRICT_NAME,
    category: "hoa-giai",
    writer: DEMO_AUTHOR_EMAIL,
    title: "Huyện An Lạc tập huấn kỹ năng hòa giải cho 150 hòa giải viên",
    sapo:
      "Lớp tập huấn tập trung vào kỹ năng lắng nghe, kiểm soát cảm xúc của các bên và cách vận dụng quy định pháp luật về đất đai, hôn nhân và gia đình trong hòa giải.",
    body: [
      "Lớp tập huấn do Phòng Tư pháp huyện tổ chức trong hai ngày, dành cho tổ trưởng và thành viên các tổ hòa giải ở 14 xã, thị trấn.",
      "Ngoài phần giới thiệu Luật Hòa giải ở cơ sở và các văn bản hướng dẫn, học viên được thực hành hòa giải qua các tình huống giả định, có nhận xét của giảng viên.",
      "Các học viên cũng được hướng dẫn cách ghi sổ theo dõi hoạt động hòa giải, lập biên bản hòa giải thành và đề nghị công nhận kết quả hòa giải thành tại tòa án khi cần.",
      "Kết thúc lớp học, mỗi học viên được phát sổ tay hòa giải viên và tài liệu hỏi đáp pháp luật.",
    ],
    byline: "Nguyễn Thị Mai",
    tags: ["hòa giải cơ sở", "tập huấn"],
    state: "SUBMITTED",
    daysAgo: 0,
    cover: {
      caption: "Học viên thực hành tình huống hòa giải.",
      alt: "Hai nhóm học viên đóng vai các bên trong một buổi hòa giải",
    },
  },
  {
    key: "al-hoi-dap-khai-sinh",
    unit: DEMO_UNIT_NAME,
    category: "hoi-dap",
    writer: DEMO_AUTHOR_EMAIL,
    title: "Hỏi đáp: Đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn",
    sapo:
      "Vợ chồng tôi chung sống nhưng chưa đăng ký kết hôn, nay sinh con thì làm khai sinh thế nào, con có được ghi tên cha không? Phòng Tư pháp huyện An Lạc trả lời.",
    body: [
      "Trả lời: Theo pháp luật về hộ tịch, trường hợp cha, mẹ chưa đăng ký kết hôn, trẻ vẫn được đăng ký khai sinh bình thường tại Ủy ban nhân dân cấp xã nơi cư trú của cha hoặc mẹ.",
      "Nếu người cha muốn được ghi tên trong giấy khai sinh, cha và mẹ cùng làm thủ tục nhận cha, con kết hợp với đăng ký khai sinh. Hồ sơ gồm tờ khai đăng ký khai sinh, giấy chứng sinh và chứng cứ chứng minh quan hệ cha, con, hoặc văn bản cam đoan của cha, mẹ kèm xác nhận của ít nhất hai người làm chứng.",
      "Thời hạn đăng ký khai sinh là 60 ngày kể từ ngày sinh con. Người dân có thể nộp hồ sơ trực tuyến trên Cổng dịch vụ công hoặc trực tiếp tại bộ phận một cửa của xã.",
      "Phòng Tư pháp cũng khuyến khích các cặp vợ chồng đăng ký kết hôn để được pháp luật bảo vệ quyền, nghĩa vụ của vợ, chồng và con cái.",
    ],
    byline: "Nguyễn Thị Mai",
    tags: ["hộ tịch", "đăng ký khai sinh"],
    state: "SUBMITTED",
    daysAgo: 1,
  },
  {
    key: "al-an-toan-giao-thong",
    unit: DEMO_UNIT_NAME,
    category: "tin",
    writer: DEMO_AUTHOR_EMAIL,
    title: "AN LẠC RA QUÂN BẢO ĐẢM AN TOÀN GIAO THÔNG CHO HỌC SINH",
    sapo:
      "Huyện An Lạc ra quân bảo đảm an toàn giao thông cho học sinh dịp khai giảng.",
    body: [
      "Huyện An Lạc ra quân bảo đảm an toàn giao thông cho học sinh dịp khai giảng.",
      "Lực lượng công an, đoàn thanh niên phối hợp với nhà trường phân luồng giao thông tại cổng các trường vào giờ tan học.",
      "Nhiều học sinh chưa đủ tuổi vẫn điều khiển xe máy đến trường, theo số liệu thì số vụ vi phạm đã giảm nhiều.",
      "Xem thêm tại http://anlac.example.vn/tin-tuc.",
    ],
    byline: "Nguyễn Thị Mai",
    tags: ["an toàn giao thông"],
    state: "RETURNED",
    daysAgo: 2,
    reason:
      "Đề nghị sửa tiêu đề (không viết hoa toàn bộ), viết lại sapo để không trùng câu đầu của bài; nêu rõ nguồn và con số cụ thể của \"số vụ vi phạm đã giảm\"; đường link phải dùng https.",
  },
  {
    key: "al-chuan-tiep-can-nhap",
    unit: DEMO_FORMER_DISTRICT_NAME,
    category: "chuan-tiep-can",
    writer: DEMO_AUTHOR_EMAIL,
    title: "Kết quả xây dựng xã, thị trấn đạt chuẩn tiếp cận pháp luật của huyện An Lạc",
    sapo:
      "Huyện An Lạc có 12 trên 14 xã, thị trấn đạt chuẩn tiếp cận pháp luật; hai xã chưa đạt do tiêu chí hòa giải ở cơ sở và thủ tục hành chính.",
    body: [
      "Hội đồng đánh giá huyện đã họp, xem xét hồ sơ của 14 xã, thị trấn.",
      "Các tiêu chí có tỷ lệ đạt cao là công khai thông tin, phổ biến pháp luật. Tiêu chí về thủ tục hành chính còn hạn chế ở khâu giải quyết đúng hạn.",
      "Hai xã chưa đạt sẽ được hướng dẫn khắc phục trong năm tới.",
      "(Chờ bổ sung bảng điểm từng xã.)",
    ],
    byline: "Nguyễn Thị Mai",
    tags: ["chuẩn tiếp cận pháp luật"],
    state: "DRAFT",
    daysAgo: 1,
  },
  {
    key: "al-lich-tiep-cong-dan",
    unit: DEMO_FORMER_DISTRICT_NAME,
    category: "tin",
    writer: DEMO_AUTHOR_EMAIL,
    title: "Lịch tiếp công dân định kỳ của lãnh đạo huyện An Lạc",
    sapo: "Thông báo lịch tiếp công dân định kỳ trong tháng của Chủ tịch và các Phó Chủ tịch Ủy ban nhân dân huyện.",
    body: [
      "Chủ tịch Ủy ban nhân dân huyện tiếp công dân định kỳ vào ngày 15 hằng tháng tại Trụ sở tiếp công dân huyện.",
      "Trường hợp ngày tiếp công dân trùng ngày nghỉ, lễ thì lùi sang ngày làm việc kế tiếp.",
      "Người đến khiếu nại, tố cáo cần mang theo giấy tờ tùy thân và tài liệu liên quan.",
      "(Bài đăng nhầm chuyên mục, đã chuyển sang trang thông báo của huyện.)",
    ],
    byline: "Nguyễn Thị Mai",
    tags: ["tiếp công dân"],
    state: "DRAFT",
    daysAgo: 12,
    deleted: true,
  },
  {
    key: "al-cuoc-thi-anh",
    unit: DEMO_UNIT_NAME,
    category: "tin",
    writer: DEMO_AUTHOR_EMAIL,
    title: "Phát động cuộc thi ảnh \"Pháp luật trong đời sống thường ngày\" ở An Lạc",
    sapo:
      "Cuộc thi dành cho mọi người dân trong huyện, khuyến khích những bức ảnh ghi lại khoảnh khắc người dân chấp hành pháp luật, hòa giải mâu thuẫn, giữ gìn môi trường ở thôn, xóm.",
    body: [
      "Cuộc thi do Ủy ban nhân dân huyện An Lạc tổ chức, hưởng ứng Ngày Pháp luật Việt Nam. Mỗi tác giả gửi tối đa 5 ảnh đơn hoặc 2 bộ ảnh, kèm chú thích ngắn về hoàn cảnh chụp.",
      "Ảnh dự thi chụp trên địa bàn huyện, không chỉnh sửa làm sai lệch nội dung; tác giả chịu trách nhiệm về bản quyền và phải được sự đồng ý của người xuất hiện rõ mặt trong ảnh.",
      "Ban Tổ chức trao 1 giải nhất, 2 giải nhì, 3 giải ba và 5 giải khuyến khích. Các ảnh đạt giải được trưng bày tại Trung tâm Văn hóa huyện và đăng trên Cổng thông tin.",
      "Ảnh dự thi gửi về Phòng Tư pháp huyện qua thư điện tử hoặc nộp trực tiếp bằng thiết bị lưu trữ.",
    ],
    byline: "Nguyễn Thị Mai",
    tags: ["cuộc thi", "Ngày Pháp luật Việt Nam"],
    state: "SCHEDULED",
    daysAgo: 0,
    scheduledInDays: 1,
    cover: {
      caption: "Cuộc thi ảnh nhận tác phẩm trong 45 ngày.",
      alt: "Người dân cầm máy ảnh chụp cánh đồng lúa",
    },
  },
];

