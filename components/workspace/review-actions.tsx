"use client";

import { useActionState } from "react";
import { DateTimeField } from "@/components/ui/date-input";

export type ReviewPermissions = {
  /** A correction of a published article waits: approve it, or return it with a reason. */
  approveCorrection: boolean;
  returnCorrection: boolean;
  approve: boolean;
  /** In a two-level unit the unit approver endorses rather than publishes. */
  endorsing: boolean;
  schedule: boolean;
  return: boolean;
  takeDown: boolean;
  feature: boolean;
};

/** What a review step's action answers: a refusal to show beside its button (a success redirects). */
export type ReviewActionState = { ok: boolean; error?: string; fieldErrors?: Record<string, string> } | null;
/** A method, so each step's own answer type fits (the page passes the server actions). */
type ReviewStep = { action(state: ReviewActionState, form: FormData): Promise<ReviewActionState> }["action"];
export type ReviewStepActions = Record<"approve" | "schedule" | "return" | "takeDown" | "feature" | "approveCorrection" | "returnCorrection", ReviewStep>;

type Props = { articleId: number; version: number; allowed: ReviewPermissions; featuredOrder: number | null; actions: ReviewStepActions };

function Refusal({ state }: { state: ReviewActionState }) {
  return state && !state.ok ? <p role="alert" className="mt-2 text-sm text-red-800">{state.error}</p> : null;
}

function Hidden({ articleId, version }: { articleId: number; version: number }) {
  return (
    <>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="baseVersion" value={version} />
    </>
  );
}

const panel = "rounded border border-gray-200 bg-white p-4";
const primary = "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-50";
const secondary = "rounded border border-gray-400 px-4 py-2 font-semibold hover:bg-gray-100 disabled:opacity-50";

/** The decisions a reviewer can take on this article, each a small form with its own refusal message. */
export function ReviewActions({ articleId, version, allowed, featuredOrder, actions }: Props) {
  const [approved, approve, approving] = useActionState<ReviewActionState, FormData>(actions.approve, null);
  const [scheduled, schedule, scheduling] = useActionState<ReviewActionState, FormData>(actions.schedule, null);
  const [returned, sendBack, returning] = useActionState<ReviewActionState, FormData>(actions.return, null);
  const [takenDown, takeDown, takingDown] = useActionState<ReviewActionState, FormData>(actions.takeDown, null);
  const [featured, feature, featuring] = useActionState<ReviewActionState, FormData>(actions.feature, null);
  const [corrected, approveCorrection, approvingCorrection] = useActionState<ReviewActionState, FormData>(actions.approveCorrection, null);
  const [correctionReturned, returnCorrection, returningCorrection] = useActionState<ReviewActionState, FormData>(actions.returnCorrection, null);
  return (
    <div className="space-y-4">
      {allowed.approveCorrection && (
        <form action={approveCorrection} className={panel}>
          <Hidden articleId={articleId} version={version} />
          <button type="submit" disabled={approvingCorrection} className={primary}>Duyệt sửa đổi</button>
          <Refusal state={corrected} />
        </form>
      )}
      {allowed.returnCorrection && (
        <form action={returnCorrection} className={panel}>
          <Hidden articleId={articleId} version={version} />
          <label htmlFor="ly-do-tra-sua-doi" className="block text-sm font-semibold">Lý do</label>
          <textarea id="ly-do-tra-sua-doi" name="reason" rows={3} className="mt-1 w-full rounded border border-gray-400 px-3 py-2" />
          <button type="submit" disabled={returningCorrection} className={`${secondary} mt-2`}>Trả lại bản sửa đổi</button>
          <Refusal state={correctionReturned} />
        </form>
      )}
      {allowed.approve && (
        <form action={approve} className={panel}>
          <Hidden articleId={articleId} version={version} />
          <button type="submit" disabled={approving} className={primary}>
            {allowed.endorsing ? "Duyệt và chuyển cấp tỉnh" : "Duyệt và xuất bản"}
          </button>
          <Refusal state={approved} />
        </form>
      )}
      {allowed.schedule && (
        <form action={schedule} className={panel}>
          <Hidden articleId={articleId} version={version} />
          <DateTimeField
            id="hen-gio"
            legend="Thời điểm xuất bản (giờ Việt Nam)"
            dateName="publishDate"
            timeName="publishTime"
            required
            dateError={scheduled && !scheduled.ok ? scheduled.fieldErrors?.publishDate : undefined}
            timeError={scheduled && !scheduled.ok ? scheduled.fieldErrors?.publishTime : undefined}
          />
          <button type="submit" disabled={scheduling} className={`${secondary} mt-2`}>Hẹn giờ xuất bản</button>
          {scheduled && !scheduled.ok && !scheduled.fieldErrors?.publishDate && !scheduled.fieldErrors?.publishTime && <Refusal state={scheduled} />}
        </form>
      )}
      {allowed.return && (
        <form action={sendBack} className={panel}>
          <Hidden articleId={articleId} version={version} />
          <label htmlFor="ly-do-tra-lai" className="block text-sm font-semibold">Lý do</label>
          <textarea id="ly-do-tra-lai" name="reason" rows={3} className="mt-1 w-full rounded border border-gray-400 px-3 py-2" placeholder="Người viết sẽ thấy lý do này để sửa bài." />
          <button type="submit" disabled={returning} className={`${secondary} mt-2`}>Trả lại</button>
          <Refusal state={returned} />
        </form>
      )}
      {allowed.takeDown && (
        <form action={takeDown} className={panel}>
          <input type="hidden" name="articleId" value={articleId} />
          <label htmlFor="ly-do-go" className="block text-sm font-semibold">Lý do gỡ bài</label>
          <textarea id="ly-do-go" name="reason" rows={2} className="mt-1 w-full rounded border border-gray-400 px-3 py-2" />
          <button type="submit" disabled={takingDown} className={`${secondary} mt-2 border-red-700 text-red-800`}>Gỡ bài</button>
          <Refusal state={takenDown} />
        </form>
      )}
      {allowed.feature && (
        <form action={feature} className={panel}>
          <input type="hidden" name="articleId" value={articleId} />
          <label htmlFor="vi-tri-noi-bat" className="block text-sm font-semibold">Nổi bật — vị trí trên trang chủ</label>
          <select id="vi-tri-noi-bat" name="position" defaultValue={featuredOrder ?? ""} className="mt-1 w-full rounded border border-gray-400 px-3 py-2">
            <option value="">Không nổi bật</option>
            {Array.from({ length: 10 }, (_, i) => (
              <option key={i + 1} value={i + 1}>Vị trí {i + 1}</option>
            ))}
          </select>
          <button type="submit" disabled={featuring} className={`${secondary} mt-2`}>Nổi bật</button>
          <Refusal state={featured} />
        </form>
      )}
    </div>
  );
}
