import { createHash } from "node:crypto";
import type { Prisma } from "../../generated/prisma/client";
import { addWorkingDays } from "../../lib/questions/working-days";
import { normalizeForSearch, slugify } from "../../lib/vietnamese";
import { DEMO_APPROVER_EMAIL, DEMO_AUTHOR_EMAIL, DEMO_PROVINCIAL_EDITOR_EMAIL } from "./constants";
import type { People } from "./people";

// Hỏi đáp pháp luật in every state, so a newcomer sees the whole loop: answered questions published
// under several fields, two waiting in triage, one with the demo unit, one overdue there (red in its
// queue), one whose answer waits for the demo approver, one declined. Units are looked up by type and
// membership, not by name, so a reshaped unit tree keeps working.

type Tx = Prisma.TransactionClient;
const DAY = 86_400_000;

/** Vietnamese public holidays of 2026 and 2027 (Tết and the compensatory days as announced). */
export const DEMO_HOLIDAYS: [string, string][] = [
  ["2026-01-01", "Tết Dương lịch"],
  ["2026-02-16", "Tết Nguyên đán"],
  ["2026-02-17", "Tết Nguyên đán"],
  ["2026-02-18", "Tết Nguyên đán"],
  ["2026-02-19", "Tết Nguyên đán"],
  ["2026-02-20", "Tết Nguyên đán"],
  ["2026-04-27", "Giỗ Tổ Hùng Vương (nghỉ bù)"],
  ["2026-04-30", "Ngày Giải phóng miền Nam"],
  ["2026-05-01", "Ngày Quốc tế Lao động"],
  ["2026-09-01", "Quốc khánh"],
  ["2026-09-02", "Quốc khánh"],
  ["2027-01-01", "Tết Dương lịch"],
  ["2027-02-05", "Tết Nguyên đán"],
  ["2027-02-08", "Tết Nguyên đán"],
  ["2027-02-09", "Tết Nguyên đán"],
  ["2027-02-10", "Tết Nguyên đán"],
  ["2027-02-11", "Tết Nguyên đán"],
  ["2027-04-16", "Giỗ Tổ Hùng Vương"],
  ["2027-04-30", "Ngày Giải phóng miền Nam"],
  ["2027-05-03", "Ngày Quốc tế Lao động (nghỉ bù)"],
  ["2027-09-02", "Quốc khánh"],
  ["2027-09-03", "Quốc khánh"],
];

type Seed = {
  field: string;
  title: string;
  content: string;
  asker: string;
  showName: boolean;
  email?: string;
  phone?: string;
  daysAgo: number;
  /** Where it is: answered by `unit`, in triage, with the demo unit, … */
  state: "ANSWERED" | "NEW" | "ROUTED" | "OVERDUE" | "SUBMITTED" | "DECLINED";
  unit?: "demo" | "justice" | "agency";
  answer?: string[];
  answeredAfterDays?: number;
  declineReason?: string;
};

