"use client";

import { useState } from "react";

export function CopyLinkButton({ url, className }: { url: string; className: string }) {
  const [message, setMessage] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setMessage("Đã sao chép liên kết.");
    } catch {
      // No clipboard permission (or an old browser): show the link so it can be copied by hand.
      window.prompt("Sao chép liên kết bài viết:", url);
    }
  }

  return (
    <>
      <button type="button" className={className} onClick={copy}>
        Sao chép liên kết
      </button>
      <span role="status" className="text-sm text-green-800">
        {message}
      </span>
    </>
  );
}
