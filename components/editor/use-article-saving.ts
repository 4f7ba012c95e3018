"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { SaveConflict } from "@/lib/articles/save-article";
import { toSavedFields, type EditorActions, type EditorFields } from "./editor-types";

export type SaveStatus = "saved" | "dirty" | "saving" | "conflict" | "error";
const AUTOSAVE_DELAY_MS = 2500;

/**
 * Nothing typed is lost: every change schedules an autosave; Lưu nháp saves at once; closing or hiding
 * the page sends the last changes with a beacon. A save refused by the version check stops autosaving
 * and reports who saved in between — the text stays in the editor for the writer to reconcile.
 */
export function useArticleSaving(saveArticleAction: EditorActions["save"], articleId: number, initialVersion: number, readFields: () => EditorFields) {
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [version, setVersion] = useState(initialVersion);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const state = useRef({ version: initialVersion, status: "saved" as SaveStatus, timer: 0 as unknown as ReturnType<typeof setTimeout>, inFlight: null as Promise<boolean> | null });

  const update = (next: SaveStatus) => {
    state.current.status = next;
    setStatus(next);
  };

  const save = useCallback(
    async (kind: "AUTOSAVE" | "MANUAL", baseVersion?: number): Promise<boolean> => {
      clearTimeout(state.current.timer);
      if (state.current.inFlight) await state.current.inFlight;
      if (state.current.status === "conflict" && baseVersion === undefined) return false;
      const run = (async () => {
        update("saving");
        const result = await saveArticleAction({ articleId, baseVersion: baseVersion ?? state.current.version, kind, fields: toSavedFields(readFields()) }).catch(
          () => ({ ok: false as const, error: "Mất kết nối tới máy chủ. Nội dung vẫn còn trên trang; hệ thống sẽ thử lưu lại." }),
        );
        if (result.ok) {
          state.current.version = result.value.version;
          setVersion(result.value.version);
          setSavedAt(result.value.savedAt);
          setConflict(null);
          setError(null);
          // Changes typed while this save was on its way are still unsaved.
          if (state.current.status === "saving") update("saved");
          return true;
        }
        if ("conflict" in result && result.conflict) {
          setConflict(result.conflict);
          update("conflict");
        } else {
          setError(result.error);
          update("error");
        }
        return false;
      })();
      state.current.inFlight = run;
      const ok = await run;
      state.current.inFlight = null;
      return ok;
    },
    [saveArticleAction, articleId, readFields],
  );

  const markChanged = useCallback(() => {
    if (state.current.status === "conflict") return;
    update("dirty");
    clearTimeout(state.current.timer);
    state.current.timer = setTimeout(() => void save("AUTOSAVE"), AUTOSAVE_DELAY_MS);
  }, [save]);

  useEffect(() => {
    const saving = state.current;
    const flush = () => {
      if (state.current.status !== "dirty" && state.current.status !== "error") return;
      const payload = JSON.stringify({ baseVersion: state.current.version, fields: toSavedFields(readFields()) });
      navigator.sendBeacon(`/api/bai-viet/${articleId}/luu-tu-dong`, new Blob([payload], { type: "application/json" }));
    };
    // A hidden tab is still alive: save normally so this page learns the new version. Only a page
    // that is going away uses the beacon, whose answer nobody will read.
    const onHidden = () => {
      if (document.visibilityState === "hidden" && state.current.status === "dirty") void save("AUTOSAVE");
    };
    const warn = (event: BeforeUnloadEvent) => {
      if (state.current.status === "conflict" || state.current.status === "saving") event.preventDefault();
    };
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onHidden);
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onHidden);
      window.removeEventListener("beforeunload", warn);
      clearTimeout(saving.timer);
    };
  }, [articleId, readFields, save]);

  /** The writer chose to keep their text over the newer save: save again on top of it. */
  const overwrite = useCallback(() => (conflict ? save("MANUAL", conflict.version) : Promise.resolve(false)), [conflict, save]);

  return { status, version, savedAt, conflict, error, save, markChanged, overwrite, currentVersion: () => state.current.version };
}
