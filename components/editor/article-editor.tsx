"use client";

import type { Editor } from "@tiptap/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useRef, useState } from "react";
import { runChecklist } from "@/lib/articles/checklist";
import { templateOfBody } from "@/lib/articles/templates";
import { extractPlainText } from "@/lib/richtext/plain-text";
import { countWords } from "@/lib/vietnamese";
import { AttachmentsField } from "./attachments-field";
import { CitedDocumentsField } from "./cited-documents-field";
import { CHECKLIST_HEADING_ID, ChecklistPanel } from "./checklist-panel";
import { CoverImageField } from "./cover-image-field";
import { toChecklistInput, type EditorActions, type EditorFields } from "./editor-types";
import { InsertFigure } from "./insert-figure";
import { RevisionHistory, type RevisionSummary } from "./revision-history";
import { RichTextEditor } from "./rich-text-editor";
import { EditorActionBar } from "./editor-action-bar";
import { goToChecklistItem } from "./go-to-field";
import { TagsInput } from "./tags-input";
import { useArticleSaving } from "./use-article-saving";

type Props = {
  actions: EditorActions;
  articleId: number;
  unitId: number;
  unitName: string;
  stateLabel: string;
  version: number;
  initial: EditorFields;
  categories: { id: number; name: string }[];
  tagSuggestions: string[];
  revisions: RevisionSummary[];
  canSubmit: boolean;
  /** Editing a published article: changes wait as a correction until approved. */
  correcting: boolean;
  returnReason: string | null;
};

const inputClass = "mt-1 w-full rounded border border-gray-400 px-3 py-2 focus:outline-2 focus:outline-brand-600";

