import type { ArticleSeed } from "../types";

// News of the provincial police (Công an tỉnh): online fraud, identity cards, drugs, traffic.

export const POLICE_ARTICLES: ArticleSeed[] = [
  {
    key: "ca-lua-dao-truc-tuyen",
    unit: "Công an tỉnh",
    category: "tim-hieu",
    writer: "bui.son@demo.local",
    title: "Nhận diện 6 thủ đoạn lừa đảo trực tuyến phổ biến và cách phòng tránh",
    sapo:
      "Từ đầu năm đến nay, Công an tỉnh tiếp nhận hơn 140 tin báo về lừa đảo chiếm đoạt tài sản qua mạng, nhiều người bị mất hàng trăm triệu đồng. Phần lớn các vụ việc đều có thể tránh được nếu người dân nhận diện sớm thủ đoạn.",
    body: [
      "Theo Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh, các đối tượng lừa đảo liên tục thay đổi kịch bản, lợi dụng tâm lý lo lắng, hám lợi hoặc thiếu hiểu biết về công nghệ của người dân.",
      { h2: "Những thủ đoạn thường gặp" },
      {
        list: [
          "Giả danh công an, viện kiểm sát, tòa án gọi điện thông báo người nghe liên quan đến vụ án, yêu cầu chuyển tiền để \"xác minh\";",
          "Giả danh nhân viên điện lực, viễn thông, ngân hàng đề nghị cài ứng dụng lạ để \"cập nhật thông tin\";",
          "Tuyển cộng tác viên làm việc online, giao \"nhiệm vụ\" nhỏ trả thưởng rồi yêu cầu nạp tiền ngày càng lớn;",
          "Chiếm đoạt tài khoản mạng xã hội để nhắn tin vay tiền người thân, bạn bè;",
          "Hứa hẹn hỗ trợ lấy lại tiền đã bị lừa, thu \"phí dịch vụ\" trước;",
          "Gửi đường link giả mạo trang dịch vụ công để thu thập mật khẩu và mã OTP.",
        ],
      },
      { h2: "Người dân cần làm gì?" },
      "Cơ quan công an không làm việc, không yêu cầu chuyển tiền qua điện thoại. Người dân tuyệt đối không cung cấp mã OTP, mật khẩu, không cài ứng dụng theo hướng dẫn của người lạ và không nhấn vào đường link không rõ nguồn gốc.",
      "Khi nhận được tin nhắn vay tiền từ tài khoản của người quen, cần gọi điện trực tiếp để xác minh. Trường hợp đã chuyển tiền, cần liên hệ ngay ngân hàng để đề nghị phong tỏa giao dịch và trình báo cơ quan công an gần nhất, mang theo các chứng cứ như tin nhắn, sao kê tài khoản.",
      "Hành vi lừa đảo chiếm đoạt tài sản, tùy tính chất và mức độ, có thể bị xử phạt vi phạm hành chính hoặc truy cứu trách nhiệm hình sự theo quy định của Bộ luật Hình sự.",
    ],
    byline: "Bùi Ngọc Sơn",
    source: "Công an tỉnh Thanh Nguyên",
    tags: ["phòng chống lừa đảo trực tuyến", "an ninh mạng"],
    state: "PUBLISHED",
    daysAgo: 2,
    cover: {
      caption: "Lừa đảo qua điện thoại và mạng xã hội ngày càng tinh vi.",
      alt: "Bàn tay cầm điện thoại hiển thị cuộc gọi từ số lạ",
    },
    featured: 2,
  },
  {
    key: "ca-luat-can-cuoc",
    unit: "Công an tỉnh",
    category: "hoi-dap",
    writer: "bui.son@demo.local",
    title: "Luật Căn cước: 5 câu hỏi người dân thường đặt ra khi làm thẻ",
    sapo:
      "Trẻ em dưới 14 tuổi có phải làm thẻ căn cước không? Thẻ căn cước công dân cũ còn dùng được đến khi nào? Công an tỉnh giải đáp những thắc mắc thường gặp tại bộ phận tiếp nhận hồ sơ.",
    body: [
      "Câu hỏi 1: Trẻ em dưới 14 tuổi có bắt buộc làm thẻ căn cước không?",
      "Trả lời: Theo Luật Căn cước, công dân Việt Nam dưới 14 tuổi được cấp thẻ căn cước theo nhu cầu. Việc làm thủ tục do cha, mẹ hoặc người giám hộ thực hiện; trẻ dưới 6 tuổi không phải thu nhận ảnh khuôn mặt, vân tay.",
      "Câu hỏi 2: Thẻ căn cước công dân đã cấp trước đây có còn giá trị sử dụng không?",
      "Trả lời: Thẻ căn cước công dân đã được cấp trước ngày Luật có hiệu lực vẫn có giá trị sử dụng đến hết thời hạn in trên thẻ. Người dân có nhu cầu thì được đổi sang thẻ căn cước.",
      "Câu hỏi 3: Thẻ căn cước mới có ghi quê quán không?",
      "Trả lời: Thẻ căn cước ghi nơi đăng ký khai sinh thay cho quê quán và nơi cư trú thay cho nơi thường trú; không còn in vân tay trên thẻ.",
      "Câu hỏi 4: Có thể làm thẻ ở nơi không phải nơi cư trú không?",
      "Trả lời: Công dân có thể đến cơ quan quản lý căn cước thuận tiện nhất để làm thủ tục, không phụ thuộc nơi cư trú.",
      "Câu hỏi 5: Căn cước điện tử dùng để làm gì?",
      "Trả lời: Căn cước điện tử được tích hợp trên ứng dụng định danh quốc gia, có giá trị tương đương thẻ căn cước khi thực hiện thủ tục hành chính, giao dịch dân sự, giúp người dân không phải mang theo giấy tờ.",
    ],
    byline: "Bùi Ngọc Sơn",
    tags: ["Luật Căn cước", "thủ tục hành chính"],
    state: "PUBLISHED",
    daysAgo: 17,
    cover: {
      caption: "Cán bộ Công an thu nhận thông tin làm thẻ căn cước cho người dân.",
      alt: "Người dân đặt tay lên máy thu nhận vân tay tại quầy làm thẻ căn cước",
    },
  },
  {
    key: "ca-ma-tuy-hoc-duong",
    unit: "Công an tỉnh",
    category: "tin",
    writer: "bui.son@demo.local",
    title: "Hơn 1.200 học sinh được tuyên truyền về phòng, chống ma túy trong học đường",
    sapo:
      "Phòng Cảnh sát điều tra tội phạm về ma túy phối hợp với các trường trung học phổ thông ở Thành phố Nguyên Giang tổ chức ba buổi ngoại khóa, giúp học sinh nhận biết các loại ma túy \"núp bóng\" đồ ăn, thức uống.",
    body: [
      "Tại các buổi ngoại khóa, báo cáo viên giới thiệu tình hình tội phạm và tệ nạn ma túy, đặc biệt là các loại ma túy tổng hợp được ngụy trang dưới dạng kẹo, tem giấy, nước uống đóng chai hay thuốc lá điện tử.",
      {
        figure: "truong-hoc",
        alt: "Sân trường với học sinh mặc áo đồng phục ngồi theo hàng nghe tuyên truyền",
        caption: "Học sinh Trường THPT Nguyên Giang nghe tuyên truyền về tác hại của ma túy.",
      },
      "Báo cáo viên cũng phổ biến các quy định của Luật Phòng, chống ma túy về trách nhiệm của gia đình, nhà trường trong việc giáo dục, quản lý học sinh; các hành vi bị nghiêm cấm và chế tài xử lý.",
      "Nhiều câu hỏi được học sinh gửi đến như: nếu bị bạn rủ dùng thử thì từ chối thế nào, thấy người lạ mời chào bán hàng trước cổng trường thì báo cho ai. Các em được hướng dẫn kỹ năng từ chối và cách thông tin đến giáo viên chủ nhiệm, cơ quan công an.",
      "Đợt tuyên truyền sẽ tiếp tục được tổ chức tại các trường trung học cơ sở và trung học phổ thông ở các huyện trong thời gian tới.",
    ],
    byline: "Bùi Ngọc Sơn",
    tags: ["phòng chống ma túy", "pháp luật học đường"],
    state: "PUBLISHED",
    daysAgo: 25,
    cover: {
      caption: "Báo cáo viên giới thiệu mẫu các loại ma túy tổng hợp ngụy trang.",
      alt: "Báo cáo viên cầm micro đứng trước lớp học sinh",
    },
  },
  {
    key: "ca-nong-do-con",
    unit: "Công an tỉnh",
    category: "tim-hieu",
    writer: "bui.son@demo.local",
    title: "Đã uống rượu, bia thì không lái xe: người tham gia giao thông cần nhớ gì?",
    sapo:
      "Pháp luật nghiêm cấm điều khiển phương tiện giao thông mà trong máu hoặc hơi thở có nồng độ cồn. Ngoài tiền phạt, người vi phạm còn bị trừ điểm giấy phép lái xe và có thể bị tạm giữ phương tiện.",
    body: [
      "Qua các đợt kiểm tra cao điểm, lực lượng Cảnh sát giao thông tỉnh vẫn phát hiện nhiều trường hợp điều khiển xe mô tô, ô tô sau khi uống rượu, bia, nhất là vào dịp cuối tuần, lễ, Tết và mùa cưới.",
      { h2: "Không có ngưỡng nồng độ cồn \"cho phép\"" },
      "Luật Trật tự, an toàn giao thông đường bộ quy định nghiêm cấm điều khiển phương tiện tham gia giao thông đường bộ mà trong máu hoặc hơi thở có nồng độ cồn. Điều này có nghĩa là chỉ cần đo được nồng độ cồn, người điều khiển đã vi phạm.",
      "Mức xử phạt được chia theo nồng độ cồn đo được và loại phương tiện. Bên cạnh phạt tiền, người vi phạm có thể bị trừ điểm giấy phép lái xe, tạm giữ phương tiện; trường hợp gây tai nạn nghiêm trọng có thể bị truy cứu trách nhiệm hình sự.",
      { h2: "Những lời khuyên thiết thực" },
      {
        list: [
          "Đã uống rượu, bia thì nhờ người thân đưa đón hoặc đi xe taxi, xe công nghệ;",
          "Không để người đã uống rượu, bia mượn xe của mình;",
          "Hợp tác với lực lượng chức năng khi được yêu cầu kiểm tra nồng độ cồn.",
        ],
      },
      "Công an tỉnh khuyến cáo mỗi gia đình, cơ quan, đơn vị cùng nhắc nhở nhau thực hiện nghiêm quy định này, góp phần kéo giảm tai nạn giao thông.",
    ],
    byline: "Bùi Ngọc Sơn",
    tags: ["an toàn giao thông", "phòng chống tác hại rượu bia"],
    state: "PUBLISHED",
    daysAgo: 40,
    cover: {
      caption: "Cảnh sát giao thông kiểm tra nồng độ cồn người điều khiển xe mô tô.",
      alt: "Chiến sĩ cảnh sát giao thông đưa máy đo nồng độ cồn cho người đi xe máy",
    },
  },
];
