import { createHash } from "node:crypto";
import type { Prisma } from "../../generated/prisma/client";
import { bulletList, doc, h2, p } from "../../lib/richtext/build";
import { DEMO_QUESTIONS, OFFICIALS, STUDENTS, WORKERS, type DemoQuestion } from "./content/contest-questions";

// Thi tìm hiểu pháp luật: one contest with a round open now (a bank of 51 questions, pools for three
// groups) and one finished contest with published results and prizes. Entrants are made-up people
// whose browser secrets nobody holds; the numbers come from a fixed sequence, so every seed is the same.

const DAY = 24 * 60 * 60 * 1000;

export const OPEN_CONTEST_SLUG = "tim-hieu-phap-luat-2026";
export const FINISHED_CONTEST_SLUG = "tim-hieu-phap-luat-ve-hoa-giai-o-co-so";

/** A small deterministic sequence (LCG), so the demo entrants and their answers never change. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"];
const MIDDLE = ["Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Quang", "Thanh"];
const GIVEN = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương", "Quân", "Trang", "Tuấn", "Yến"];

function rules(tieBreak: boolean): Prisma.InputJsonValue {
  return doc([
    h2("Đối tượng dự thi"),
    p("Công dân Việt Nam đang sinh sống, học tập, làm việc trên địa bàn tỉnh; mỗi số điện thoại đăng ký một người dự thi."),
    h2("Hình thức thi"),
    bulletList([
      "Mỗi vòng thi rút ngẫu nhiên các câu hỏi trắc nghiệm từ ngân hàng câu hỏi của đối tượng dự thi; thứ tự câu hỏi khác nhau với mỗi người.",
      "Thời gian làm bài tính từ lúc bấm Bắt đầu làm bài, do máy chủ tính; hết giờ, bài thi được nộp với các câu đã trả lời.",
      "Câu trả lời được lưu ngay khi chọn: mất kết nối giữa chừng, người dự thi mở lại trang để làm tiếp.",
      ...(tieBreak ? ["Câu hỏi phụ: dự đoán số người dự thi của vòng, dùng để xếp hạng khi bằng điểm và bằng thời gian."] : []),
    ]),
    h2("Cơ cấu giải thưởng"),
    p("Mỗi vòng: 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 05 giải Khuyến khích, xếp theo số câu đúng, rồi thời gian làm bài, rồi câu hỏi phụ."),
  ]) as unknown as Prisma.InputJsonValue;
}

async function insertQuestions(tx: Prisma.TransactionClient, contestId: number, groups: Map<string, number>, fields: Map<string, number>, questions: DemoQuestion[]) {
  await tx.contestQuestion.createMany({
    data: questions.map(([group, kind, text, options, correct, explanation, field, difficulty]) => ({
      contestId,
      groupId: group ? groups.get(group)! : null,
      kind: kind === "S" ? "SINGLE" : "MULTIPLE",
      text,
      options,
      correct,
      explanation,
      legalFieldId: fields.get(field) ?? null,
      difficulty,
    })),
  });
  return tx.contestQuestion.findMany({ where: { contestId }, select: { id: true, groupId: true, correct: true, options: true } });
}

/** Entrants who took a round: answers drawn from the group's pool, right about two times in three. */
async function insertTakers(
  tx: Prisma.TransactionClient,
  args: { contestId: number; roundId: number; questionCount: number; opensAt: Date; people: number; random: () => number; communes: number[]; groups: number[]; pool: { id: number; groupId: number | null; correct: number[]; options: string[] }[]; phonePrefix: string; prizes: boolean },
) {
  const { random } = args;
  for (let i = 0; i < args.people; i++) {
    const groupId = args.groups[Math.floor(random() * args.groups.length)];
    const entrant = await tx.contestEntrant.create({
      data: {
        contestId: args.contestId,
        groupId,
        communeId: args.communes[Math.floor(random() * args.communes.length)],
        fullName: `${FAMILY[Math.floor(random() * FAMILY.length)]} ${MIDDLE[Math.floor(random() * MIDDLE.length)]} ${GIVEN[Math.floor(random() * GIVEN.length)]}`,
        birthDate: new Date(Date.UTC(1965 + Math.floor(random() * 45), Math.floor(random() * 12), 1 + Math.floor(random() * 28))),
        phone: `${args.phonePrefix}${String(i).padStart(5, "0")}`,
        tokenHash: createHash("sha256").update(`demo-entrant-${args.contestId}-${i}`).digest("hex"),
      },
    });
    const pool = args.pool.filter((q) => q.groupId === null || q.groupId === groupId).map((q) => ({ q, key: random() }));
    const drawn = pool.sort((a, b) => a.key - b.key).slice(0, args.questionCount).map((x) => x.q);
    const startedAt = new Date(args.opensAt.getTime() + Math.floor(random() * 5 * DAY));
    const answers = drawn.map((q) => {
      const right = random() < 0.68;
      const wrong = [...Array(q.options.length).keys()].find((k) => !q.correct.includes(k)) ?? 0;
      return { questionId: q.id, chosen: right ? q.correct : [wrong], right };
    });
    const durationMs = 120_000 + Math.floor(random() * 600_000);
    const attempt = await tx.contestAttempt.create({
      data: {
        entrantId: entrant.id,
        roundId: args.roundId,
        number: 1,
        questionIds: drawn.map((q) => q.id),
        startedAt,
        deadline: new Date(startedAt.getTime() + 15 * 60_000),
        submittedAt: new Date(startedAt.getTime() + durationMs),
        durationMs,
        correctCount: answers.filter((a) => a.right).length,
        tieBreakGuess: 20 + Math.floor(random() * 60),
      },
    });
    await tx.contestAnswer.createMany({
      data: answers.map((a, k) => ({ attemptId: attempt.id, questionId: a.questionId, chosen: a.chosen, answeredAt: new Date(startedAt.getTime() + (k + 1) * 10_000) })),
    });
  }
  if (!args.prizes) return;
  // The prizes follow the ranking rule: score, then time, then the tie-break's closeness.
  const ranked = await tx.contestAttempt.findMany({ where: { roundId: args.roundId }, orderBy: [{ correctCount: "desc" }, { durationMs: "asc" }] });
  const names = ["Giải Nhất", "Giải Nhì", "Giải Nhì", "Giải Ba", "Giải Ba", "Giải Ba", "Giải Khuyến khích", "Giải Khuyến khích"];
  for (const [i, prize] of names.entries()) if (ranked[i]) await tx.contestAttempt.update({ where: { id: ranked[i].id }, data: { prize } });
}

