"use client";

import { useEffect } from "react";

/** Counts one view of the article without making its page uncacheable (see app/api/luot-xem). */
export function ViewBeacon({ articleId }: { articleId: number }) {
  useEffect(() => {
    const body = JSON.stringify({ articleId });
    try {
      if (navigator.sendBeacon?.("/api/luot-xem", new Blob([body], { type: "application/json" }))) return;
    } catch {
      // Fall through to fetch.
    }
    void fetch("/api/luot-xem", { method: "POST", body, headers: { "Content-Type": "application/json" }, keepalive: true }).catch(() => {});
  }, [articleId]);
  return null;
}
