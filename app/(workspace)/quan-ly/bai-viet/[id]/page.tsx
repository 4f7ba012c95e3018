import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ArticleEditor } from "@/components/editor/article-editor";
import type { EditorFields } from "@/components/editor/editor-types";
import { getWorkingActor } from "@/lib/auth/session";
import { deleteArticleAction, loadRevisionAction, saveArticleAction, submitArticleAction, submitCorrectionAction } from "../actions";
import { STATE_LABELS, type ArticleStateName } from "@/lib/articles/state-machine";
import { editorOptions, getArticleForEditor, listRevisions, revisionForEditor } from "@/lib/articles/workspace-queries";

export const metadata: Metadata = { title: "Soạn bài viết" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ "nhap-tu-word"?: string }> };

/** What Nhập từ Word brought in, said once on arrival: what to check, and pictures left out. */
function importNotice(value: string | undefined): string | null {
  if (value === undefined) return null;
  const refused = Number(value);
  const left = Number.isInteger(refused) && refused > 0 ? ` ${refused} ảnh trong tệp không phải JPEG, PNG, WebP hay GIF nên không được nhập.` : "";
  return `Đã nhập bài từ tệp Word thành bản nháp.${left} Hãy đọc lại nội dung, chọn chuyên mục, ảnh đại diện rồi làm theo mục Kiểm tra trước khi gửi.`;
}

export default async function EditArticlePage({ params, searchParams }: Props) {
  const actor = await getWorkingActor();
  if (!actor) redirect("/dang-nhap");
  const id = Number((await params).id);
  if (!Number.isInteger(id)) notFound();
  const loaded = await getArticleForEditor(actor, id);
  if (!loaded) notFound();
  const { article } = loaded;
  if (!loaded.canEdit) redirect(`/quan-ly/bai-viet/${id}/xem-truoc`);
  const notice = importNotice((await searchParams)["nhap-tu-word"]);
  const [options, revisions, correction] = await Promise.all([
    editorOptions(),
    listRevisions(id),
    article.correctionRevisionId ? revisionForEditor(id, article.correctionRevisionId) : null,
  ]);
  // A published article opens on its waiting correction when there is one.
  const initial: EditorFields = correction ?? {
    title: article.title,
    sapo: article.sapo,
    body: article.body,
    byline: article.byline ?? "",
    source: article.source ?? "",
    categoryId: article.categoryId,
    tags: article.tags.map((t) => t.tag.name),
    cover: { file: article.coverImage, caption: article.coverCaption ?? "", alt: article.coverAlt ?? "" },
    attachments: article.attachments.map((a) => ({ file: a.file, title: a.title ?? "" })),
  };
  return (
    <div className="space-y-4">
      {notice && <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">{notice}</p>}
      <h1 className="text-2xl font-bold">{loaded.correcting ? "Sửa bài đã xuất bản" : article.title ? "Sửa bài viết" : "Viết bài mới"}</h1>
      <ArticleEditor
        actions={{ save: saveArticleAction, submit: loaded.correcting ? submitCorrectionAction : submitArticleAction, loadRevision: loadRevisionAction }}
        articleId={article.id}
        unitId={article.unitId}
        unitName={article.unit.name}
        stateLabel={STATE_LABELS[article.state as ArticleStateName]}
        version={article.version}
        initial={initial}
        categories={options.categories}
        tagSuggestions={options.tagSuggestions}
        revisions={revisions}
        canSubmit={loaded.canSubmit}
        correcting={loaded.correcting}
        returnReason={loaded.returnReason}
      />
      {loaded.canDelete && (
        <form action={deleteArticleAction} className="border-t border-gray-200 pt-4">
          <input type="hidden" name="articleId" value={article.id} />
          <button type="submit" className="rounded border border-red-700 px-3 py-1 text-sm text-red-800 hover:bg-red-50">
            Xóa bài (chuyển vào thùng rác)
          </button>
        </form>
      )}
    </div>
  );
}