const QUESTIONS: Seed[] = [
  {
    field: "Hôn nhân và gia đình",
    title: "Thủ tục ly hôn thuận tình cần những giấy tờ gì?",
    content: "Vợ chồng tôi đã thống nhất ly hôn, có một con chung 6 tuổi. Xin hỏi hồ sơ ly hôn thuận tình gồm những giấy tờ gì và nộp ở đâu?",
    asker: "Nguyễn Thị Hoa",
    showName: true,
    email: "hoa.nguyen@example.com",
    daysAgo: 40,
    state: "ANSWERED",
    unit: "justice",
    answeredAfterDays: 6,
    answer: [
      "Theo Điều 55 Luật Hôn nhân và gia đình năm 2014, khi vợ chồng cùng yêu cầu ly hôn và đã thỏa thuận được việc chia tài sản, việc trông nom, nuôi dưỡng, chăm sóc, giáo dục con thì Tòa án công nhận thuận tình ly hôn.",
      "Hồ sơ gồm: đơn yêu cầu công nhận thuận tình ly hôn (có chữ ký của cả hai vợ chồng); bản chính giấy chứng nhận đăng ký kết hôn; bản sao giấy tờ tùy thân của hai người; bản sao giấy khai sinh của con; giấy tờ về tài sản chung (nếu có yêu cầu chia).",
      "Hồ sơ nộp tại Tòa án nhân dân khu vực nơi một trong hai bên cư trú, làm việc.",
    ],
  },
  {
    field: "Đất đai",
    title: "Cấp giấy chứng nhận quyền sử dụng đất lần đầu mất bao lâu?",
    content: "Gia đình tôi sử dụng đất ở ổn định từ năm 1995, không có tranh chấp. Thời gian giải quyết thủ tục cấp giấy chứng nhận lần đầu là bao nhiêu ngày?",
    asker: "Trần Văn Bình",
    showName: false,
    phone: "0912345678",
    daysAgo: 35,
    state: "ANSWERED",
    unit: "agency",
    answeredAfterDays: 9,
    answer: [
      "Theo Nghị định số 101/2024/NĐ-CP, thời gian đăng ký đất đai, cấp giấy chứng nhận lần đầu không quá 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; ở các xã miền núi, hải đảo, vùng có điều kiện kinh tế – xã hội khó khăn được tăng thêm 10 ngày làm việc.",
      "Thời gian trên không tính thời gian các ngày nghỉ, ngày lễ, thời gian xem xét xử lý đối với trường hợp sử dụng đất có vi phạm pháp luật và thời gian người sử dụng đất thực hiện nghĩa vụ tài chính.",
    ],
  },
  {
    field: "Hộ tịch – Chứng thực",
    title: "Đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn",
    content: "Tôi và bạn trai chưa đăng ký kết hôn nhưng đã có con. Tôi có thể làm giấy khai sinh cho con ghi tên cả cha và mẹ không?",
    asker: "Lê Thị Mai",
    showName: false,
    email: "mai.le@example.com",
    daysAgo: 28,
    state: "ANSWERED",
    unit: "demo",
    answeredAfterDays: 4,
    answer: [
      "Được. Theo Điều 15 Nghị định số 123/2015/NĐ-CP, trường hợp đăng ký khai sinh cho trẻ chưa xác định được người cha thì để trống phần ghi về người cha; nếu có người nhận con thì Ủy ban nhân dân cấp xã kết hợp giải quyết việc nhận cha, con và đăng ký khai sinh.",
      "Khi đi đăng ký, người cha và người mẹ cùng có mặt, mang theo tờ khai đăng ký khai sinh, giấy chứng sinh, tờ khai nhận cha, con và chứng cứ chứng minh quan hệ cha, con (ví dụ văn bản giám định ADN hoặc văn bản cam đoan có hai người làm chứng).",
    ],
  },
  {
    field: "Lao động – Việc làm",
    title: "Người lao động nghỉ việc có được trả trợ cấp thôi việc không?",
    content: "Tôi làm việc cho công ty được 5 năm, có đóng bảo hiểm thất nghiệp đầy đủ. Nay tôi xin nghỉ việc đúng thời hạn báo trước thì có được trợ cấp thôi việc không?",
    asker: "Phạm Quốc Cường",
    showName: true,
    email: "cuong.pham@example.com",
    daysAgo: 25,
    state: "ANSWERED",
    unit: "justice",
    answeredAfterDays: 8,
    answer: [
      "Theo Điều 46 Bộ luật Lao động năm 2019, trợ cấp thôi việc được tính cho thời gian làm việc thực tế trừ thời gian đã tham gia bảo hiểm thất nghiệp.",
      "Vì toàn bộ 5 năm bạn đều đóng bảo hiểm thất nghiệp nên công ty không phải trả trợ cấp thôi việc cho thời gian này; bạn có thể làm hồ sơ hưởng trợ cấp thất nghiệp tại Trung tâm dịch vụ việc làm trong 3 tháng kể từ ngày chấm dứt hợp đồng.",
    ],
  },
  {
    field: "Giao thông",
    title: "Mức phạt khi không đội mũ bảo hiểm đi xe máy",
    content: "Người ngồi sau xe máy không đội mũ bảo hiểm thì bị xử phạt như thế nào? Người lái có bị phạt không?",
    asker: "Đỗ Minh Tuấn",
    showName: false,
    phone: "0987654321",
    daysAgo: 20,
    state: "ANSWERED",
    unit: "agency",
    answeredAfterDays: 3,
    answer: [
      "Theo Nghị định số 168/2024/NĐ-CP, người điều khiển, người ngồi trên xe mô tô, xe gắn máy không đội mũ bảo hiểm hoặc đội mũ nhưng không cài quai đúng quy cách bị phạt tiền từ 400.000 đồng đến 600.000 đồng.",
      "Người điều khiển xe chở người ngồi trên xe không đội mũ bảo hiểm (trừ trường hợp chở người bệnh đi cấp cứu, trẻ em dưới 6 tuổi, áp giải người vi phạm) cũng bị phạt ở mức này.",
    ],
  },
  {
    field: "Bảo hiểm xã hội",
    title: "Rút bảo hiểm xã hội một lần theo quy định mới",
    content: "Tôi đã đóng bảo hiểm xã hội bắt buộc 8 năm, nay nghỉ việc. Theo Luật Bảo hiểm xã hội năm 2024 tôi có được rút bảo hiểm xã hội một lần không?",
    asker: "Vũ Thị Lan",
    showName: true,
    email: "lan.vu@example.com",
    daysAgo: 18,
    state: "ANSWERED",
    unit: "justice",
    answeredAfterDays: 5,
    answer: [
      "Luật Bảo hiểm xã hội năm 2024 (có hiệu lực từ 01/7/2025) hạn chế việc hưởng bảo hiểm xã hội một lần đối với người bắt đầu đóng từ ngày 01/7/2025. Người đã đóng trước ngày này, sau 12 tháng không còn thuộc diện tham gia bắt buộc, không tham gia tự nguyện và chưa đủ 20 năm đóng thì được hưởng một lần nếu có yêu cầu.",
      "Bạn nên cân nhắc bảo lưu thời gian đóng để được hưởng lương hưu sau này.",
    ],
  },
  { field: "Đất đai", title: "Tách thửa đất ở cần diện tích tối thiểu bao nhiêu?", content: "Tôi muốn tách thửa đất ở tại xã để chia cho con. Diện tích tối thiểu được tách thửa là bao nhiêu mét vuông?", asker: "Hoàng Văn Nam", showName: false, phone: "0901234567", daysAgo: 2, state: "NEW" },
  {
    field: "Khiếu nại – Tố cáo",
    title: "Thời hạn giải quyết khiếu nại lần đầu là bao lâu?",
    content: "Tôi gửi đơn khiếu nại quyết định hành chính đến Ủy ban nhân dân xã đã 20 ngày nhưng chưa nhận được trả lời. Thời hạn giải quyết khiếu nại lần đầu là bao lâu?",
    asker: "Bùi Thị Thu",
    showName: true,
    email: "thu.bui@example.com",
    daysAgo: 1,
    state: "NEW",
  },
  { field: "Dân sự", title: "Hợp đồng mua bán nhà viết tay có giá trị không?", content: "Năm 2015 tôi mua một căn nhà bằng giấy viết tay, không công chứng. Nay bên bán đòi lại nhà, hợp đồng của tôi có giá trị pháp lý không?", asker: "Đinh Văn Hùng", showName: false, email: "hung.dinh@example.com", daysAgo: 3, state: "ROUTED", unit: "demo" },
  {
    field: "Hộ tịch – Chứng thực",
    title: "Chứng thực bản sao từ bản chính ở đâu, lệ phí bao nhiêu?",
    content: "Tôi cần chứng thực bản sao sổ đỏ và căn cước để làm hồ sơ vay vốn. Xin hỏi chứng thực ở đâu và lệ phí bao nhiêu một trang?",
    asker: "Ngô Thị Hạnh",
    showName: true,
    phone: "0934567890",
    daysAgo: 30,
    state: "OVERDUE",
    unit: "demo",
  },
  {
    field: "Thuế – Phí – Lệ phí",
    title: "Lệ phí trước bạ khi nhận thừa kế nhà đất",
    content: "Tôi được bố mẹ để lại thừa kế một mảnh đất. Khi sang tên tôi có phải nộp lệ phí trước bạ và thuế thu nhập cá nhân không?",
    asker: "Tạ Văn Long",
    showName: false,
    email: "long.ta@example.com",
    daysAgo: 6,
    state: "SUBMITTED",
    unit: "demo",
    answer: [
      "Theo Nghị định số 10/2022/NĐ-CP, nhà, đất nhận thừa kế giữa cha mẹ đẻ với con đẻ được miễn lệ phí trước bạ.",
      "Theo Luật Thuế thu nhập cá nhân, thu nhập từ nhận thừa kế là bất động sản giữa cha mẹ với con được miễn thuế; bạn vẫn phải kê khai khi làm thủ tục sang tên.",
    ],
  },
  {
    field: "Hành chính",
    title: "Xin tư vấn mua bán hàng hóa qua mạng",
    content: "Cho tôi hỏi giá điện thoại mới nhất ở cửa hàng nào rẻ nhất trong tỉnh, tôi muốn mua trả góp.",
    asker: "Lưu Văn Tám",
    showName: false,
    phone: "0977000111",
    daysAgo: 10,
    state: "DECLINED",
    declineReason: "Câu hỏi không thuộc phạm vi hỏi đáp pháp luật: Cổng chỉ trả lời các câu hỏi về quy định pháp luật.",
  },
];

