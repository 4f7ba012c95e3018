import type { ArticleSeed } from "../types";

// News of the former districts' area: articles written before the reorganisation keep the district's
// name; later ones come from the ward or commune that succeeded it. Phường Nguyên Giang has two
// approval levels, so its articles wait for the provincial editor after the ward's approver endorses them.

export const DISTRICT_ARTICLES: ArticleSeed[] = [
  {
    key: "ng-ma-tuy-thanh-thieu-nien",
    unit: "Phường Nguyên Giang",
    category: "tin",
    writer: "trinh.hoa@demo.local",
    title: "Nguyên Giang tăng cường tuyên truyền phòng, chống ma túy trong thanh thiếu niên",
    sapo:
      "Phường Nguyên Giang đặt mục tiêu mỗi khu phố tổ chức ít nhất hai buổi tuyên truyền phòng, chống ma túy cho thanh thiếu niên trong quý, tập trung vào ma túy tổng hợp và thuốc lá điện tử có chứa chất ma túy.",
    body: [
      "Theo Công an thành phố, số người sử dụng trái phép chất ma túy được phát hiện trên địa bàn có xu hướng trẻ hóa, nhiều trường hợp bắt đầu từ việc dùng thử thuốc lá điện tử được mời chào tại quán cà phê, tụ điểm vui chơi.",
      "Ủy ban nhân dân thành phố yêu cầu các phường, xã phối hợp với nhà trường, Đoàn Thanh niên tổ chức tuyên truyền bằng hình thức phù hợp với người trẻ như video ngắn, cuộc thi trên mạng xã hội, sân khấu hóa.",
      "Gia đình được khuyến nghị quan tâm, theo dõi những thay đổi bất thường của con em về giờ giấc, bạn bè, chi tiêu; khi có nghi vấn cần trao đổi với nhà trường và công an phường để được hỗ trợ.",
      "Luật Phòng, chống ma túy quy định việc quản lý người sử dụng trái phép chất ma túy tại cộng đồng, đồng thời khuyến khích người nghiện tự nguyện cai nghiện tại gia đình, cộng đồng hoặc cơ sở cai nghiện.",
      "Thành phố cũng sẽ biểu dương các tập thể, cá nhân có thành tích trong phát hiện, tố giác tội phạm ma túy.",
    ],
    byline: "Trịnh Thị Hòa",
    tags: ["phòng chống ma túy", "thanh thiếu niên"],
    state: "ENDORSED",
    daysAgo: 1,
    cover: {
      caption: "Đoàn viên thanh niên phường Nam Hà ký cam kết nói không với ma túy.",
      alt: "Nhóm thanh niên ký tên trên tấm pano cam kết",
    },
  },
  {
    key: "ng-lan-chiem-via-he",
    unit: "Phường Nguyên Giang",
    category: "hoi-dap",
    writer: "trinh.hoa@demo.local",
    title: "Hỏi đáp: Lấn chiếm vỉa hè để kinh doanh bị xử lý thế nào?",
    sapo:
      "Nhà tôi mở quán ăn, buổi tối thường kê bàn ghế ra vỉa hè. Việc này có vi phạm không và bị xử lý ra sao? — Bạn đọc Vương Thị Kim, phường Đông Thành.",
    body: [
      "Trả lời: Vỉa hè là một bộ phận của đường bộ, dành cho người đi bộ. Việc sử dụng tạm thời một phần vỉa hè vào mục đích khác ngoài giao thông chỉ được thực hiện khi được cơ quan có thẩm quyền cho phép và phải bảo đảm phần vỉa hè còn lại cho người đi bộ theo quy định.",
      "Hành vi tự ý bày bán hàng, kê bàn ghế, để vật liệu trên vỉa hè, lòng đường khi chưa được phép có thể bị xử phạt vi phạm hành chính, kèm biện pháp buộc khôi phục lại tình trạng ban đầu.",
      "Ủy ban nhân dân thành phố đã ban hành quy định về quản lý, sử dụng tạm thời một phần vỉa hè trên một số tuyến phố. Gia đình bạn có thể liên hệ Ủy ban nhân dân phường để được hướng dẫn thủ tục và nộp phí theo quy định.",
      "Việc chấp hành quy định không chỉ giúp tránh bị xử phạt mà còn góp phần xây dựng đô thị văn minh, bảo đảm an toàn cho người đi bộ, nhất là người cao tuổi và trẻ em.",
    ],
    byline: "Trịnh Thị Hòa",
    tags: ["trật tự đô thị", "xử lý vi phạm hành chính"],
    state: "ENDORSED",
    daysAgo: 2,
  },
  {
    key: "ng-chuan-tiep-can",
    unit: "Phường Nguyên Giang",
    category: "chuan-tiep-can",
    writer: "trinh.hoa@demo.local",
    title: "Nguyên Giang: các khu phố giữ vững chuẩn tiếp cận pháp luật sau sắp xếp",
    sapo:
      "Phường Nguyên Giang, thành lập từ thành phố Nguyên Giang cũ, tiếp tục đạt chuẩn tiếp cận pháp luật; điểm bình quân các tiêu chí tăng so với năm trước, nhất là tiêu chí giải quyết thủ tục hành chính trực tuyến.",
    body: [
      "Kết quả được Hội đồng đánh giá thành phố thông qua sau khi xem xét hồ sơ tự đánh giá của các phường, xã và kiểm tra thực tế tại một số đơn vị.",
      { h2: "Điểm nhấn từ chuyển đổi số" },
      "Tỷ lệ hồ sơ thủ tục hành chính cấp xã được tiếp nhận và giải quyết trực tuyến tiếp tục tăng. Các phường đều có điểm truy cập Internet miễn phí tại bộ phận một cửa, có công chức hướng dẫn người dân nộp hồ sơ qua Cổng dịch vụ công.",
      {
        table: [
          ["Tiêu chí", "Điểm tối đa", "Điểm bình quân"],
          ["Công khai, minh bạch thông tin", "20", "19,1"],
          ["Phổ biến, giáo dục pháp luật", "30", "27,4"],
          ["Hòa giải ở cơ sở", "10", "9,2"],
          ["Thực hiện thủ tục hành chính", "20", "18,6"],
          ["Thực hiện dân chủ ở cơ sở", "20", "18,9"],
        ],
      },
      "Tuy vậy, một số phường còn hạn chế trong việc cập nhật tủ sách pháp luật và hoạt động của tổ hòa giải ở các khu dân cư mới.",
      "Ủy ban nhân dân thành phố yêu cầu các đơn vị duy trì, nâng cao chất lượng các tiêu chí, không để tình trạng đạt chuẩn rồi buông lỏng.",
    ],
    byline: "Trịnh Thị Hòa",
    tags: ["chuẩn tiếp cận pháp luật", "chuyển đổi số"],
    state: "PUBLISHED",
    daysAgo: 11,
    cover: {
      caption: "Bộ phận một cửa phường Đông Thành hướng dẫn người dân nộp hồ sơ trực tuyến.",
      alt: "Công chức phường hướng dẫn người dân thao tác trên máy tính",
    },
  },
  {
    key: "pl-tro-giup-luu-dong",
    unit: "Phường Phú Lâm",
    category: "tro-giup",
    writer: "cao.binh@demo.local",
    title: "Trợ giúp pháp lý lưu động: giải đáp 37 vụ việc cho người dân Phú Lâm",
    sapo:
      "Một ngày làm việc tại xã, đoàn trợ giúp pháp lý lưu động đã tư vấn cho 37 lượt người về thừa kế, đất đai, chế độ chính sách; 4 vụ việc được tiếp nhận để trợ giúp tiếp theo hình thức đại diện ngoài tố tụng.",
    body: [
      "Đợt trợ giúp pháp lý lưu động do Chi nhánh Trợ giúp pháp lý số 2 phối hợp với Ủy ban nhân dân thị xã Phú Lâm tổ chức, ưu tiên người thuộc hộ nghèo, người cao tuổi, người khuyết tật.",
      {
        figure: "tro-giup",
        alt: "Trợ giúp viên pháp lý ngồi bàn ghi chép, người dân xếp hàng chờ tư vấn",
        caption: "Người dân chờ được tư vấn tại điểm trợ giúp pháp lý lưu động ở nhà văn hóa khu phố Tân Thành.",
      },
      "Nhiều câu hỏi liên quan đến chia thừa kế khi cha mẹ mất không để lại di chúc, thủ tục cấp đổi giấy chứng nhận quyền sử dụng đất, chế độ trợ cấp cho người khuyết tật.",
      "Bà Nguyễn Thị Tư, 78 tuổi, nói: \"Tôi hỏi mãi chuyện mảnh đất của ông nhà để lại mà không biết hỏi ai. Hôm nay các cô, các chú giải thích cặn kẽ, lại hẹn về tận nhà giúp làm giấy tờ.\"",
      "Trợ giúp viên pháp lý cũng lưu ý người dân cảnh giác với những người tự xưng \"làm dịch vụ pháp lý\" thu tiền trước để \"chạy\" thủ tục.",
    ],
    byline: "Cao Thanh Bình",
    tags: ["trợ giúp pháp lý miễn phí", "thừa kế"],
    state: "PUBLISHED",
    daysAgo: 27,
    cover: {
      caption: "Đoàn trợ giúp pháp lý lưu động tại thị xã Phú Lâm.",
      alt: "Trợ giúp viên pháp lý trao tài liệu cho một cụ bà",
    },
  },
  {
    key: "pl-guong-hoa-giai-vien",
    unit: "Thị xã Phú Lâm",
    category: "guong",
    writer: "cao.binh@demo.local",
    title: "Bà Nguyễn Thị Lựu – người \"giữ lửa\" hòa giải ở khu phố Tân Thành",
    sapo:
      "Gần 20 năm làm hòa giải viên, bà Lựu đã cùng tổ hòa giải khu phố Tân Thành giải quyết hơn 200 vụ việc. Người dân quen gọi bà là \"cô Lựu hòa giải\".",
    body: [
      "Năm nay đã ngoài 65 tuổi, bà Nguyễn Thị Lựu vẫn đều đặn có mặt ở những cuộc hòa giải của khu phố. Nguyên là giáo viên tiểu học, bà nói nghề dạy học giúp bà kiên nhẫn và biết lắng nghe.",
      { h2: "Hòa giải bằng cả lý và tình" },
      "Bà kể, có vụ hai anh em ruột tranh chấp lối đi chung suốt ba năm, không nhìn mặt nhau. Bà đến nhà từng người nhiều lần, nhắc lại kỷ niệm thời cha mẹ còn sống, rồi mới cùng tổ hòa giải và cán bộ địa chính đo đạc, phân tích quy định. Cuối cùng hai gia đình thống nhất mở lối đi rộng hơn và cùng góp tiền đổ bê tông.",
      "\"Hòa giải không phải là phân xử ai thắng ai thua. Mình giúp các bên tự tìm ra cách giải quyết mà cả hai chấp nhận được\", bà Lựu chia sẻ.",
      "Bà cũng là người tích cực tìm hiểu pháp luật, thường xuyên đọc sách ở tủ sách pháp luật của khu phố và tham gia các lớp tập huấn của thị xã để cập nhật quy định mới.",
      "Với những đóng góp của mình, bà Lựu nhiều năm liền được Ủy ban nhân dân thị xã tặng giấy khen và được đề nghị khen thưởng cấp tỉnh.",
    ],
    byline: "Cao Thanh Bình",
    source: "Báo Thanh Nguyên",
    tags: ["hòa giải cơ sở", "gương điển hình"],
    state: "PUBLISHED",
    daysAgo: 38,
    cover: {
      caption: "Bà Nguyễn Thị Lựu (bên phải) trao đổi với người dân khu phố Tân Thành.",
      alt: "Một phụ nữ lớn tuổi đeo kính đang nói chuyện với hàng xóm trước hiên nhà",
    },
    featured: 5,
  },
  {
    key: "tk-doi-thoai-thu-hoi-dat",
    unit: "Huyện Tân Khê",
    category: "tin",
    writer: "dinh.khoa@demo.local",
    title: "Tân Khê đối thoại với người dân về bồi thường khi Nhà nước thu hồi đất làm đường",
    sapo:
      "Hơn 80 hộ dân có đất bị thu hồi để làm tuyến đường liên huyện đã được lãnh đạo huyện Tân Khê trực tiếp đối thoại, giải thích các quy định mới về bồi thường, hỗ trợ, tái định cư của Luật Đất đai năm 2024.",
    body: [
      "Buổi đối thoại được tổ chức tại hội trường Ủy ban nhân dân xã, có sự tham gia của đại diện các phòng chuyên môn, Trung tâm Phát triển quỹ đất và chủ đầu tư dự án.",
      "Người dân bày tỏ băn khoăn về giá đất tính bồi thường, việc hỗ trợ chuyển đổi nghề nghiệp và vị trí khu tái định cư. Lãnh đạo huyện giải thích giá đất cụ thể được xác định theo phương pháp định giá và được công khai để người dân góp ý.",
      "Theo quy định mới, khu tái định cư phải hoàn thiện các điều kiện về hạ tầng kỹ thuật, hạ tầng xã hội đồng bộ theo quy hoạch trước khi bố trí cho người dân. Người có đất thu hồi được bồi thường bằng đất có cùng mục đích sử dụng, nếu không có thì được bồi thường bằng tiền hoặc đất khác mục đích, nhà ở.",
      "Các ý kiến chưa được giải đáp tại buổi đối thoại được ghi nhận và sẽ được trả lời bằng văn bản trong 15 ngày làm việc.",
      "Huyện cũng cử cán bộ tư pháp và hòa giải viên hỗ trợ các hộ có mâu thuẫn nội bộ gia đình liên quan đến việc nhận tiền bồi thường.",
    ],
    byline: "Đinh Văn Khoa",
    tags: ["Luật Đất đai", "bồi thường tái định cư", "đối thoại với nhân dân"],
    state: "PUBLISHED",
    daysAgo: 31,
    cover: {
      caption: "Người dân phát biểu ý kiến tại buổi đối thoại.",
      alt: "Một người đàn ông đứng cầm micro phát biểu trong hội trường",
    },
  },
  {
    key: "mk-nguoi-co-uy-tin",
    unit: "Huyện Mường Khoa",
    category: "guong",
    writer: "ha.thu@demo.local",
    title: "Người có uy tín ở bản Huổi Lầu vận động bà con bỏ tục tảo hôn",
    sapo:
      "Từ một bản có nhiều trường hợp tảo hôn, ba năm gần đây Huổi Lầu không còn trẻ em kết hôn trước tuổi. Công lớn thuộc về ông Vàng A Chư, người có uy tín trong bản, với cách vận động kiên trì, gần gũi.",
    body: [
      "Ông Vàng A Chư năm nay 62 tuổi, từng nhiều năm làm trưởng bản. Ông kể, trước đây con gái trong bản 14, 15 tuổi đã lấy chồng, nhiều em phải bỏ học, sinh con sớm, sức khỏe yếu.",
      "Sau khi được tập huấn về Luật Hôn nhân và gia đình, ông đến từng nhà có con em tuổi mới lớn để trò chuyện. Ông giải thích tuổi kết hôn theo pháp luật là nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi; tảo hôn không chỉ vi phạm pháp luật mà còn khiến các em mất cơ hội học hành.",
      "Ông cùng các già làng đưa nội dung không tảo hôn, không kết hôn cận huyết thống vào hương ước của bản. Mỗi khi có đám cưới, ông đều hỏi kỹ tuổi của cô dâu, chú rể và nhắc gia đình đăng ký kết hôn.",
      "Nhờ đó, nhiều em gái trong bản đã học hết trung học phổ thông, có em đỗ cao đẳng sư phạm. \"Giờ bà con hiểu rồi, con gái học nhiều thì sau này đỡ khổ\", ông Chư nói.",
      "Ủy ban nhân dân huyện Mường Khoa đã khen thưởng ông Vàng A Chư vì có thành tích xuất sắc trong công tác phổ biến, giáo dục pháp luật ở vùng đồng bào dân tộc thiểu số.",
    ],
    byline: "Hà Thị Thu",
    tags: ["hôn nhân và gia đình", "đồng bào dân tộc thiểu số", "gương điển hình"],
    state: "PUBLISHED",
    daysAgo: 48,
    cover: {
      caption: "Ông Vàng A Chư trò chuyện với các em học sinh trong bản.",
      alt: "Người đàn ông lớn tuổi mặc áo chàm ngồi nói chuyện với nhóm học sinh",
    },
  },
  {
    key: "mk-phien-cho-vung-cao",
    unit: "Huyện Mường Khoa",
    category: "tin",
    writer: "ha.thu@demo.local",
    title: "Mang pháp luật đến phiên chợ vùng cao Mường Khoa",
    sapo:
      "Gian hàng \"Pháp luật cho bà con\" tại phiên chợ trung tâm huyện Mường Khoa thu hút hàng trăm lượt người ghé thăm, nhận tờ gấp song ngữ và nghe giải đáp về thủ tục hộ tịch, đất rừng.",
    body: [
      "Chợ phiên Mường Khoa họp vào chủ nhật hằng tuần, là nơi đồng bào các bản xa về mua bán, giao lưu. Tận dụng dịp này, Phòng Tư pháp huyện dựng gian hàng tuyên truyền ngay cạnh khu bán nông sản.",
      "Cán bộ tư pháp, công an, kiểm lâm thay nhau giải đáp những câu hỏi của bà con về làm giấy khai sinh cho con, đăng ký kết hôn, giao đất giao rừng, cảnh giác với người lạ rủ đi làm thuê ở nước ngoài.",
      "Bên cạnh tờ gấp, gian hàng có trò chơi hỏi đáp nhỏ với phần quà là muối, mì chính, vở viết cho học sinh, thu hút đông người tham gia, nhất là phụ nữ và thanh niên.",
      "Huyện dự kiến duy trì gian hàng mỗi tháng một lần tại các chợ phiên lớn trên địa bàn.",
    ],
    byline: "Hà Thị Thu",
    tags: ["đồng bào dân tộc thiểu số", "tuyên truyền lưu động"],
    state: "PUBLISHED",
    daysAgo: 57,
    cover: {
      caption: "Gian hàng tuyên truyền pháp luật tại chợ phiên Mường Khoa.",
      alt: "Gian hàng nhỏ có băng rôn đỏ, người dân vùng cao đứng xem tờ gấp",
    },
  },
];
