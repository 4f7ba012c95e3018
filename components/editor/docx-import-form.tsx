"use client";

// Nhập từ Word: choose the unit and a .docx, send it to /api/nhap-tu-word, and open the new draft in the
// editor. While the file is read and converted the button says so; a refusal is shown beside the file.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { UnitChoice } from "./unit-choice";

type Props = { units: { id: number; name: string }[]; endpoint?: string };

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function DocxImportForm({ units, endpoint = "/api/nhap-tu-word" }: Props) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function send(form: HTMLFormElement) {
    const data = new FormData(form);
    const file = data.get("file");
    if (!(file instanceof File) || file.name === "") {
      setError("Chưa chọn tệp Word để nhập.");
      return;
    }
    setError(null);
    setBusy(true);
    // The unit before the file: the server reads the form as a stream, in order.
    const body = new FormData();
    body.append("unitId", String(data.get("unitId") ?? ""));
    body.append("file", file, file.name);
    try {
      const response = await fetch(endpoint, { method: "POST", body });
      const answer = (await response.json().catch(() => null)) as { ok?: boolean; error?: string; draft?: { id: number; refusedImages: number } } | null;
      if (response.ok && answer?.ok && answer.draft) {
        router.push(`/quan-ly/bai-viet/${answer.draft.id}?nhap-tu-word=${answer.draft.refusedImages}`);
        return;
      }
      setError(answer?.error ?? "Không nhập được do lỗi máy chủ. Vui lòng thử lại sau.");
    } catch {
      setError("Không gửi được tệp: mất kết nối tới máy chủ. Vui lòng thử lại.");
    }
    setBusy(false);
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void send(event.currentTarget);
      }}
      className="space-y-4 rounded border border-gray-200 bg-white p-4"
      aria-busy={busy}
    >
      <UnitChoice units={units} id="nhap-don-vi" />
      <div>
        <label htmlFor="nhap-tep" className="block text-sm font-semibold">Tệp Word (.docx)</label>
        <input
          id="nhap-tep"
          name="file"
          type="file"
          accept={`.docx,${DOCX_TYPE}`}
          disabled={busy}
          aria-describedby={`nhap-tep-goi-y${error ? " nhap-tep-loi" : ""}`}
          aria-invalid={error ? true : undefined}
          onChange={() => setError(null)}
          className="mt-1 block w-full text-sm file:mr-3 file:min-h-10 file:rounded file:border file:border-gray-400 file:bg-white file:px-3 file:py-1.5 file:font-semibold"
        />
        <p id="nhap-tep-goi-y" className="mt-1 text-xs text-muted">
          Tối đa 20 MB và 30 ảnh. Tệp .doc cũ: mở bằng Word và lưu lại dưới dạng .docx trước.
        </p>
        {error && <p id="nhap-tep-loi" role="alert" className="mt-2 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p>}
      </div>
      <button type="submit" disabled={busy} className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {busy ? "Đang đọc tệp Word…" : "Nhập thành bài nháp"}
      </button>
    </form>
  );
}