/** A fixed, valid tracking code per demo question, so the README and tests can name one. */
export function demoCode(title: string): string {
  const alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  const raw = [...createHash("sha256").update(title).digest()].slice(0, 10).map((byte) => alphabet[byte % alphabet.length]).join("");
  return `HD-${raw.slice(0, 5)}-${raw.slice(5)}`;
}

function doc(paragraphs: string[]) {
  return { type: "doc", content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) };
}

export async function insertQuestions(tx: Tx, people: People, now: Date): Promise<number> {
  await tx.publicHoliday.createMany({ data: DEMO_HOLIDAYS.map(([date, name]) => ({ date: new Date(`${date}T00:00:00Z`), name })) });
  const holidays = new Set(DEMO_HOLIDAYS.map(([date]) => date));
  const fields = new Map((await tx.legalField.findMany({ select: { id: true, name: true } })).map((f) => [f.name, f.id]));
  const units = [...people.units.values()].filter((u) => u.status === "ACTIVE");
  const communes = units.filter((u) => u.type === "COMMUNE");
  const justice = units.find((u) => u.type === "PROVINCIAL_JUSTICE")!;
  const agency = units.find((u) => u.type === "PROVINCIAL_AGENCY") ?? justice;
  const authorId = people.users.get(DEMO_AUTHOR_EMAIL)!;
  const approverId = people.users.get(DEMO_APPROVER_EMAIL)!;
  const editorId = people.users.get(DEMO_PROVINCIAL_EDITOR_EMAIL)!;
  const demoUnitId = people.memberships.find((m) => m.userId === authorId)!.unitId;
  const writerOf = (unitId: number) => people.memberships.find((m) => m.unitId === unitId && m.role === "AUTHOR")?.userId ?? editorId;
  const approverOf = (unitId: number) => people.memberships.find((m) => m.unitId === unitId && m.role === "APPROVER" && m.userId !== writerOf(unitId))?.userId ?? editorId;
  const unitFor = { demo: demoUnitId, justice: justice.id, agency: agency.id };

  // Routing rules: land questions to the first provincial agency, civil-status questions from the
  // demo commune to the demo unit. Everything else waits in triage.
  const demoCommune = communes.find((c) => c.id === demoUnitId) ?? communes[0]!;
  await tx.questionRoutingRule.createMany({
    data: [
      { fieldId: fields.get("Đất đai")!, communeId: null, unitId: agency.id },
      { fieldId: fields.get("Hộ tịch – Chứng thực")!, communeId: demoCommune.id, unitId: demoUnitId },
    ],
  });

  for (const [index, q] of QUESTIONS.entries()) {
    const createdAt = new Date(now.getTime() - q.daysAgo * DAY - (index + 1) * 3_600_000);
    const unitId = q.unit ? unitFor[q.unit] : null;
    const state = q.state === "OVERDUE" ? "ROUTED" : q.state;
    const answeredAt = q.state === "ANSWERED" ? new Date(createdAt.getTime() + (q.answeredAfterDays ?? 5) * DAY) : null;
    const writerId = q.answer && unitId ? writerOf(unitId) : null;
    const commune = q.field === "Hộ tịch – Chứng thực" ? demoCommune : communes[index % communes.length]!;
    const created = await tx.question.create({
      data: {
        code: demoCode(q.title),
        slug: `${slugify(q.title, 70)}-demo-${index + 1}`,
        state,
        askerName: q.asker,
        askerEmail: q.email ?? null,
        askerPhone: q.phone ?? null,
        showName: q.showName,
        consentAt: createdAt,
        communeId: commune.id,
        fieldId: fields.get(q.field)!,
        title: q.title,
        content: q.content,
        unitId,
        routedAt: unitId ? new Date(createdAt.getTime() + 3_600_000) : null,
        dueDays: 15,
        dueAt: addWorkingDays(createdAt, 15, holidays),
        answerBody: q.answer ? doc(q.answer) : undefined,
        answerText: q.answer?.join("\n\n") ?? "",
        answerWriterId: writerId,
        submittedAt: q.state === "SUBMITTED" || answeredAt ? new Date((answeredAt ?? now).getTime() - DAY) : null,
        answeredAt,
        declineReason: q.declineReason ?? null,
        declinedAt: q.state === "DECLINED" ? new Date(createdAt.getTime() + 2 * DAY) : null,
        // The demo's askers were "emailed" already: the scheduler does not write to example.com.
        askerEmailedAt: answeredAt ?? (q.state === "DECLINED" ? now : null),
        addressHash: createHash("sha256").update(`demo-asker-${index}`).digest("hex"),
        contentHash: createHash("sha256").update(normalizeForSearch(`${q.title}\n${q.content}`)).digest("hex"),
        createdAt,
      },
      select: { id: true },
    });
    const events: Prisma.QuestionEventCreateManyInput[] = [{ questionId: created.id, action: "submit", toState: "NEW", createdAt }];
    if (unitId) events.push({ questionId: created.id, actorId: editorId, action: "route", fromState: "NEW", toState: "ROUTED", unitId, createdAt: new Date(createdAt.getTime() + 3_600_000) });
    if (q.state === "SUBMITTED" || answeredAt) events.push({ questionId: created.id, actorId: writerId, action: "submit-answer", fromState: "ROUTED", toState: "SUBMITTED", unitId, createdAt: new Date((answeredAt ?? now).getTime() - DAY) });
    if (answeredAt) events.push({ questionId: created.id, actorId: unitId === demoUnitId ? approverId : approverOf(unitId!), action: "publish", fromState: "SUBMITTED", toState: "ANSWERED", unitId, createdAt: answeredAt });
    if (q.state === "DECLINED") events.push({ questionId: created.id, actorId: editorId, action: "decline", fromState: "NEW", toState: "DECLINED", note: q.declineReason, createdAt: new Date(createdAt.getTime() + 2 * DAY) });
    await tx.questionEvent.createMany({ data: events });
  }
  return QUESTIONS.length;
}