export async function insertContests(tx: Prisma.TransactionClient, adminId: number, now: Date): Promise<number> {
  const communes = (await tx.unit.findMany({ where: { type: "COMMUNE", status: "ACTIVE" }, select: { id: true }, orderBy: { id: "asc" } })).map((u) => u.id);
  const fields = new Map((await tx.legalField.findMany({ select: { id: true, name: true } })).map((f) => [f.name, f.id]));
  const random = sequence(2026);
  const tieBreakQuestion = "Theo bạn, có bao nhiêu người dự thi vòng này?";

  // Open now: week 1 is over (with results), week 2 is open, week 3 is to come.
  const openStart = new Date(now.getTime() - 10 * DAY);
  const open = await tx.contest.create({
    data: {
      slug: OPEN_CONTEST_SLUG,
      name: "Cuộc thi trực tuyến “Tìm hiểu pháp luật” tỉnh Thanh Nguyên năm 2026",
      rules: rules(true),
      opensAt: openStart,
      closesAt: new Date(now.getTime() + 40 * DAY),
      showResults: true,
      tieBreakQuestion,
      createdById: adminId,
      groups: { create: [STUDENTS, OFFICIALS, WORKERS].map((name, sortOrder) => ({ name, sortOrder })) },
      rounds: {
        create: [
          { number: 1, name: "Tuần 1", opensAt: openStart, closesAt: new Date(now.getTime() - 3 * DAY), questionCount: 20, timeLimitSeconds: 900, attemptsAllowed: 1 },
          { number: 2, name: "Tuần 2", opensAt: new Date(now.getTime() - 3 * DAY), closesAt: new Date(now.getTime() + 4 * DAY), questionCount: 20, timeLimitSeconds: 900, attemptsAllowed: 1 },
          { number: 3, name: "Tuần 3", opensAt: new Date(now.getTime() + 4 * DAY), closesAt: new Date(now.getTime() + 11 * DAY), questionCount: 20, timeLimitSeconds: 900, attemptsAllowed: 1 },
        ],
      },
    },
    include: { groups: true, rounds: { orderBy: { number: "asc" } } },
  });
  const openGroups = new Map(open.groups.map((g) => [g.name, g.id]));
  const openPool = await insertQuestions(tx, open.id, openGroups, fields, DEMO_QUESTIONS);
  await insertTakers(tx, {
    contestId: open.id, roundId: open.rounds[0].id, questionCount: 20, opensAt: openStart, people: 24, random, communes,
    groups: [...openGroups.values()], pool: openPool, phonePrefix: "09800", prizes: false,
  });

  // Finished, results published with prizes.
  const pastStart = new Date(now.getTime() - 90 * DAY);
  const past = await tx.contest.create({
    data: {
      slug: FINISHED_CONTEST_SLUG,
      name: "Cuộc thi tìm hiểu pháp luật về hòa giải ở cơ sở năm 2026",
      rules: rules(true),
      opensAt: pastStart,
      closesAt: new Date(now.getTime() - 60 * DAY),
      showResults: true,
      resultsPublished: true,
      tieBreakQuestion,
      createdById: adminId,
      groups: { create: [{ name: "Hòa giải viên", sortOrder: 0 }, { name: "Nhân dân", sortOrder: 1 }] },
      rounds: { create: [{ number: 1, name: "Vòng chung kết", opensAt: pastStart, closesAt: new Date(now.getTime() - 60 * DAY), questionCount: 10, timeLimitSeconds: 900, attemptsAllowed: 1 }] },
    },
    include: { groups: true, rounds: true },
  });
  const pastGroups = new Map(past.groups.map((g) => [g.name, g.id]));
  const pastPool = await insertQuestions(tx, past.id, pastGroups, fields, DEMO_QUESTIONS.filter(([group]) => group === ""));
  await insertTakers(tx, {
    contestId: past.id, roundId: past.rounds[0].id, questionCount: 10, opensAt: pastStart, people: 36, random, communes,
    groups: [...pastGroups.values()], pool: pastPool, phonePrefix: "09700", prizes: true,
  });
  return 2;
}
