import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ContestForm } from "@/components/workspace/contests/contest-form";
import { getWorkingActor } from "@/lib/auth/session";
import { listContestsForEditors } from "@/lib/contests/workspace-queries";
import { can } from "@/lib/policy";
import { formatDateTime } from "@/lib/vietnamese";
import { saveContestAction } from "./actions";

export const metadata: Metadata = { title: "Cuộc thi" };

const DAY = 24 * 60 * 60 * 1000;

/** A new contest starts now and runs thirty days, until the editor says otherwise. */
function defaultWindow(): { opensAt: Date; closesAt: Date } {
  const now = Date.now();
  return { opensAt: new Date(now), closesAt: new Date(now + 30 * DAY) };
}

export default async function ContestsAdminPage() {
  const actor = await getWorkingActor();
  if (!actor) redirect("/dang-nhap");
  if (!can(actor, "contest.manage") && !can(actor, "contest.results")) redirect("/quan-ly?khong-co-quyen");
  const contests = await listContestsForEditors();
  // An administrator reads results; only the provincial editor opens a contest to change it.
  const manage = can(actor, "contest.manage");
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Cuộc thi</h1>
      <section aria-labelledby="danh-sach" className="space-y-3">
        <h2 id="danh-sach" className="text-lg font-bold">Các cuộc thi</h2>
        {contests.length === 0 && <p>Chưa có cuộc thi nào.</p>}
        <ul className="space-y-2">
          {contests.map((c) => (
            <li key={c.id} className="rounded border border-gray-200 bg-white p-3">
              <Link href={manage ? `/quan-ly/cuoc-thi/${c.id}` : `/quan-ly/cuoc-thi/${c.id}/ket-qua`} className="font-semibold text-brand-800 underline">{c.name}</Link>
              <p className="text-sm text-muted">
                {formatDateTime(c.opensAt)} – {formatDateTime(c.closesAt)} · {c._count.rounds} vòng · {c._count.questions} câu hỏi · {c._count.entrants} người dự thi
                {c.resultsPublished && " · đã công bố kết quả"}
              </p>
              <Link href={`/quan-ly/cuoc-thi/${c.id}/ket-qua`} className="text-sm text-brand-700 underline">Kết quả</Link>
            </li>
          ))}
        </ul>
      </section>
      {manage && (
        <section aria-labelledby="tao-moi" className="max-w-3xl rounded border border-gray-200 bg-white p-4">
          <h2 id="tao-moi" className="mb-3 text-lg font-bold">Tạo cuộc thi</h2>
          <ContestForm
            action={saveContestAction}
            stored={{
              name: "",
              rules: null,
              ...defaultWindow(),
              showResults: true,
              resultsPublished: false,
              tieBreakQuestion: "Theo bạn, có bao nhiêu người dự thi vòng này?",
              groups: "Học sinh, sinh viên\nCán bộ, công chức, viên chức\nNgười lao động",
            }}
          />
        </section>
      )}
    </div>
  );
}