export function ArticleEditor(props: Props) {
  const router = useRouter();
  const [fields, setFields] = useState<EditorFields>(props.initial);
  const fieldsRef = useRef(fields);
  const [bodyKey, setBodyKey] = useState(0);
  const [acknowledged, setAcknowledged] = useState<string[]>([]);
  const [submitError, setSubmitError] = useState<{ message: string; serverErrors: string[] } | null>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const readFields = useCallback(() => fieldsRef.current, []);
  const saving = useArticleSaving(props.actions.save, props.articleId, props.version, readFields);

  const change = useCallback(
    (patch: Partial<EditorFields>) => {
      fieldsRef.current = { ...fieldsRef.current, ...patch };
      setFields(fieldsRef.current);
      saving.markChanged();
    },
    [saving],
  );
  const onBodyChange = useCallback((body: unknown) => change({ body }), [change]);

  const checklist = useMemo(() => runChecklist(toChecklistInput(fields)), [fields]);
  const bodyWords = useMemo(() => countWords(extractPlainText(fields.body)), [fields.body]);
  // A Mẫu tin's title and sapo hints, recognised from the headings the article started with.
  const [template] = useState(() => templateOfBody(props.initial.body));

  function showChecklist() {
    const heading = document.getElementById(CHECKLIST_HEADING_ID);
    heading?.scrollIntoView({ block: "start" });
    heading?.focus({ preventScroll: true });
  }

  async function submit() {
    setSubmitError(null);
    if (!(await saving.save("MANUAL"))) return;
    const result = await props.actions.submit({ articleId: props.articleId, baseVersion: saving.currentVersion(), acknowledgedWarnings: acknowledged });
    if (result.ok) {
      router.push(`/quan-ly/bai-viet?da-gui=${props.articleId}`);
      return;
    }
    setSubmitError({ message: result.error, serverErrors: result.checklist?.errors.map((e) => e.message) ?? [] });
  }

  /** Lưu nháp; the page then reloads its server data so the history shows the new revision. */
  async function saveDraft() {
    if (await saving.save("MANUAL")) router.refresh();
  }

  async function restore(revisionId: number) {
    const revision = await props.actions.loadRevision(props.articleId, revisionId);
    if (!revision) return;
    change(revision);
    setBodyKey((key) => key + 1);
  }

  return (
    <div>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-5">
          {props.correcting && (
            <div role="note" aria-label="Sửa bài đã xuất bản" className="rounded border border-blue-300 bg-blue-50 p-3 text-sm">
              Bạn đang sửa một bài đã xuất bản. Bạn đọc vẫn thấy bản hiện tại cho đến khi bản sửa đổi được duyệt.
            </div>
          )}
          {props.returnReason && (
            <div role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
              <p className="font-semibold">Bài viết bị trả lại. Lý do:</p>
              <p className="mt-1 whitespace-pre-line">{props.returnReason}</p>
            </div>
          )}
          <p className="text-sm text-muted">
            Đơn vị: <span className="font-semibold text-ink">{props.unitName}</span> · Trạng thái: {props.stateLabel}
          </p>
          <div>
            <label htmlFor="truong-tieu-de" className="block text-sm font-semibold">Tiêu đề</label>
            {/* Grows with the title (a long one is never cut off); a title is one line, so Enter adds none. */}
            <textarea
              id="truong-tieu-de"
              value={fields.title}
              rows={2}
              onChange={(e) => change({ title: e.target.value.replace(/\s*\n\s*/g, " ") })}
              onKeyDown={(e) => {
                if (e.key === "Enter") e.preventDefault();
              }}
              maxLength={300}
              placeholder={template?.titleHint}
              aria-describedby="dem-tieu-de"
              className={`${inputClass} min-h-14 resize-none text-lg font-bold [field-sizing:content]`}
            />
            <p id="dem-tieu-de" className="mt-1 text-xs text-muted">{countWords(fields.title)} từ</p>
          </div>
          <div>
            <label htmlFor="truong-sapo" className="block text-sm font-semibold">Sapo</label>
            <textarea id="truong-sapo" value={fields.sapo} onChange={(e) => change({ sapo: e.target.value })} rows={3} maxLength={2000} placeholder={template?.sapoHint} aria-describedby="dem-sapo" className={`${inputClass} min-h-24 font-semibold [field-sizing:content]`} />
            <p id="dem-sapo" className="mt-1 text-xs text-muted">{countWords(fields.sapo)} từ</p>
          </div>
          <div>
            <p id="nhan-noi-dung" className="mb-1 text-sm font-semibold">Nội dung</p>
            <RichTextEditor content={fields.body} contentKey={bodyKey} onChange={onBodyChange} onReady={setEditor} labelledBy="nhan-noi-dung" placeholder="Viết nội dung bài: diễn biến, kết quả, ý kiến… theo thứ tự quan trọng giảm dần." />
            <p className="mt-1 text-xs text-muted" aria-live="polite">{bodyWords} từ</p>
          </div>
          <InsertFigure editor={editor} unitId={props.unitId} />
          <CoverImageField cover={fields.cover} unitId={props.unitId} onChange={(cover) => change({ cover })} />
          <div className="grid gap-4 sm:grid-cols-2">
            <div>
              <label htmlFor="truong-tac-gia" className="block text-sm font-semibold">Tác giả</label>
              <input id="truong-tac-gia" value={fields.byline} onChange={(e) => change({ byline: e.target.value })} maxLength={200} className={inputClass} />
            </div>
            <div>
              <label htmlFor="truong-nguon" className="block text-sm font-semibold">Nguồn</label>
              <input id="truong-nguon" value={fields.source} onChange={(e) => change({ source: e.target.value })} maxLength={300} className={inputClass} />
            </div>
            <div>
              <label htmlFor="truong-chuyen-muc" className="block text-sm font-semibold">Chuyên mục</label>
              <select id="truong-chuyen-muc" value={fields.categoryId ?? ""} onChange={(e) => change({ categoryId: e.target.value ? Number(e.target.value) : null })} className={inputClass}>
                <option value="">— Chọn chuyên mục —</option>
                {props.categories.map((c) => (
                  <option key={c.id} value={c.id}>{c.name}</option>
                ))}
              </select>
            </div>
            <TagsInput tags={fields.tags} suggestions={props.tagSuggestions} onChange={(tags) => change({ tags })} />
          </div>
          <AttachmentsField attachments={fields.attachments} unitId={props.unitId} onChange={(attachments) => change({ attachments })} />
          <CitedDocumentsField articleId={props.articleId} />
        </div>

        <aside className="space-y-4 lg:sticky lg:top-4 lg:self-start">
          <Link href={`/quan-ly/bai-viet/${props.articleId}/xem-truoc`} target="_blank" className="inline-flex min-h-11 items-center rounded border border-gray-300 bg-white px-4 py-2 hover:bg-gray-100">
            Xem trước
          </Link>
          <ChecklistPanel result={checklist} acknowledged={acknowledged} onAcknowledge={setAcknowledged} onGoTo={(code) => goToChecklistItem(code, editor)} />
          <RevisionHistory revisions={props.revisions} onRestore={(id) => void restore(id)} disabled={saving.status === "saving"} />
        </aside>
      </div>
      <EditorActionBar
        saving={saving}
        checklist={checklist}
        canSubmit={props.canSubmit}
        correcting={props.correcting}
        submitError={submitError}
        onSave={() => void saveDraft()}
        onSubmit={() => void submit()}
        onShowChecklist={showChecklist}
      />
    </div>
  );
}
